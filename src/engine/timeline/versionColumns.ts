/**
 * The versions of a timeline a sheet holds: several forecast or revised columns ("Revised (Jun 2025)", "Revised
 * (Sep 2025)"), columns named after the committees that set them ("Forecast at 8 Nov 2021"), or one row per stage
 * per committee report. Each version is dated by its header where the header names a date; the latest is the
 * current forecast, and without a baseline column the earliest is the baseline.
 */
import { isBlankLike } from "../core/cellNumber";
import { readDate } from "../dates/dateInput";
import { parseUkDate } from "../dates/ukDate";
import type { CellValue, SheetData } from "../sheet/workbook";

export interface TimelineVersion {
  /** The header as written ("Revised (Sep 2025)"), or the committee report's date as written. */
  readonly label: string;
  /** The day the header names, when it names one. */
  readonly dated: number | null;
}

/** Where one stage's dates are: its row, and the cell of each version (null when this row has none). */
export interface StageCells {
  readonly row: number;
  readonly programme: CellValue;
  readonly milestone: CellValue;
  readonly baseline: { readonly row: number; readonly column: number } | null;
  /** In version order, oldest first. */
  readonly versions: readonly ({ readonly row: number; readonly column: number } | null)[];
}

const VERSION_WORDS = /\b(forecast|revised|re-?planned|current|latest|expected|position|version|as at|as of|at|committee|report(ed)?|date|dated|on|to|from|the|cttee)\b|[():,]/gi;

/** The date a version's header names: "Revised (Sep 2025)" → 1 Sep 2025, "Forecast at 8 Nov 2021" → 8 Nov 2021. */
export function versionDateOf(header: string): number | null {
  const rest = header.replace(VERSION_WORDS, " ").replace(/\s+/g, " ").trim();
  if (!rest || !/\d/.test(rest)) return null;
  const read = parseUkDate(rest);
  return read.ok ? read.value.start : null;
}

const normal = (value: CellValue) => (typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "");
const IS_VERSION = /^(forecast|revised|re-?planned|current|latest|expected)\b|\b(forecast|revised)\b/;

/** Whether a header reads as a forecast or revised version ("Revised (Sep 2025)", "Forecast at 8 Nov 2021"). */
export const isVersionHeader = (value: CellValue): boolean => IS_VERSION.test(normal(value));

/** Versions oldest first: by the dates their headers name when every one names a date, else left to right. */
export function inVersionOrder<T extends { column: number; version: TimelineVersion }>(found: T[]): T[] {
  if (found.every((f) => f.version.dated !== null)) found.sort((a, b) => (a.version.dated ?? 0) - (b.version.dated ?? 0) || a.column - b.column);
  else found.sort((a, b) => a.column - b.column);
  return found;
}

/** A version column's header as its label, dated where it names a date. */
export const versionOf = (header: CellValue): TimelineVersion => ({ label: String(header ?? "").trim(), dated: versionDateOf(String(header ?? "")) });

/**
 * The forecast columns of a header row, oldest first: by the dates their headers name when every one names a date,
 * else left to right (the way sheets add a column per revision).
 */
export function versionColumns(headers: readonly CellValue[], left: number, skip: ReadonlySet<number>): { column: number; version: TimelineVersion }[] {
  const found: { column: number; version: TimelineVersion }[] = [];
  headers.forEach((value, c) => {
    const column = left + c;
    if (skip.has(column) || !isVersionHeader(value)) return;
    found.push({ column, version: versionOf(value) });
  });
  return inVersionOrder(found);
}

export const REPORT_HEADER = /^(committee( report| date| meeting)?|report( date)?|committee report date|reported (at|to)|as at)$/;
export const DATE_HEADER = /^(date|forecast( date)?|date as reported|planned date|target date|due date|timescale)$/;
export const STAGE_HEADER = /^(milestone|stage|activity|task|step|key milestones?)$/;
export const PROGRAMME_HEADER = /^(programme|program|project|workstream|scheme)$/;

