/**
 * `committee-scorecard report <in.xlsx> --json`: every table the workbook holds, with its kind, its mapping and each
 * row's computed values, as one JSON document. The shape is documented in the README ("report --json") and kept
 * stable: a change that would break a reader bumps REPORT_JSON_VERSION.
 */
import { columnLetters } from "../engine/sheet/address";
import type { ColumnMatch, TableMapping } from "../engine/sheet/table";
import { calendarOf } from "../engine/dates/serial";
import type { DateSpan } from "../engine/dates/ukDate";
import type { DeadlineRule } from "../engine/funding/streams";
import { FUNDING_ROLES } from "../engine/funding/trackerColumns";
import type { FundingTableResult, ScorecardTableResult, TimelineTableResult, WorkbookTables } from "../app/workbookTables";

export const REPORT_JSON_VERSION = 1;

/** "2022-03-28" */
export function isoDate(serial: number | null): string | null {
  if (serial === null) return null;
  const { year, month, day } = calendarOf(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const pence = (amount: number | null) => (amount === null ? null : Math.round(amount * 100) / 100);
const column = (match: { column: number; header: string; confidence: number }) => ({ column: columnLetters(match.column), header: match.header, confidence: match.confidence });
const span = (s: DateSpan | null) => (s ? { start: isoDate(s.start), end: isoDate(s.end) } : null);
const deadline = (d: DeadlineRule | null) => (d ? { date: isoDate(d.due), rule: d.rule } : null);

/**
 * Whether a tracker's columns are those the analyst kept in the workbook or found by meaning. A field of the table
 * beside `mapping`, not inside it: a reader going through `mapping`'s roles meets only columns.
 */
const mappingSource = (stored: boolean) => (stored ? ("kept" as const) : ("detected" as const));

function scorecardMapping(mapping: TableMapping): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [role, match] of Object.entries(mapping) as [string, ColumnMatch | readonly ColumnMatch[] | undefined][]) {
    if (!match) continue;
    out[role] = Array.isArray(match) ? (match as readonly ColumnMatch[]).map(column) : column(match as ColumnMatch);
  }
  return out;
}

function scorecardJson(t: ScorecardTableResult) {
  return {
    kind: "scorecard" as const,
    sheet: t.sheet,
    headerRow: t.plan.table.headerRow + 1,
    mapping: scorecardMapping(t.plan.table.mapping),
    rows: t.plan.outcomes.map((o) => ({ row: o.row + 1, measure: o.measure, rating: o.rating || null, direction: o.trend || null, reason: o.explanation })),
    findings: t.plan.findings,
  };
}

function fundingJson(t: FundingTableResult) {
  const mapping: Record<string, unknown> = {};
  for (const role of FUNDING_ROLES) {
    const match = t.table.mapping[role];
    if (match) mapping[role] = column(match);
  }
  return {
    kind: "funding" as const,
    sheet: t.sheet,
    headerRow: t.table.headerRow + 1,
    reportDate: isoDate(t.reportDate),
    reportDateStated: t.reportDateStated,
    mapping,
    mappingSource: mappingSource(t.stored),
    rows: t.streams.map((s) => ({
      row: s.row + 1,
      fund: s.fund,
      funder: s.funder || null,
      round: s.round || null,
      allocation: s.problem ? null : pence(s.allocation),
      spent: s.problem ? null : pence(s.spent),
      returned: s.problem ? null : pence(s.returned),
      period: s.start !== null && s.end !== null ? { start: isoDate(s.start), end: isoDate(s.end) } : null,
      status: s.status,
      expectedSpend: pence(s.expected),
      projectedUnspent: pence(s.underspend),
      clawbackRisk: pence(s.clawbackRisk),
      deadlines: { passportBy: deadline(s.passportBy), spendBy: deadline(s.spendBy) },
      check: s.problem ? { cell: s.problemCell, message: s.problem } : null,
    })),
    deadlines: t.deadlines.map((d) => ({ row: d.row + 1, fund: d.fund, kind: d.kind, date: isoDate(d.due), overdue: d.overdue, unspent: pence(d.unspent), rule: d.rule })),
    totals: {
      allocation: pence(t.totals.allocation),
      spent: pence(t.totals.spent),
      expectedSpend: pence(t.totals.expected),
      clawbackRisk: pence(t.totals.clawbackRisk),
      rowsCounted: t.totals.counted,
      rowsLeftOut: t.totals.leftOut,
    },
  };
}

/**
 * Each column the timeline was read with, as funding's `mapping` gives them (letter, header, confidence), and each
 * version column oldest first with the day its header names. `mapping` stays role → letter (version 1's shape).
 */
function timelineColumns(t: TimelineTableResult) {
  const roles: Record<string, ReturnType<typeof column>> = {};
  for (const [role, match] of Object.entries(t.table.mapping.roles)) if (match) roles[role] = column(match);
  return { roles, versions: t.table.mapping.versions.map((v) => ({ ...column(v), date: isoDate(v.dated) })) };
}

function timelineJson(t: TimelineTableResult) {
  const mapping: Record<string, string> = {};
  for (const [role, c] of Object.entries(t.table.columns)) if (c !== undefined) mapping[role] = columnLetters(c);
  return {
    kind: "timeline" as const,
    sheet: t.sheet,
    headerRow: t.table.headerRow + 1,
    layout: t.table.layout,
    reportDate: isoDate(t.reportDate),
    mapping,
    mappingSource: mappingSource(t.stored),
    columns: timelineColumns(t),
    baseline: { label: t.table.baseline.label, date: isoDate(t.table.baseline.dated) },
    versions: t.table.versions.map((v) => ({ label: v.label, date: isoDate(v.dated) })),
    rows: t.analysis.milestones.map((m) => ({
      row: m.row + 1,
      programme: m.programme || null,
      milestone: m.milestone,
      baseline: span(m.baseline),
      forecast: m.forecast ? { ...span(m.forecast), text: m.forecastText, version: m.currentVersion } : null,
      slipDays: m.slipDays,
      slipMonths: m.slipMonths,
      slipRating: m.rating,
      slipsSinceEach: m.slipsSinceEach,
      versions: m.versions.map((v) => ({ label: v.label, forecast: span(v.forecast), slipDays: v.slipDays })),
    })),
    findings: t.analysis.findings,
  };
}

/** The report as one JSON-ready object. */
export function reportJson(file: string, result: WorkbookTables) {
  return {
    version: REPORT_JSON_VERSION,
    file,
    tables: result.tables.map((t) => (t.kind === "scorecard" ? scorecardJson(t) : t.kind === "funding" ? fundingJson(t) : timelineJson(t))),
    problems: result.problems,
  };
}
