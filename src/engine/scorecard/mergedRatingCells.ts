/**
 * Rating cells inside merged cells (not their top-left) cannot hold a rating: the pane, the dry run and the refresh
 * all say which, by address, with what to do, in one wording.
 */
import type { MergedRatingCell, TablePlan } from "./planTable";

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
