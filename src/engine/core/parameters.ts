/**
 * Declared parameters, after HyperFormula's function plugins: each function states its parameters once (the name
 * Excel shows, how a cell is read, the default a blank takes) and one reader reads them in that order, the first
 * failure winning. The custom functions, the planner and the pane all call a function through its declaration, so
 * a default or a message cannot differ between them.
 */
import { readArgument } from "./arguments";
import { isBlankLike } from "./cellNumber";
import { ok, type EngineError, type Result } from "./result";

export interface Parameter<T> {
  /** The name Excel shows in the formula tooltip: the facade's @param. */
  readonly name: string;
  /** What a blank (or omitted) argument reads as, when the parameter has a default. */
  readonly fallback?: T;
  /** Each row of the range is one argument (YTD's periods), rather than each cell. */
  readonly perRow?: boolean;
  /** The whole range is one argument, shared by every cell (NETWORKDAYS's holidays), rather than broadcast. */
  readonly entireRange?: boolean;
  readonly read: (input: unknown) => Result<T>;
}

type AnyParameter = Parameter<unknown>;

/** The values a parameter list reads to, in order. */
export type ValuesOf<P extends readonly AnyParameter[]> = { -readonly [K in keyof P]: P[K] extends Parameter<infer T> ? T : never };

/** Cells as a whole range: rows of cells, or null for an omitted argument. */
export type RangeInput = readonly (readonly unknown[])[] | null | undefined;

export interface DeclaredOptions<R> {
  /** A blank in this parameter is this result, before any other is read (a blank year to date has no forecast). */
  readonly whenBlank?: { readonly parameter: number; readonly result: R };
  /**
   * The whole call at once, for a function whose ranges share work across cells (RAG reads one target once for a
   * million values). Same results as calling it cell by cell; `onError` turns a cell's error into what is shown.
   */
  readonly wholeRange?: <E>(inputs: readonly RangeInput[], onError: (error: EngineError) => E) => Result<(R | E)[][]>;
}

export interface DeclaredFunction<P extends readonly AnyParameter[], R> extends DeclaredOptions<R> {
  /** The name Excel shows after SCORECARD. */
  readonly name: string;
  readonly parameters: P;
  readonly compute: (...values: ValuesOf<P>) => Result<R>;
}

export function declareFunction<const P extends readonly AnyParameter[], R>(
  name: string,
  parameters: P,
  compute: (...values: ValuesOf<P>) => Result<R>,
  options: DeclaredOptions<NoInfer<R>> = {},
): DeclaredFunction<P, R> {
  return { name, parameters, compute, ...options };
}

/** Reads every parameter in order; the first that cannot be read is the result. */
export function readParameters<P extends readonly AnyParameter[]>(parameters: P, inputs: readonly unknown[]): Result<ValuesOf<P>> {
  const values = new Array<unknown>(parameters.length);
  for (let index = 0; index < parameters.length; index++) {
    const value = parameters[index].read(inputs[index] ?? null);
    if (!value.ok) return value;
    values[index] = value.value;
  }
  return ok(values as ValuesOf<P>);
}

/** One call of a declared function on cells as they are (text, numbers, blanks). */
export function callDeclared<P extends readonly AnyParameter[], R>(fn: DeclaredFunction<P, R>, inputs: readonly unknown[]): Result<R> {
  if (fn.whenBlank && isBlankLike(inputs[fn.whenBlank.parameter])) return ok(fn.whenBlank.result);
  const values = readParameters(fn.parameters, inputs);
  return values.ok ? fn.compute(...values.value) : values;
}

// The kinds of parameter every capability shares. Domain kinds (dates, polarity, tolerance) sit beside their readers.

/** The cell as it is, for a function that reads it itself (a blank there means "nothing to rate", not an error). */
export function cellParameter(name: string): Parameter<unknown> {
  return { name, read: ok };
}

/** A parameter read by `read`, with the default a blank gives, if any. */
export function parameter<T>(name: string, read: (input: unknown) => Result<T>, fallback?: T): Parameter<T> {
  return { name, read, fallback };
}

/** A number (pounds, people, days), with `label` naming it in messages; negative only when allowed. */
export function amountParameter(
  name: string,
  label: string,
  options: { fallback?: number; allowNegative?: boolean; check?: (value: number) => Result<number> } = {},
): Parameter<number> {
  const { check, ...reading } = options;
  const read = (input: unknown): Result<number> => {
    const value = readArgument(input, label, reading);
    return value.ok && check ? check(value.value) : value;
  };
  return parameter(name, read, options.fallback);
}

/** A parameter whose cells are read a row at a time: YTD's period columns, one measure per row. */
export function rowParameter(name: string): Parameter<readonly unknown[]> {
  return { name, perRow: true, read: (input) => ok(Array.isArray(input) ? (input as readonly unknown[]) : [input]) };
}
