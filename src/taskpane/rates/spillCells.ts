/**
 * Where a rate formula's results land. One formula is written, in the output cell; it returns one result per count,
 * in the counts' shape, and Excel spills them from that cell rightwards and down. The preview names each one.
 */
import { cellAddress, parseRange, rangeReference } from "../../engine/sheet/address";

export interface SpilledResult {
  /** "N8" (or "Scorecard!N8" when the counts are on another sheet than the formula is written to). */
  readonly cell: string;
  readonly result: string;
}

export interface Spill {
  readonly cells: readonly SpilledResult[];
  /** The whole spill area ("N8:P8"), or null when the formula returns one result. */
  readonly area: string | null;
}

export function spillOf(counts: string, target: { readonly sheet: string; readonly row: number; readonly column: number }, results: readonly string[]): Spill {
  const range = parseRange(counts, target.sheet);
  // The counts parsed when the preview was made; a row of them is the fallback shape.
  const width = range ? range.right - range.left + 1 : Math.max(1, results.length);
  const height = Math.ceil(results.length / width);
  const cells = results.map((result, i) => ({ cell: cellAddress(target.row + Math.floor(i / width), target.column + (i % width)), result }));
  const area = results.length > 1 ? rangeReference({ sheet: target.sheet, top: target.row, left: target.column, bottom: target.row + height - 1, right: target.column + width - 1 }, target.sheet) : null;
  return { cells, area };
}
