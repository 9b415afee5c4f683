/**
 * The preview's picture of the formulas the add-in writes. Excel recalculates SCORECARD formulas itself; outside
 * Excel nothing does, so a written cell would show blank. Formulas that call SCORECARD functions are worked out
 * here with the same functions Excel runs; any other formula shows the value the file cached, as before.
 *
 * The grammar is what the add-in writes: SCORECARD and COUNTA calls, cell and range references (on any sheet),
 * numbers, text in quotes, unary minus, + − × ÷ and brackets. Anything else is left to its cached value.
 */
import { parseRange, type ParsedRange } from "../engine/sheet/address";
import { FUNCTION_NAMESPACE, type CellValue, type SheetData } from "../engine/sheet/workbook";

export type Grid = unknown[][];
/** A custom function as Excel calls it: every argument a 2-D array (or null when omitted), the result a grid. */
export type SheetFunction = (...args: (Grid | null)[]) => Grid | Promise<Grid>;

type Operator = "+" | "-" | "*" | "/";
type Node =
  | { readonly kind: "value"; readonly value: CellValue }
  | { readonly kind: "range"; readonly range: ParsedRange }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly (Node | null)[] }
  | { readonly kind: "negate"; readonly operand: Node }
  | { readonly kind: "arithmetic"; readonly operator: Operator; readonly left: Node; readonly right: Node };

class Unsupported extends Error {}

const TOKEN = /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_.(])|([A-Za-z_][A-Za-z0-9_.]*)\s*\(|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([-+*/(),]))/y;

