/**
 * Running totals: a count reported year to date (admissions Q1 7, Q2 15, Q3 18) rises every quarter whatever
 * happens, so comparing Q3 with Q2 always says "more". Each period's own figure (Q3 3, Q2 8) is what moved.
 */
import { isBlankLike, readFigure, type CellValue } from "../core/cellNumber";
import type { ColumnMatch } from "../sheet/table";

/** Measures that say they are a running total: "(total admissions year to date)", "cumulative", "YTD figure". */
const RUNNING_TOTAL = /\b(ytd|cumulative|to date)\b/i;

/** Whether a measure's name says it is a running total ("year to date", "cumulative"). */
export function saysRunningTotal(measure: CellValue): boolean {
  return typeof measure === "string" && RUNNING_TOTAL.test(measure);
}

/** The latest two periods' own figures, and the columns they come from (for a formula). */
export interface InPeriodFigures {
  readonly latest: number;
  readonly previous: number;
  /** The periods' columns up to the latest, in order: the latest's own figure is its column less the one before. */
  readonly columns: readonly number[];
}

/**
 * The latest and previous periods' own figures when a row is a running total, or null when it is not one, or cannot
 * be shown to be. A running total needs all three: a measure that says so (a snapshot, such as the number in care
 * at the quarter's end, may also rise), plain counts with no gap from the first period, that never fall, and a YTD
 * (if there is one) equal to the latest.
 */
export function inPeriodFigures(measure: CellValue, cells: readonly CellValue[], periods: readonly ColumnMatch[], ytd: CellValue, left: number, declared = false): InPeriodFigures | null {
  // `declared`: the row's kind (detected or set by the analyst) is a cumulative count, so its name need not say so.
  if (!declared && (typeof measure !== "string" || !RUNNING_TOTAL.test(measure))) return null;
  const totals: number[] = [];
  const columns: number[] = [];
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i];
    const cell = cells[period.column - left];
    if (isBlankLike(cell)) break;
    const figure = readFigure(cell);
    if (!figure.ok || figure.value.percent) return null;
    if (totals.length > 0 && figure.value.value < totals[totals.length - 1]) return null;
    totals.push(figure.value.value);
    columns.push(period.column);
  }
  // A later period filled after a gap is not a series this can difference.
  for (let i = columns.length; i < periods.length; i++) if (!isBlankLike(cells[periods[i].column - left])) return null;
  if (totals.length < 2) return null;
  const last = totals[totals.length - 1];
  if (!isBlankLike(ytd)) {
    const stated = readFigure(ytd);
    if (!stated.ok || Math.abs(stated.value.value - last) > 1e-9 * Math.max(1, Math.abs(last))) return null;
  }
  const own = (i: number) => totals[i] - (i > 0 ? totals[i - 1] : 0);
  return { latest: own(totals.length - 1), previous: own(totals.length - 2), columns };
}
