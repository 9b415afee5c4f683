/**
 * How to read used ranges without passing Office's 5 MB response limit: blocks of whole rows, grouped into syncs
 * whose estimated response fits a byte budget. A scorecard cell costs about 40 bytes for values, number formats
 * and formulas together (text cells more, blanks less); the estimate is kept high so long text still fits.
 */
export interface SheetExtent {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface RowBlock {
  /** Index into the extents. */
  readonly sheet: number;
  /** First row of the block, counted from the used range's top. */
  readonly firstRow: number;
  readonly rows: number;
}

/** Bytes a cell costs in the response, for values + numberFormat + formulas. */
export const BYTES_PER_CELL = 56;

/** Syncs, each a list of blocks, in sheet and row order; every block's estimate fits the budget. */
export function readPlan(extents: readonly SheetExtent[], budgetBytes: number, bytesPerCell = BYTES_PER_CELL): RowBlock[][] {
  const syncs: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let used = 0;
  extents.forEach((extent, sheet) => {
    if (extent.rows === 0 || extent.columns === 0) return;
    const rowBytes = extent.columns * bytesPerCell;
    let firstRow = 0;
    while (firstRow < extent.rows) {
      if (used + rowBytes > budgetBytes && current.length > 0) {
        syncs.push(current);
        current = [];
        used = 0;
      }
      const fit = Math.max(1, Math.floor((budgetBytes - used) / rowBytes));
      const rows = Math.min(fit, extent.rows - firstRow);
      current.push({ sheet, firstRow, rows });
      used += rows * rowBytes;
      firstRow += rows;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}
