/**
 * A sheet's cells as the reader hands them over, once every cell is read: merged cells blank but for their first,
 * holes filled, and the rows that are alike (no cells, no formulas, the same formats) sharing one list, since a
 * sheet of 50,000 rows would otherwise hold 150,000 lists.
 */
import type { CellRange, CellValue } from "../../../engine/sheet/workbook";

const EMPTY_ROW: never[] = [];

export function finishGrids(values: CellValue[][], numberFormats: string[][], formulas: (string | null)[][], merges: readonly CellRange[]): void {
  blankMergedCells(values, merges);
  fillGaps(values, numberFormats, formulas);
  shareRepeatedFormats(numberFormats);
}

/** As in Excel, only a merged range's top-left cell holds a value; the others read as blank. */
function blankMergedCells(values: CellValue[][], merges: readonly CellRange[]): void {
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom && r < values.length; r++) {
      const row = values[r];
      if (!row) continue;
      for (let c = merge.left; c <= merge.right && c < row.length; c++) {
        if (r !== merge.top || c !== merge.left) row[c] = null;
      }
    }
  }
}

/** Rows with no cells, and rows with no formulas, share one empty row; holes inside a row read as blank. */
function fillGaps(values: CellValue[][], numberFormats: string[][], formulas: (string | null)[][]): void {
  for (let r = 0; r < values.length; r++) {
    const formulaRow = formulas[r];
    if (formulaRow) {
      for (let c = 0; c < formulaRow.length; c++) if (formulaRow[c] === undefined) formulaRow[c] = null;
    } else formulas[r] = EMPTY_ROW;
    const row = values[r];
    if (!row) {
      values[r] = EMPTY_ROW;
      numberFormats[r] = EMPTY_ROW;
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      if (row[c] === undefined) {
        row[c] = null;
        numberFormats[r][c] = "General";
      }
    }
  }
}

/** How many of the latest distinct rows of number formats a row is compared with. */
const RECENT_FORMAT_ROWS = 8;

/**
 * Rows formatted alike share one list of formats: a table's rows repeat a few patterns (all "General", or a
 * percentage column among counts), and 50,000 copies of one were 8 MB. Formats are read-only once read.
 */
function shareRepeatedFormats(numberFormats: string[][]): void {
  const recent: string[][] = [];
  let next = 0;
  for (let r = 0; r < numberFormats.length; r++) {
    const row = numberFormats[r];
    let shared: string[] | null = null;
    for (let i = 0; i < recent.length && !shared; i++) if (sameFormats(recent[i], row)) shared = recent[i];
    if (shared) numberFormats[r] = shared;
    else {
      recent[next] = row;
      next = (next + 1) % RECENT_FORMAT_ROWS;
    }
  }
}

function sameFormats(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
