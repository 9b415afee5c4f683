/**
 * A timeline's columns by role, each with its header and a confidence, and the milestone table read with them:
 * found by meaning, chosen on the Columns card, or stored in the workbook (storedTimeline.ts). A column the table
 * cannot be read without stops with its name; another column is never read in its place.
 */
import { isBlankLike } from "../core/cellNumber";
import type { Finding } from "../core/findings";
import { fail, ok, type Result } from "../core/result";
import { readDate, readDateSpan } from "../dates/dateInput";
import { findHeaderRow } from "../sheet/headerRow";
import type { CellValue, SheetData } from "../sheet/workbook";
import { byReportTableWith, DATE_HEADER, findByReportHeader, inVersionOrder, isVersionHeader, PROGRAMME_HEADER, REPORT_HEADER, STAGE_HEADER, versionColumns, versionOf, type StageCells, type TimelineVersion } from "./versionColumns";

export type MilestoneRole = "programme" | "milestone" | "baseline" | "forecast" | "actual" | "status";

export const ROLE_PATTERNS: ReadonlyArray<readonly [MilestoneRole, RegExp]> = [
  ["programme", /^(programme|program|project|workstream|scheme)$/],
  ["milestone", /^(milestone|stage|activity|task|step|key milestones?)$/],
  ["baseline", /(baseline|original|^planned( date)?$|plan date)/],
  ["forecast", /(forecast|revised|current|expected|re-?planned|latest)/],
  ["actual", /^(actual|completed|achieved)( date)?$/],
  ["status", /^(status|rag|progress)$/],
];

export type TimelineLayout = "columns" | "byReport";

/** The roles the Columns card shows and corrects (the versions apart). */
export type TimelineRole = "milestone" | "programme" | "baseline" | "actual" | "status" | "report" | "date";

/** Each layout's roles, in the order the card lists them. */
export const TIMELINE_ROLES: Readonly<Record<TimelineLayout, readonly TimelineRole[]>> = {
  columns: ["milestone", "programme", "baseline", "actual", "status"],
  byReport: ["milestone", "programme", "report", "date"],
};

/** What each role is called in messages and on the card. */
export const TIMELINE_ROLE_NAMES: Readonly<Record<TimelineRole, string>> = {
  milestone: "milestone", programme: "programme", baseline: "baseline", actual: "actual date", status: "status", report: "committee report", date: "date as reported",
};

/** The columns chosen: by role, and (a column per version) the forecast or revised columns after the baseline. */
export interface TimelineColumns {
  readonly layout: TimelineLayout;
  readonly roles: Readonly<Partial<Record<TimelineRole, number>>>;
  /** In any order: they are read oldest first, by the dates their headers name, else left to right. */
  readonly versions: readonly number[];
}

export interface TimelineColumn {
  /** Zero-based sheet column. */
  readonly column: number;
  readonly header: string;
  /** 0–1: how sure the header's meaning is, times how well the cells below fit it. */
  readonly confidence: number;
}

export interface VersionColumn extends TimelineColumn {
  /** The day the header names, when it names one. */
  readonly dated: number | null;
}

export interface TimelineMapping {
  readonly layout: TimelineLayout;
  readonly roles: Readonly<Partial<Record<TimelineRole, TimelineColumn>>>;
  /** The versions after the baseline, oldest first: the last is the current forecast. Empty by report. */
  readonly versions: readonly VersionColumn[];
}

export interface MilestoneTable {
  readonly sheet: string;
  readonly headerRow: number;
  /** `forecast` is the latest version's column; `baseline` the baseline's (the earliest version's when none is named). */
  readonly columns: Readonly<Partial<Record<MilestoneRole, number>>>;
  readonly rows: readonly number[];
  /** "columns": a column per version; "byReport": a row per stage per committee report. */
  readonly layout: TimelineLayout;
  readonly baseline: TimelineVersion;
  /** The versions after the baseline, oldest first: the last is the current forecast. */
  readonly versions: readonly TimelineVersion[];
  readonly stages: readonly StageCells[];
  /** Each column read, with its header and confidence: what the Columns card shows and what is kept. */
  readonly mapping: TimelineMapping;
  /** What reading the columns found to say (a version column added since the columns were kept). */
  readonly findings?: readonly Finding[];
}

const normal = (value: CellValue) => (typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "");
const patternOf = (role: MilestoneRole) => ROLE_PATTERNS.find(([r]) => r === role)?.[1] ?? /$^/;

