/** A1 references for messages and for Office.js ranges. Rows and columns are zero-based here, one-based in A1. */
import { memoize } from "../core/memo";

// Addresses are made for every planned cell: each column's letters are worked out once.
const LETTERS: string[] = [];

export function columnLetters(column: number): string {
  const known = LETTERS[column];
  if (known !== undefined) return known;
  const letters = lettersOf(column);
  if (column >= 0 && column < MAX_COLUMNS && Number.isInteger(column)) LETTERS[column] = letters;
  return letters;
}

function lettersOf(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "'Scorecard Q3'!B7": quoted when the sheet name needs it, as Excel writes it. */
export function sheetCellAddress(sheet: string, row: number, column: number): string {
  return `${sheetPrefix(sheet)}${cellAddress(row, column)}`;
}

const sheetPrefix = memoize((sheet: string) => {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!`;
}, 1_000);

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface ParsedRange {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const letterValue = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "I8:K8", "Populations!C3", "'Q3 data'!B2:B9" → zero-based bounds; null when it is not an A1 reference. */
export function parseRange(text: string, defaultSheet: string): ParsedRange | null {
  const match = /^\s*(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_. ]+))!)?\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?\s*$/.exec(text);
  if (!match) return null;
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2]?.trim() ?? defaultSheet;
  const [c1, r1] = [letterValue(match[3]), Number(match[4]) - 1];
  const [c2, r2] = match[5] ? [letterValue(match[5]), Number(match[6]) - 1] : [c1, r1];
  if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= MAX_ROWS || Math.max(c1, c2) >= MAX_COLUMNS) return null;
  return { sheet, top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/** "Populations!C3" or "I8:K8" as a formula reference, from another sheet's point of view. */
export function rangeReference(range: ParsedRange, fromSheet: string): string {
  const corner = `${cellAddress(range.top, range.left)}${range.bottom !== range.top || range.right !== range.left ? `:${cellAddress(range.bottom, range.right)}` : ""}`;
  if (range.sheet === fromSheet) return corner;
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(range.sheet);
  return `${plain ? range.sheet : `'${range.sheet.replace(/'/g, "''")}'`}!${corner}`;
}
