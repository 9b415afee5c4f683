/**
 * Programme timelines: a milestone table read from a sheet, its dates read from report text, the
 * slip of each stage against the original baseline and the previous recorded version, and the checks an analyst
 * needs before committee: dates that cannot be read, and stages out of order.
 */
import { sheetCellAddress } from "../sheet/address";
import { findHeaderRow } from "../sheet/headerRow";
import { isBlankLike } from "../core/cellNumber";
import type { Finding } from "../core/findings";
import { readDateSpan } from "../dates/dateInput";
import { DEFAULT_SLIP_THRESHOLDS, rateSlip, slipBetween, type SlipRating, type SlipThresholds } from "./slippage";
import { describeSerial } from "../dates/serial";
import type { DateSpan } from "../dates/ukDate";
import type { CellRange, CellValue, Plan, SheetData } from "../sheet/workbook";
import { unusedSheetName } from "../sheet/sheetName";

export const BASELINES_SHEET = "Timeline baselines";
export const BASELINE_HEADERS = ["Recorded", "Programme", "Milestone", "Start", "End", "Date as written"] as const;

export type MilestoneRole = "programme" | "milestone" | "baseline" | "forecast" | "actual" | "status";

const ROLE_PATTERNS: ReadonlyArray<readonly [MilestoneRole, RegExp]> = [
  ["programme", /^(programme|program|project|workstream|scheme)$/],
  ["milestone", /^(milestone|stage|activity|task|step|key milestones?)$/],
  ["baseline", /(baseline|original|planned( date)?|plan date)/],
  ["forecast", /(forecast|revised|current|expected|re-?planned|latest)/],
  ["actual", /^(actual|completed|achieved)( date)?$/],
  ["status", /^(status|rag|progress)$/],
];

export interface MilestoneTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<MilestoneRole, number>>>;
  readonly rows: readonly number[];
}

/** Finds a milestone table by its headers: it needs milestone, baseline and forecast columns. */
export function detectMilestoneTable(sheet: SheetData): MilestoneTable | null {
  const header = findHeaderRow(sheet, ROLE_PATTERNS, ["milestone", "baseline", "forecast"]);
  const milestone = header?.columns.milestone;
  if (!header || milestone === undefined) return null;
  const rows: number[] = [];
  for (let below = header.index + 1; below < sheet.values.length; below++) {
    if (!isBlankLike(sheet.values[below][milestone - sheet.left] ?? null)) rows.push(sheet.top + below);
  }
  return { sheet: sheet.name, headerRow: sheet.top + header.index, columns: header.columns, rows };
}

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

export interface MilestoneAnalysis {
  readonly row: number;
  readonly programme: string;
  readonly milestone: string;
  /** The forecast as the sheet writes it ("Sept 2025"). */
  readonly forecastText: string;
  readonly baseline: DateSpan | null;
  readonly forecast: DateSpan | null;
  readonly complete: boolean;
  /** Forecast start − baseline start, in days (positive = later). */
  readonly slipDays: number | null;
  readonly slipMonths: number | null;
  readonly rating: SlipRating | null;
  /** Against the earliest recorded version, when there is one. */
  readonly slipSinceOriginal: number | null;
  /** Against the latest recorded version. */
  readonly slipSincePrevious: number | null;
}

export interface TimelineAnalysis {
  readonly milestones: readonly MilestoneAnalysis[];
  readonly findings: readonly Finding[];
}

export function analyseTimeline(sheet: SheetData, table: MilestoneTable, versions: readonly RecordedVersion[], thresholds: SlipThresholds = DEFAULT_SLIP_THRESHOLDS): TimelineAnalysis {
  const findings: Finding[] = [];
  const cell = (row: number, column: number | undefined): CellValue => (column === undefined ? null : (sheet.values[row - sheet.top]?.[column - sheet.left] ?? null));
  const span = (row: number, role: MilestoneRole): DateSpan | null => {
    const column = table.columns[role];
    const value = cell(row, column);
    if (column === undefined || isBlankLike(value) || (typeof value === "string" && /^not in /i.test(value))) return null;
    const read = readDateSpan(value, role === "baseline" ? "baseline" : role === "forecast" ? "forecast" : "actual date");
    if (read.ok) return read.value;
    findings.push({ cell: sheetCellAddress(table.sheet, row, column), severity: "error", message: read.error.message });
    return null;
  };
  const milestones = table.rows.map((row): MilestoneAnalysis => {
    const programme = String(cell(row, table.columns.programme) ?? "");
    const milestone = String(cell(row, table.columns.milestone) ?? "");
    const baseline = span(row, "baseline");
    const forecast = span(row, "forecast");
    span(row, "actual");
    const complete = /^(complete|completed|done|achieved)$/i.test(String(cell(row, table.columns.status) ?? "").trim());
    const slipDays = baseline && forecast ? slipBetween(baseline.start, forecast.start, "days") : null;
    const recorded = versions.filter((v) => v.programme === programme && v.milestone === milestone).sort((a, b) => a.recorded - b.recorded);
    const original = recorded[0];
    const previous = recorded[recorded.length - 1];
    return {
      row,
      programme,
      milestone,
      forecastText: String(cell(row, table.columns.forecast) ?? ""),
      baseline,
      forecast,
      complete,
      slipDays,
      slipMonths: baseline && forecast ? slipBetween(baseline.start, forecast.start, "months") : null,
      rating: complete ? "Complete" : slipDays === null ? null : rateSlip(slipDays, thresholds),
      slipSinceOriginal: original && forecast ? forecast.start - original.start : null,
      slipSincePrevious: previous && forecast ? forecast.start - previous.start : null,
    };
  });
  // A later stage starting before an earlier one (of the same programme) has ended.
  for (let i = 1; i < milestones.length; i++) {
    const earlier = milestones[i - 1];
    const later = milestones[i];
    if (earlier.programme !== later.programme || !earlier.forecast || !later.forecast) continue;
    if (later.forecast.start < earlier.forecast.end && later.forecast.end < earlier.forecast.end) {
      findings.push({
        cell: sheetCellAddress(table.sheet, later.row, table.columns.forecast ?? 0),
        severity: "warning",
        message: `"${later.milestone}" ends (${describeSerial(later.forecast.end)}) before the stage above it, "${earlier.milestone}", ends (${describeSerial(earlier.forecast.end)}): the stages may be out of order.`,
      });
    }
  }
  return { milestones, findings };
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