/** Whether a header says the role: a column chosen by hand whose header says otherwise is less sure. */
const HEADER_SAYS: Readonly<Record<TimelineRole | "version", (header: CellValue) => boolean>> = {
  milestone: (h) => STAGE_HEADER.test(normal(h)),
  programme: (h) => PROGRAMME_HEADER.test(normal(h)),
  baseline: (h) => patternOf("baseline").test(normal(h)) || isVersionHeader(h),
  actual: (h) => patternOf("actual").test(normal(h)),
  status: (h) => patternOf("status").test(normal(h)),
  report: (h) => REPORT_HEADER.test(normal(h)),
  date: (h) => DATE_HEADER.test(normal(h)),
  version: isVersionHeader,
};

const notGiven = (value: CellValue) => isBlankLike(value) || (typeof value === "string" && /^not in /i.test(value));

/** How well a column's cells fit its role: the share of the given cells below that read as the role's kind. */
function fitOf(role: TimelineRole | "version", cells: readonly CellValue[]): number {
  const given = cells.filter((c) => !notGiven(c));
  if (given.length === 0) return 0.5;
  const fits = (value: CellValue): boolean => {
    if (role === "milestone" || role === "programme" || role === "status") return typeof value === "string";
    if (role === "report") return readDate(value, "committee report", "start").ok;
    return readDateSpan(value, "date").ok;
  };
  return given.filter(fits).length / given.length;
}

/** The rows below the header that name a stage. */
function stageRows(sheet: SheetData, headerRow: number, milestone: number): number[] {
  const rows: number[] = [];
  for (let below = headerRow - sheet.top + 1; below < sheet.values.length; below++) {
    if (!isBlankLike(sheet.values[below][milestone - sheet.left] ?? null)) rows.push(sheet.top + below);
  }
  return rows;
}

/** The roles and versions a choice lacks, by name: the table is not read without them. */
export function missingTimelineColumns(choice: TimelineColumns): string[] {
  const missing: string[] = [];
  if (choice.roles.milestone === undefined) missing.push(TIMELINE_ROLE_NAMES.milestone);
  if (choice.layout === "byReport") {
    for (const role of ["report", "date"] as const) if (choice.roles[role] === undefined) missing.push(TIMELINE_ROLE_NAMES[role]);
    return missing;
  }
  const taken = new Set(Object.values(choice.roles));
  const dated = new Set(choice.versions.filter((c) => !taken.has(c))).size + (choice.roles.baseline === undefined ? 0 : 1);
  // The baseline and at least one forecast after it; without a baseline column the earliest forecast is the baseline.
  if (choice.roles.baseline === undefined && dated < 2) missing.push(`${TIMELINE_ROLE_NAMES.baseline} (or a second forecast column)`);
  if (dated === 0 || (choice.roles.baseline !== undefined && dated === 1)) missing.push("forecast or revised");
  return missing;
}

/** The milestone table read with these columns; an error naming what is missing when it cannot be read. */
export function milestoneTableWith(sheet: SheetData, headerRow: number, choice: TimelineColumns): Result<MilestoneTable> {
  const missing = missingTimelineColumns(choice);
  if (missing.length > 0) {
    return fail("value", `The timeline on "${sheet.name}" (header row ${headerRow + 1}) has no ${missing.map((m) => `"${m}"`).join(", ")} column chosen. Nothing is read without it: choose one on the Columns card.`);
  }
  const cell = (row: number, column: number): CellValue => sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
  const milestone = choice.roles.milestone ?? 0;
  const dataRows = stageRows(sheet, headerRow, milestone);
  const matchOf = (role: TimelineRole | "version", column: number): TimelineColumn => {
    const header = cell(headerRow, column);
    const weight = HEADER_SAYS[role](header) ? 1 : 0.6;
    const fit = fitOf(role, dataRows.map((r) => cell(r, column)));
    return { column, header: String(header ?? "").trim(), confidence: Math.round(weight * fit * 100) / 100 };
  };
  const roles: Partial<Record<TimelineRole, TimelineColumn>> = {};
  for (const role of TIMELINE_ROLES[choice.layout]) {
    const column = choice.roles[role];
    if (column !== undefined) roles[role] = matchOf(role, column);
  }
  if (choice.layout === "byReport") {
    const { report = 0, date = 0, programme } = choice.roles;
    const table = byReportTableWith(sheet, headerRow, { milestone, report, date, ...(programme === undefined ? {} : { programme }) });
    if (table.versions.length === 0) return fail("value", `The timeline on "${sheet.name}" holds one committee report ("${table.baseline.label}"): there is no later forecast to set against it.`);
    const columns = { milestone, forecast: date, baseline: date, ...(programme === undefined ? {} : { programme }) };
    return ok(tableOf(sheet, headerRow, { columns, rows: table.stages.map((s) => s.row), baseline: table.baseline, versions: table.versions, stages: table.stages }, { layout: "byReport", roles, versions: [] }));
  }
  const taken = new Set(Object.values(choice.roles));
  const versions = inVersionOrder([...new Set(choice.versions)].filter((c) => !taken.has(c)).map((column) => ({ column, version: versionOf(cell(headerRow, column)) })));
  // No baseline column: the earliest version is the baseline (missingTimelineColumns saw there are two).
  const named = choice.roles.baseline;
  const first = named === undefined ? versions.shift() : { column: named, version: versionOf(cell(headerRow, named)) };
  if (!first) return fail("value", `The timeline on "${sheet.name}" has no baseline column chosen.`);
  if (named === undefined) roles.baseline = matchOf("baseline", first.column);
  const { programme, actual, status } = choice.roles;
  const stages = dataRows.map((row): StageCells => ({
    row,
    programme: programme === undefined ? null : cell(row, programme),
    milestone: cell(row, milestone),
    baseline: { row, column: first.column },
    versions: versions.map((v) => ({ row, column: v.column })),
  }));
  const columns: Partial<Record<MilestoneRole, number>> = { milestone, baseline: first.column, forecast: versions[versions.length - 1].column };
  if (programme !== undefined) columns.programme = programme;
  if (actual !== undefined) columns.actual = actual;
  if (status !== undefined) columns.status = status;
  const mapping: TimelineMapping = { layout: "columns", roles, versions: versions.map((v) => ({ ...matchOf("version", v.column), dated: v.version.dated })) };
  return ok(tableOf(sheet, headerRow, { columns, rows: dataRows, baseline: first.version, versions: versions.map((v) => v.version), stages }, mapping));
}