/** The by-report layout's columns: a stage, the committee report, the date as reported, and a programme if any. */
export interface ByReportColumns {
  readonly milestone: number;
  readonly report: number;
  readonly date: number;
  readonly programme?: number;
}

export interface ByReportTable {
  readonly headerRow: number;
  readonly columns: ByReportColumns;
  /** The first report. */
  readonly baseline: TimelineVersion;
  /** The later reports, oldest first. */
  readonly versions: readonly TimelineVersion[];
  readonly stages: readonly StageCells[];
}

/** The first row headed as the "by committee report" layout ("Milestone | Committee report | Date"). */
export function findByReportHeader(sheet: SheetData): { headerRow: number; columns: ByReportColumns } | null {
  for (let index = 0; index < sheet.values.length; index++) {
    const cells = sheet.values[index];
    const find = (pattern: RegExp) => {
      const c = cells.findIndex((v) => pattern.test(normal(v)));
      return c < 0 ? undefined : sheet.left + c;
    };
    const milestone = find(STAGE_HEADER);
    const report = find(REPORT_HEADER);
    const date = find(DATE_HEADER);
    if (milestone === undefined || report === undefined || date === undefined) continue;
    const programme = find(PROGRAMME_HEADER);
    return { headerRow: sheet.top + index, columns: { milestone, report, date, ...(programme === undefined ? {} : { programme }) } };
  }
  return null;
}

/**
 * The "by committee report" layout read with these columns: one row per stage per report. The reports are the
 * versions, oldest first; the first report is the baseline.
 */
export function byReportTableWith(sheet: SheetData, headerRow: number, columns: ByReportColumns): ByReportTable {
  const { milestone, report, date, programme } = columns;
  const at = (r: number, column: number | undefined) => (column === undefined ? null : (sheet.values[r][column - sheet.left] ?? null));
  // Each report, read as a date, is a version: oldest first.
  const reports = new Map<string, TimelineVersion>();
  const entries: { r: number; report: string; key: string }[] = [];
  for (let r = headerRow - sheet.top + 1; r < sheet.values.length; r++) {
    if (isBlankLike(at(r, milestone))) continue;
    const said = at(r, report);
    const label = typeof said === "number" ? String(said) : String(said ?? "").trim();
    const read = readDate(said, "committee report", "start");
    if (!reports.has(label)) reports.set(label, { label, dated: read.ok ? read.value : null });
    entries.push({ r, report: label, key: `${String(at(r, programme) ?? "")}\u0000${normal(at(r, milestone))}` });
  }
  const ordered = [...reports.values()];
  if (ordered.every((v) => v.dated !== null)) ordered.sort((a, b) => (a.dated ?? 0) - (b.dated ?? 0));
  const position = new Map(ordered.map((v, i) => [v.label, i]));
  const stages = new Map<string, { row: number; programme: CellValue; milestone: CellValue; cells: ({ row: number; column: number } | null)[] }>();
  for (const e of entries) {
    const stage = stages.get(e.key) ?? { row: sheet.top + e.r, programme: at(e.r, programme), milestone: at(e.r, milestone), cells: ordered.map(() => null) };
    stage.cells[position.get(e.report) ?? 0] = { row: sheet.top + e.r, column: date };
    stages.set(e.key, stage);
  }
  return {
    headerRow,
    columns,
    baseline: ordered[0] ?? { label: "", dated: null },
    versions: ordered.slice(1),
    stages: [...stages.values()].map((s) => ({ row: s.row, programme: s.programme, milestone: s.milestone, baseline: s.cells[0], versions: s.cells.slice(1) })),
  };
}

/** The "by committee report" layout, found by its headers; null when the sheet has none. */
export function findByReportTable(sheet: SheetData): ByReportTable | null {
  const header = findByReportHeader(sheet);
  return header && byReportTableWith(sheet, header.headerRow, header.columns);
}
