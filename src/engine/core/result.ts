/**
 * Engine results: invalid input is a value, never an exception. The custom-function facade turns an
 * EngineError into a CustomFunctions.Error; the pane and CLI show its message beside the cell.
 */

/** Mirrors the Excel error values an engine failure maps to. */
export type ErrorKind = "value" | "div0" | "na" | "num";

export interface EngineError {
  readonly kind: ErrorKind;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(kind: ErrorKind, message: string): Result<T> {
  return { ok: false, error: { kind, message } };
}

/** Quotes cell text in messages so the analyst can find it: `"<530"`, with long text shortened. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return `"${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}"`;
}

/** Excel cannot hold ±Infinity or NaN: a computation that overflows is #NUM!, said plainly. */
export function finite(value: number, what: string): Result<number> {
  return Number.isFinite(value) ? ok(value) : fail("num", `The ${what} is too large for Excel to hold.`);
}
