/**
 * Rating cells inside merged cells (not their top-left) cannot hold a rating: the pane, the dry run and the refresh
 * all say which, by address, with what to do, in one wording.
 */
import type { CellRange, SheetData } from "../sheet/workbook";
import type { TablePlan } from "./planTable";


/** Every table's rating cells inside merged cells, in table and row order. */
export function mergedRatingCells(tables: readonly TablePlan[]): MergedRatingCell[] {
  const cells: MergedRatingCell[] = [];
  for (const t of tables) for (const cell of t.mergedRatingCells) cells.push(cell);
  return cells;
}

/** "2 rating cells are inside merged cells and are not rated: unmerge them and refresh.", or null when none are. */
export function mergedRatingCellsNote(cells: readonly MergedRatingCell[]): string | null {
  if (cells.length === 0) return null;
  return cells.length === 1
    ? "1 rating cell is inside merged cells and is not rated: unmerge it and refresh."
    : `${cells.length.toLocaleString("en-GB")} rating cells are inside merged cells and are not rated: unmerge them and refresh.`;
}

/** Merges this tall or taller are checked one by one rather than indexed by row. */
const TALL_MERGE = 1_000;

/**
 * The merged range (of more than one cell) a cell lies inside, other than as its top-left cell, or null: only the
 * top-left cell of a merge holds its value, so no plan writes in the rest (a section heading merged across the
 * sheet keeps its text), and the top-left cell is written like any other.
 */
export function mergedCells(sheet: SheetData): (row: number, column: number) => CellRange | null {
  const byRow = new Map<number, CellRange[]>();
  const tall: CellRange[] = [];
  for (const merge of sheet.merges ?? []) {
    if (merge.top === merge.bottom && merge.left === merge.right) continue;
    if (merge.bottom - merge.top >= TALL_MERGE) {
      tall.push(merge);
      continue;
    }
    for (let row = merge.top; row <= merge.bottom; row++) {
      const list = byRow.get(row);
      if (list) list.push(merge);
      else byRow.set(row, [merge]);
    }
  }
  const hidden = (merge: CellRange, row: number, column: number) =>
    row >= merge.top && row <= merge.bottom && column >= merge.left && column <= merge.right && (row !== merge.top || column !== merge.left);
  if (byRow.size === 0 && tall.length === 0) return () => null;
  return (row, column) => byRow.get(row)?.find((merge) => hidden(merge, row, column)) ?? tall.find((merge) => hidden(merge, row, column)) ?? null;
}

/** A rating cell inside merged cells (not their top-left): it cannot hold a rating until they are unmerged. */
export interface MergedRatingCell {
  /** "Scorecard!L8" */
  readonly cell: string;
  /** "L7:L8" */
  readonly merge: string;
  readonly message: string;
}