/** What either layout reads, before it is named by its sheet, header row and mapping. */
type TableRead = Pick<MilestoneTable, "columns" | "rows" | "baseline" | "versions" | "stages">;

/** The table in either layout: what was read, with the mapping it was read with (whose layout it takes). */
function tableOf(sheet: SheetData, headerRow: number, read: TableRead, mapping: TimelineMapping): MilestoneTable {
  const { columns, rows, baseline, versions, stages } = read;
  return { sheet: sheet.name, headerRow, columns, rows, layout: mapping.layout, baseline, versions, stages, mapping };
}

/**
 * The columns a sheet's timeline is found with by meaning: a milestone column with a baseline and forecast
 * columns, several forecast columns (the earliest is then the baseline), or one row per stage per committee report.
 */
export function detectTimelineColumns(sheet: SheetData): { headerRow: number; columns: TimelineColumns } | null {
  const header = findHeaderRow(sheet, ROLE_PATTERNS, ["milestone", "forecast"]);
  if (header && header.columns.milestone !== undefined) {
    const { milestone, programme, baseline, actual, status } = header.columns;
    const skip = new Set([milestone, programme, baseline, actual, status].filter((c): c is number => c !== undefined));
    const found = versionColumns(sheet.values[header.index], sheet.left, skip).map((v) => v.column);
    if (found.length >= (baseline === undefined ? 2 : 1)) {
      const roles: Partial<Record<TimelineRole, number>> = { milestone };
      if (programme !== undefined) roles.programme = programme;
      if (baseline !== undefined) roles.baseline = baseline;
      if (actual !== undefined) roles.actual = actual;
      if (status !== undefined) roles.status = status;
      return { headerRow: sheet.top + header.index, columns: { layout: "columns", roles, versions: found } };
    }
  }
  const byReport = findByReportHeader(sheet);
  if (!byReport) return null;
  return { headerRow: byReport.headerRow, columns: { layout: "byReport", roles: { ...byReport.columns }, versions: [] } };
}

/**
 * A sheet headed as a timeline (a milestone column beside a baseline or a forecast column) that cannot be read:
 * its header row and the columns it lacks, by name; null when no header row looks like one.
 */
export function incompleteTimeline(sheet: SheetData): { headerRow: number; missing: string[] } | null {
  const header = findHeaderRow(sheet, ROLE_PATTERNS, ["milestone"]);
  const milestone = header?.columns.milestone;
  if (!header || milestone === undefined) return null;
  const { baseline } = header.columns;
  const versions = versionColumns(sheet.values[header.index], sheet.left, new Set(baseline === undefined ? [milestone] : [milestone, baseline])).map((v) => v.column);
  if (baseline === undefined && versions.length === 0) return null;
  const missing = missingTimelineColumns({ layout: "columns", roles: { milestone, ...(baseline === undefined ? {} : { baseline }) }, versions });
  return missing.length > 0 ? { headerRow: sheet.top + header.index, missing } : null;
}
