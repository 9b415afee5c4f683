/** A1 references inside sheet XML: fast parsing of cell addresses, and moving a shared formula to another cell. */
import { columnLetters } from "../../../engine/sheet/address";

/** "AB12" → { row: 11, column: 27 } (zero-based), or null when it is not a cell address. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 36) continue; // $
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  if (column === 0 || i === ref.length) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code === 36 && row === 0) continue;
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  return row === 0 ? null : { row: row - 1, column: column - 1 };
}

// A reference not inside quotes, not part of a name or function (no letter, digit, _ or . before; no "(" after).
const REFERENCE = /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * A shared formula as it reads in another cell: relative references move by (rows, columns), $-anchored parts
 * stay, text in quotes is untouched. "K6/E6*$B$2" moved one row down is "K7/E7*$B$2".
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return formula.replace(REFERENCE, (match, quoted: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (quoted) return match;
    const at = parseCellRef(`${letters}${digits}`);
    if (!at) return match;
    const column = colAbs ? at.column : at.column + columns;
    const row = rowAbs ? at.row : at.row + rows;
    if (column < 0 || row < 0) return "#REF!";
    return `${colAbs}${columnLetters(column)}${rowAbs}${row + 1}`;
  });
}