/** The formula (without "=") as a tree, or null when it is not in the grammar above. */
export function parseFormula(formula: string, sheet: string): Node | null {
  const tokens: { type: "text" | "ref" | "call" | "number" | "op"; text: string }[] = [];
  TOKEN.lastIndex = 0;
  const source = formula.trim();
  while (TOKEN.lastIndex < source.length) {
    const match = TOKEN.exec(source);
    if (!match) return null;
    if (match[1] !== undefined) tokens.push({ type: "text", text: match[1].slice(1, -1).replace(/""/g, '"') });
    else if (match[2] !== undefined || match[3] !== undefined) tokens.push({ type: "ref", text: match[2] ?? match[3] });
    else if (match[4] !== undefined) tokens.push({ type: "call", text: match[4].toUpperCase() });
    else if (match[5] !== undefined) tokens.push({ type: "number", text: match[5] });
    else tokens.push({ type: "op", text: match[6] });
  }
  let at = 0;
  const peek = () => tokens[at];
  const take = (op: string) => (peek()?.type === "op" && peek().text === op ? (at++, true) : false);
  /** Operands joined left to right by any of `operators`: "+ -" over terms, "* /" over factors. */
  const chain = (operators: readonly Operator[], operand: () => Node) => (): Node => {
    let node = operand();
    for (let op = peek(); op?.type === "op" && (operators as readonly string[]).includes(op.text); op = peek()) {
      at++;
      node = { kind: "arithmetic", operator: op.text as Operator, left: node, right: operand() };
    }
    return node;
  };
  const term = chain(["*", "/"], () => factor());
  const expression = chain(["+", "-"], term);
  const factor = (): Node => {
    const token = tokens[at++];
    if (!token) throw new Unsupported();
    if (token.type === "op" && token.text === "-") return { kind: "negate", operand: factor() };
    if (token.type === "op" && token.text === "(") {
      const inner = expression();
      if (!take(")")) throw new Unsupported();
      return inner;
    }
    if (token.type === "text") return { kind: "value", value: token.text };
    if (token.type === "number") return { kind: "value", value: Number(token.text) };
    if (token.type === "ref") {
      const range = parseRange(token.text, sheet);
      if (!range) throw new Unsupported();
      return { kind: "range", range };
    }
    if (token.type === "call") {
      const args: (Node | null)[] = [];
      if (!take(")")) {
        do args.push(peek()?.type === "op" && (peek().text === "," || peek().text === ")") ? null : expression());
        while (take(","));
        if (!take(")")) throw new Unsupported();
      }
      return { kind: "call", name: token.text, args };
    }
    throw new Unsupported();
  };
  try {
    const tree = expression();
    return at === tokens.length ? tree : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** Whether a formula is one the preview works out: it calls a SCORECARD function. */
export const callsScorecard = (formula: string) => /\bSCORECARD\./i.test(formula);

/** A value as Excel's arithmetic reads it: blank is 0, numeric text is its number, other text is #VALUE!. */
function arithmeticValue(value: unknown): number | string {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string" && /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)) return Number(value);
  return typeof value === "string" && value.startsWith("#") ? value : "#VALUE!";
}

export interface FormulaContext {
  /** A cell's value: its evaluated formula when it has one the preview works out, else what the file holds. */
  readonly cell: (sheet: string, row: number, column: number) => Promise<unknown>;
  readonly functions: ReadonlyMap<string, SheetFunction>;
}

/** The tree's value as a grid (a single value is 1×1); an error is its text, "#VALUE!", as Excel shows it. */
export async function evaluate(node: Node, context: FormulaContext): Promise<Grid> {
  switch (node.kind) {
    case "value":
      return [[node.value]];
    case "range": {
      const { sheet, top, bottom, left, right } = node.range;
      const grid: Grid = [];
      for (let row = top; row <= bottom; row++) {
        const cells: unknown[] = [];
        for (let column = left; column <= right; column++) cells.push(await context.cell(sheet, row, column));
        grid.push(cells);
      }
      return grid;
    }
    case "negate": {
      const value = arithmeticValue((await evaluate(node.operand, context))[0]?.[0]);
      return [[typeof value === "number" ? -value : value]];
    }
    case "arithmetic": {
      const a = arithmeticValue((await evaluate(node.left, context))[0]?.[0]);
      const b = arithmeticValue((await evaluate(node.right, context))[0]?.[0]);
      if (typeof a === "string") return [[a]];
      if (typeof b === "string") return [[b]];
      if (node.operator === "/" && b === 0) return [["#DIV/0!"]];
      return [[node.operator === "+" ? a + b : node.operator === "-" ? a - b : node.operator === "*" ? a * b : a / b]];
    }
    case "call": {
      const args = await Promise.all(node.args.map((arg) => (arg ? evaluate(arg, context) : Promise.resolve(null))));
      if (node.name === "COUNTA") return [[args.reduce((count, grid) => count + (grid ?? []).flat().filter((v) => v !== null && v !== undefined && v !== "").length, 0)]];
      const fn = node.name.startsWith(`${FUNCTION_NAMESPACE}.`) ? context.functions.get(node.name.slice(FUNCTION_NAMESPACE.length + 1)) : undefined;
      if (!fn) throw new Unsupported();
      return fn(...args);
    }
  }
}

/** What Excel shows for a returned cell: a CustomFunctions.Error as its code ("#VALUE!"). */
function shownValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" ? code : "#VALUE!";
}

/** At most this many formulas are worked out per picture: the preview is a picture, not a calculation engine. */
const MOST_FORMULAS = 20_000;

const hasScorecardFormula = (sheet: SheetData) => sheet.formulas?.some((row) => row?.some((f) => typeof f === "string" && callsScorecard(f))) ?? false;

/**
 * The sheets with every SCORECARD formula's cell holding its value, worked out with the functions `load` gives
 * (asked for only when a sheet has such a formula); other cells, and formulas outside the grammar, as the file holds
 * them. Sheets without such formulas come back as they were.
 */
export async function withFormulaValues(sheets: readonly SheetData[], load: () => Promise<ReadonlyMap<string, SheetFunction>>): Promise<SheetData[]> {
  const withFormulas = new Set(sheets.filter(hasScorecardFormula));
  if (withFormulas.size === 0) return [...sheets];
  const functions = await load();
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const known = new Map<string, Promise<unknown>>();
  let budget = MOST_FORMULAS;
  const raw = (sheet: SheetData, row: number, column: number) => sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
  const cell = (name: string, row: number, column: number): Promise<unknown> => {
    const sheet = byName.get(name);
    if (!sheet) return Promise.resolve("#REF!");
    const formula = sheet.formulas?.[row - sheet.top]?.[column - sheet.left];
    if (!formula || !callsScorecard(formula) || budget <= 0) return Promise.resolve(raw(sheet, row, column));
    const key = `${name}\u0000${row}\u0000${column}`;
    let value = known.get(key);
    if (!value) {
      budget--;
      // A formula that refers to itself, however indirectly, is what Excel calls circular: shown as 0.
      known.set(key, Promise.resolve(0));
      const tree = parseFormula(formula.replace(/^=/, ""), name);
      value = tree
        ? evaluate(tree, { cell, functions }).then(
            (grid) => shownValue(grid[0]?.[0]),
            (error: unknown) => {
              if (error instanceof Unsupported) return raw(sheet, row, column);
              throw error;
            },
          )
        : Promise.resolve(raw(sheet, row, column));
      known.set(key, value);
    }
    return value;
  };
  return Promise.all(
    sheets.map(async (sheet) => {
      const formulas = sheet.formulas;
      if (!formulas || !withFormulas.has(sheet)) return sheet;
      const values = await Promise.all(sheet.values.map((row, r) => Promise.all(row.map(async (value, c) => {
        const formula = formulas[r]?.[c];
        return formula && callsScorecard(formula) ? ((await cell(sheet.name, sheet.top + r, sheet.left + c)) as CellValue) : value;
      }))));
      return { ...sheet, values };
    }),
  );
}
