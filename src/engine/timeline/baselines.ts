/**
 * The "Timeline baselines" sheet: the versions recorded with *Record baseline*, read back, and new ones appended;
 * and a new milestone sheet to start from.
 */
import type { CellRange, CellValue, Plan, SheetData } from "../sheet/workbook";
import { unusedSheetName } from "../sheet/sheetName";
import type { TimelineAnalysis } from "./timeline";

export const BASELINES_SHEET = "Timeline baselines";
export const BASELINE_HEADERS = ["Recorded", "Programme", "Milestone", "Start", "End", "Date as written"] as const;

export interface RecordedVersion {
  /** Serial of the day the version was recorded. */
  readonly recorded: number;
  readonly programme: string;
  readonly milestone: string;
  readonly start: number;
  readonly end: number;
}

/** Reads the "Timeline baselines" sheet; rows that do not hold dates are skipped. */
export function readVersions(sheet: SheetData | null): RecordedVersion[] {
  if (!sheet) return [];
  return sheet.values.slice(1).flatMap((row) => {
    const [recorded, programme, milestone, start, end] = row;
    if (typeof recorded !== "number" || typeof start !== "number" || typeof end !== "number") return [];
    return [{ recorded: Math.floor(recorded), programme: String(programme ?? ""), milestone: String(milestone ?? ""), start: Math.floor(start), end: Math.floor(end) }];
  });
}

/** Nothing new to record: every dated stage's forecast starts where the last recorded version put it. */
export function unchangedSinceLastRecord(analysis: TimelineAnalysis): boolean {
  const dated = analysis.milestones.filter((m) => m.forecast);
  return dated.length > 0 && dated.every((m) => m.slipSincePrevious === 0);
}

/** Appends the current forecasts to the "Timeline baselines" sheet, creating it if need be: an audit trail. */
export function planRecordBaseline(analysis: TimelineAnalysis, versionsSheet: SheetData | null, today: number): Plan {
  const createSheets = versionsSheet ? [] : [BASELINES_SHEET];
  const firstFree = versionsSheet ? versionsSheet.top + versionsSheet.values.length : 0;
  const changes: Plan["changes"][number][] = [];
  const put = (row: number, column: number, value: CellValue, numberFormat?: string) =>
    changes.push({ kind: "value", sheet: BASELINES_SHEET, row, column, value, ...(numberFormat ? { numberFormat } : {}) });
  let row = firstFree;
  if (!versionsSheet) BASELINE_HEADERS.forEach((header, c) => put(0, c, header));
  if (!versionsSheet) row = 1;
  const start = row;
  for (const m of analysis.milestones) {
    if (!m.forecast) continue;
    put(row, 0, today, "dd/mm/yyyy");
    put(row, 1, m.programme);
    put(row, 2, m.milestone);
    put(row, 3, m.forecast.start, "dd/mm/yyyy");
    put(row, 4, m.forecast.end, "dd/mm/yyyy");
    put(row, 5, m.forecastText);
    row++;
  }
  const allowed: CellRange[] = [{ sheet: BASELINES_SHEET, top: versionsSheet ? start : 0, bottom: Math.max(row - 1, start), left: 0, right: BASELINE_HEADERS.length - 1 }];
  return { changes, allowed, createSheets };
}

export const NEW_TIMELINE_SHEET = "Milestones";
const MILESTONE_HEADERS = ["Programme", "Milestone", "Baseline", "Forecast", "Actual", "Status", "Slippage (days)", "Slippage RAG"];

/** A new milestone sheet: the columns the Timeline view reads, with live slippage formulas for `rows` stages. */
export function planNewMilestoneSheet(existingSheets: readonly string[], rows = 15): Plan {
  const name = unusedSheetName(NEW_TIMELINE_SHEET, existingSheets);
  const changes: Plan["changes"][number][] = MILESTONE_HEADERS.map((header, column) => ({ kind: "value" as const, sheet: name, row: 0, column, value: header }));
  for (let i = 0; i < rows; i++) {
    const r = i + 2; // one-based row in the formulas
    const bothDates = `AND(C${r}<>"",D${r}<>"")`;
    changes.push({ kind: "formula", sheet: name, row: i + 1, column: 6, formula: `=IF(${bothDates},SCORECARD.SLIPPAGE(C${r},D${r}),"")` });
    changes.push({ kind: "formula", sheet: name, row: i + 1, column: 7, formula: `=IF(${bothDates},SCORECARD.SLIPRAG(C${r},D${r},,,F${r}="Complete"),"")` });
  }
  return { createSheets: [name], changes, allowed: [{ sheet: name, top: 0, left: 0, bottom: rows, right: MILESTONE_HEADERS.length - 1 }] };
}
