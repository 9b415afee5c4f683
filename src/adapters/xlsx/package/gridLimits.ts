/**
 * Excel's grid: rows 1 to 1,048,576, columns A to XFD. A row or cell numbered beyond it is refused as it is read,
 * before anything is allocated for it (a row numbered 2,000,000,000 would otherwise be a list that long).
 */
import { parseCellRef } from "./cellRef";
import { PartContentError } from "./packageError";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** The zero-based row of a <row>: its r attribute, or the one after the previous row. */
export function rowIndex(r: string | undefined, previous: number): number {
  const row = r === undefined ? previous + 1 : /^[0-9]{1,8}$/.test(r) ? Number(r) - 1 : -1;
  if (row < 0 || row >= MAX_ROWS) {
    throw new PartContentError(`has a row numbered ${r === undefined ? row + 1 : `"${r.slice(0, 20)}"`}; Excel's rows run from 1 to 1,048,576`);
  }
  return row;
}

/** A <c>'s position: its r attribute ("L8"), or the column after the previous cell in the row. */
export function cellPosition(r: string | undefined, nextColumn: number): { row: number | null; column: number } {
  if (r === undefined) {
    if (nextColumn >= MAX_COLUMNS) throw new PartContentError(`has a cell past column XFD, Excel's last`);
    return { row: null, column: nextColumn };
  }
  const at = r.length <= 12 ? parseCellRef(r) : null;
  if (!at || at.row >= MAX_ROWS || at.column >= MAX_COLUMNS) {
    throw new PartContentError(`has a cell "${r.slice(0, 20)}", outside Excel's grid (A1 to XFD1048576)`);
  }
  return at;
}
