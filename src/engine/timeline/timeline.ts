/**
 * Programme timelines: a milestone table read from a sheet, its dates read from report text, the slip of each
 * stage against the original baseline, against each earlier version the sheet holds and against the recorded
 * versions, and the checks an analyst needs before committee: dates that cannot be read, and stages out of order.
 */
import { sheetCellAddress } from "../sheet/address";
import { isBlankLike } from "../core/cellNumber";
import type { Finding } from "../core/findings";
import { readDateSpan } from "../dates/dateInput";
import { DEFAULT_SLIP_THRESHOLDS, rateSlip, slipBetween, type SlipRating, type SlipThresholds } from "./slippage";
import { describeSerial } from "../dates/serial";
import type { DateSpan } from "../dates/ukDate";
import type { CellValue, SheetData } from "../sheet/workbook";
import type { RecordedVersion } from "./baselines";
import { detectTimelineColumns, milestoneTableWith, type MilestoneTable } from "./milestoneTable";

export { BASELINES_SHEET, BASELINE_HEADERS, planNewMilestoneSheet, planRecordBaseline, readVersions, unchangedSinceLastRecord, NEW_TIMELINE_SHEET, type RecordedVersion } from "./baselines";
export type { TimelineVersion } from "./versionColumns";

export type { MilestoneRole, MilestoneTable, TimelineColumns, TimelineMapping } from "./milestoneTable";

/**
 * Finds a milestone table by meaning: a milestone column with a baseline and forecast columns, several forecast
 * columns (the earliest is then the baseline), or one row per stage per committee report.
 */
export function detectMilestoneTable(sheet: SheetData): MilestoneTable | null {
  const found = detectTimelineColumns(sheet);
  const table = found && milestoneTableWith(sheet, found.headerRow, found.columns);
  return table?.ok ? table.value : null;
}

/** One version's date for a stage, and its slip against the baseline. */
export interface VersionSlip {
  readonly label: string;
  readonly dated: number | null;
  readonly forecast: DateSpan | null;
  /** This version's start − the baseline's start, in days. */
  readonly slipDays: number | null;
}

export interface MilestoneAnalysis {
  readonly row: number;
  readonly programme: string;
  readonly milestone: string;
  /** The forecast as the sheet writes it ("Sept 2025"). */
  readonly forecastText: string;
  /** Which version the current forecast is: the latest that dates this stage. */
  readonly currentVersion: string | null;
  readonly baseline: DateSpan | null;
  readonly forecast: DateSpan | null;
  readonly complete: boolean;
  /** Forecast start − baseline start, in days (positive = later). */
  readonly slipDays: number | null;
  readonly slipMonths: number | null;
  readonly rating: SlipRating | null;
  /** Each version the sheet holds for this stage, oldest first, with its slip against the baseline. */
  readonly versions: readonly VersionSlip[];
  /** The current forecast against each earlier version (the baseline first), in days. */
  readonly slipsSinceEach: readonly { readonly label: string; readonly days: number }[];
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
  // What reading the columns found to say comes first (a version column added since the columns were kept).
  const findings: Finding[] = [...(table.findings ?? [])];
  const cell = (row: number, column: number | undefined): CellValue => (column === undefined ? null : (sheet.values[row - sheet.top]?.[column - sheet.left] ?? null));
  const blank = (value: CellValue) => isBlankLike(value) || (typeof value === "string" && /^not in /i.test(value));
  const span = (at: { row: number; column: number } | null | undefined, name: string): DateSpan | null => {
    if (!at) return null;
    const value = cell(at.row, at.column);
    if (blank(value)) return null;
    const read = readDateSpan(value, name);
    if (read.ok) return read.value;
    findings.push({ cell: sheetCellAddress(table.sheet, at.row, at.column), severity: "error", message: read.error.message });
    return null;
  };
  const milestones = table.stages.map((stage): MilestoneAnalysis => {
    const { row } = stage;
    const programme = String(stage.programme ?? "");
    const milestone = String(stage.milestone ?? "");
    const baseline = span(stage.baseline, "baseline");
    const read = stage.versions.map((at) => span(at, "forecast"));
    // The current forecast is the latest version that says something for this stage; an unreadable one claims no slip.
    let current = -1;
    for (let i = stage.versions.length - 1; i >= 0 && current < 0; i--) {
      const at = stage.versions[i];
      if (at && !blank(cell(at.row, at.column))) current = i;
    }
    const forecast = current >= 0 ? read[current] : null;
    if (table.layout === "columns") span({ row, column: table.columns.actual ?? -1 }, "actual date");
    const complete = /^(complete|completed|done|achieved)$/i.test(String(cell(row, table.columns.status) ?? "").trim());
    const slipDays = baseline && forecast ? slipBetween(baseline.start, forecast.start, "days") : null;
    const recorded = versions.filter((v) => v.programme === programme && v.milestone === milestone).sort((a, b) => a.recorded - b.recorded);
    const original = recorded[0];
    const previous = recorded[recorded.length - 1];
    const slipsSinceEach: { label: string; days: number }[] = [];
    if (forecast) {
      if (baseline) slipsSinceEach.push({ label: table.baseline.label, days: forecast.start - baseline.start });
      for (let i = 0; i < current; i++) {
        const earlier = read[i];
        if (earlier) slipsSinceEach.push({ label: table.versions[i].label, days: forecast.start - earlier.start });
      }
    }
    const currentAt = current >= 0 ? stage.versions[current] : null;
    return {
      row,
      programme,
      milestone,
      forecastText: currentAt ? String(cell(currentAt.row, currentAt.column) ?? "") : "",
      currentVersion: current >= 0 ? table.versions[current].label : null,
      baseline,
      forecast,
      complete,
      slipDays,
      slipMonths: baseline && forecast ? slipBetween(baseline.start, forecast.start, "months") : null,
      rating: complete ? "Complete" : slipDays === null ? null : rateSlip(slipDays, thresholds),
      versions: table.versions.map((v, i) => ({ label: v.label, dated: v.dated, forecast: read[i], slipDays: baseline && read[i] ? (read[i]?.start ?? 0) - baseline.start : null })),
      slipsSinceEach,
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
