/**
 * The first row whose cells name every required column, by pattern: for trackers (funding streams, milestones)
 * whose headers vary in wording. Each cell takes the first role it matches that no earlier cell has taken.
 */
import type { SheetData } from "./workbook";

/**
 * How far down each sheet a table's header is looked for when no table is set up and several sheets are searched:
 * a 300,000-row data sheet beside the scorecard is read only this far, and whole only if a header is found.
 */
export const HEADER_SEARCH_ROWS = 200;

export interface HeaderRow<R extends string> {
  /** Zero-based index into sheet.values. */
  readonly index: number;
  /** Zero-based sheet columns by role. */
  readonly columns: Partial<Record<R, number>>;
}

export function findHeaderRow<R extends string>(
  sheet: SheetData,
  patterns: ReadonlyArray<readonly [R, RegExp]>,
  required: readonly R[],
): HeaderRow<R> | null {
  for (let index = 0; index < sheet.values.length; index++) {
    const columns: Partial<Record<R, number>> = {};
    sheet.values[index].forEach((value, c) => {
      if (typeof value !== "string") return;
      const text = value.toLowerCase().replace(/\s+/g, " ").trim();
      const found = patterns.find(([role, pattern]) => columns[role] === undefined && pattern.test(text));
      if (found) columns[found[0]] = sheet.left + c;
    });
    if (required.every((role) => columns[role] !== undefined)) return { index, columns };
  }
  return null;
}
