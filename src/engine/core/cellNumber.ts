/**
 * Reads the figure in a scorecard cell as councils type it: "86.90%", "3,382", "£1,807,449", "<530",
 * "40 (Average over year)", "50% (89%)". One parser, so RATE, NUMBER, RAG and the planner agree on every cell.
 */
import { memoize } from "./memo";
import { fail, ok, quote, type Result } from "./result";

/** What a cell may hold when it reaches the engine: Excel's scalar kinds, or anything a host sends. */
export type CellInput = unknown;

/** A cell as the engine sees it. Error cells arrive as their text ("#N/A"), as Office.js reports them. */
export type CellValue = string | number | boolean | null;

export type Comparator = "<" | "<=" | ">" | ">=";

export interface Figure {
  /** The number the cell means: "86.90%" → 0.869. */
  readonly value: number;
  /** Written with a % sign, so `value` is already a fraction. */
  readonly percent: boolean;
  /** A leading comparator, as in a target "<30". */
  readonly comparator?: Comparator;
}

/** Cells that say "no figure": blank, "N/A", dashes, and the statistical suppression marks. */
const BLANK_LIKE = new Set(["", "n/a", "na", "n.a.", "-", "–", "—", "..", "x", "[x]", "[c]", "[z]", "*"]);

/** Whether text starts with a printable ASCII character, so trimming cannot empty it: a cheap first look. */
export function startsPrintable(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 32 && first < 127;
}

const endsPrintable = (text: string) => {
  const last = text.charCodeAt(text.length - 1);
  return last > 32 && last < 127;
};

export function isBlankLike(input: CellInput): boolean {
  if (input === null || input === undefined) return true;
  if (typeof input !== "string") return false;
  // The longest blank-like mark is four characters: longer text without padding cannot be one (the common case).
  if (input.length > 4 && startsPrintable(input) && endsPrintable(input)) return false;
  // Nor can text that starts with a digit ("438", "85%"), the next most common case.
  const first = input.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  return BLANK_LIKE.has(input.trim().toLowerCase());
}

/** Error values as Excel shows them; Office.js and ExcelJS hand them over as this text. */
const EXCEL_ERROR = /^#(N\/A|DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** The Excel error a cell holds ("#N/A"), or null when it holds none. */
export function excelErrorIn(input: CellInput): string | null {
  if (typeof input !== "string" || input.length > 14 || input.charCodeAt(0) !== 35 /* # */) return null;
  const text = input.trim();
  return EXCEL_ERROR.test(text) ? text : null;
}

const COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ["<=", "<="],
  [">=", ">="],
  ["≤", "<="],
  ["≥", ">="],
  ["<", "<"],
  [">", ">"],
];

// sign, currency, digits (grouped in threes or not), decimals, percent, money multiplier
// sign (VALUE's "+" too), currency, sign, digits, decimals, exponent ("1e3", "2.5E-2"), percent, money multiplier
const FIGURE =
  /^([-−+])?\s*(£)?\s*([-−])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:e([+-]?\d{1,3}))?\s*(%)?\s*(bn|m|k)?(?![a-z])/i;
const MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = { k: 3, m: 6, bn: 9 };

/** Text after the figure that we accept: a bracketed note, or footnote marks. Anything else is not a number. */
const ALLOWED_TAIL = /^\s*(?:\(.*\)|\[.*\]|[*†‡]+)?\s*$/;

/**
 * The figure in a cell. Blank-like cells fail with kind "na"; unreadable text fails with kind "value" quoting it.
 */
export function readFigure(input: CellInput): Result<Figure> {
  if (typeof input === "number") {
    return Number.isFinite(input) ? ok({ value: input, percent: false }) : fail("num", `${input} is not a finite number.`);
  }
  if (typeof input !== "string") {
    if (input === null || input === undefined) return fail("na", "The cell is blank or says the figure is not available.");
    if (typeof input === "boolean") return fail("value", `${input ? "TRUE" : "FALSE"} is not a number.`);
    return fail("value", "The cell holds something that is not a number or text.");
  }
  // Scorecards repeat their texts ("N/A", "<530", "5%") across rows and refreshes: each is parsed once. Results
  // are immutable, so sharing them is safe.
  return readText(input);
}

const readText = memoize((input: string) => readFigureText(input), 100_000);

/**
 * Whether an Excel number format shows its number as a percentage ("0.0%", but not `0 "% of target"`): such a
 * cell holds a fraction, 0.75 for 75%.
 */
export const showsAsPercent = (format: string): boolean => format.includes("%") && formatShowsPercent(format);
// Formats without a "%" at all ("General", most cells) are decided without the memo.
const formatShowsPercent = memoize((format: string) => format.replace(/"[^"]*"/g, "").includes("%"), 1_000);

function readFigureText(input: string): Result<Figure> {
  if (isBlankLike(input)) return fail("na", "The cell is blank or says the figure is not available.");

  let text = input.trim();
  if (EXCEL_ERROR.test(text)) return fail("value", `The cell holds the Excel error ${text}, not a figure.`);
  let comparator: Comparator | undefined;
  for (const [symbol, meaning] of COMPARATORS) {
    if (text.startsWith(symbol)) {
      comparator = meaning;
      text = text.slice(symbol.length).trim();
      break;
    }
  }
  // Accounting negatives: "(1,234)" means -1,234 in a finance sheet.
  const accounting = /^\((.*)\)$/.exec(text);
  const body = accounting && !comparator ? accounting[1] : text;

  const match = FIGURE.exec(body);
  if (!match) return fail("value", `${quote(input)} is not a number.`);
  const tail = body.slice(match[0].length);
  if (!ALLOWED_TAIL.test(tail)) return fail("value", `${quote(input)} is not a number.`);

  const [, signBefore, currency, signAfter, digits, written, percentSign, multiplier] = match;
  if (multiplier && !currency) return fail("value", `${quote(input)} is not a number (a "${multiplier}" suffix needs a £ sign).`);
  // One sign only: reading "--5" or "(-5)" (a minus inside accounting brackets) as +5 would be a silent guess.
  if ((signBefore && signAfter) || (accounting && !comparator && (signBefore || signAfter))) return fail("value", `${quote(input)} is not a number (it has two signs).`);
  // Excel reads a figure past its largest number ("1e309", and so "1e309%") as text: so does this, before the "%"
  // scales it back into range.
  if (!Number.isFinite(Number(`${digits.replace(/,/g, "")}e${written ?? 0}`))) return fail("num", `${quote(input)} is too large a number: Excel reads it as text.`);
  // Scale on the decimal exponent: 86.90 / 100 in binary is 0.8690000000000001, "86.90e-2" is 0.869.
  const exponent = Number(written ?? 0) + (multiplier ? MULTIPLIER_EXPONENTS[multiplier.toLowerCase()] : 0) - (percentSign ? 2 : 0);
  let value = Number(`${digits.replace(/,/g, "")}e${exponent}`);
  if (!Number.isFinite(value)) return fail("num", `${quote(input)} is too large a number: Excel reads it as text.`);
  const minusBefore = signBefore !== undefined && signBefore !== "+";
  const negative = minusBefore !== Boolean(signAfter) !== Boolean(accounting && !comparator);
  if (negative) value = -value;
  return ok(comparator ? { value, percent: Boolean(percentSign), comparator } : { value, percent: Boolean(percentSign) });
}

/** A figure read into, not made: the planner reads 50,000 rows' figures without a result for each. */
export interface FigureSlot {
  value: number;
  percent: boolean;
}

/**
 * Reads the cell's figure into `slot` exactly as readFigure reads it (a finite number is itself; text goes through
 * readFigure's memo) and says whether it could; where not, readFigure says why.
 */
export function readFigureInto(input: CellInput, slot: FigureSlot): boolean {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return false;
    slot.value = input;
    slot.percent = false;
    return true;
  }
  const figure = readFigure(input);
  if (!figure.ok) return false;
  slot.value = figure.value.value;
  slot.percent = figure.value.percent;
  return true;
}

/** Just the number: the common case for counts, populations and values. */
export function readNumber(input: CellInput): Result<number> {
  const figure = readFigure(input);
  return figure.ok ? ok(figure.value.value) : figure;
}
