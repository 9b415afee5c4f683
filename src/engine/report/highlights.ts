/** The scorecard's part of the report: the areas for highlighting, each with its figures, and the appendix table. */
import { sheetCellAddress } from "../sheet/address";
import { formatForDisplay } from "../sheet/display";
import { classifyRows } from "../scorecard/detect";
import { describeNumber } from "../scorecard/explain";
import type { TablePlan } from "../scorecard/planTable";
import type { RowOutcome } from "../scorecard/planWriter";
import { highlightsOf, worseningDetail, type HighlightReason } from "../scorecard/summary";
import type { SheetData } from "../sheet/workbook";
import type { AppendixRow, AppendixTable, ReportHighlight } from "./model";

/** A planned table with the sheet it was planned from: the report reads the figures as the sheet shows them. */
export interface PlannedTable {
  readonly plan: TablePlan;
  readonly sheet: SheetData;
}

const shown = (sheet: SheetData, row: number, column: number | undefined): string =>
  column === undefined ? "" : formatForDisplay(sheet.values[row - sheet.top]?.[column - sheet.left] ?? null, sheet.numberFormats[row - sheet.top]?.[column - sheet.left]);

/** The column whose figure the rules rate: the YTD (or the forecast made from it), else the latest period with one. */
function ratedColumn({ plan, sheet }: PlannedTable, row: number): number | undefined {
  const { mapping, rules } = plan.table;
  if (mapping.ytd && (rules.rate === "ytd" || rules.rate === "forecast")) return mapping.ytd.column;
  let latest: number | undefined;
  for (const period of mapping.periods) if (shown(sheet, row, period.column) !== "") latest = period.column;
  return latest;
}

function highlightOf(table: PlannedTable, outcome: RowOutcome, reasons: readonly HighlightReason[]): ReportHighlight {
  const { plan, sheet } = table;
  const { mapping } = plan.table;
  const movement = outcome.movement ?? null;
  const sentences: string[] = [];
  if (outcome.rating !== "") sentences.push(outcome.explanation);
  if (reasons.includes("Got worse")) sentences.push(`Worse than last time: ${outcome.previousRating} at the last refresh, ${outcome.rating} now.`);
  if (reasons.includes("Worsening")) sentences.push(worseningDetail(outcome));
  const figure = outcome.rating === "" ? "" : shown(sheet, outcome.row, ratedColumn(table, outcome.row));
  return {
    reason: reasons[0],
    reasons,
    cell: sheetCellAddress(plan.table.sheet, outcome.row, plan.table.rules.outputs.rag),
    measure: outcome.measure,
    rating: outcome.rating,
    previousRating: outcome.previousRating,
    figure,
    target: shown(sheet, outcome.row, mapping.target?.column),
    lastPeriod: movement && !movement.runningTotal ? `${describeNumber(movement.previous.value, movement.previous.percent)} in ${movement.previous.period}` : "",
    direction: outcome.trend,
    comment: shown(sheet, outcome.row, mapping.comments?.column),
    sentences,
  };
}

/**
 * Red, then Amber, then worse than last time, then worsening: each measure once, under its first reason (a Red that
 * is also worsening is listed with the Reds, its movement given beside its rating).
 */
export function reportHighlights(tables: readonly PlannedTable[]): ReportHighlight[] {
  const order: readonly HighlightReason[] = ["Red", "Amber", "Got worse", "Worsening"];
  const reasonsByRow = new Map<string, HighlightReason[]>();
  for (const h of highlightsOf(tables.map((t) => t.plan))) {
    const key = `${h.sheet}!${h.row}`;
    const list = reasonsByRow.get(key);
    if (list) list.push(h.reason);
    else reasonsByRow.set(key, [h.reason]);
  }
  const found: ReportHighlight[] = [];
  for (const table of tables) {
    for (const outcome of table.plan.outcomes) {
      const reasons = reasonsByRow.get(`${table.plan.table.sheet}!${outcome.row}`);
      if (reasons) found.push(highlightOf(table, outcome, [...reasons].sort((a, b) => order.indexOf(a) - order.indexOf(b))));
    }
  }
  // A stable sort: within each reason, the sheets' own order.
  return found.sort((a, b) => order.indexOf(a.reason) - order.indexOf(b.reason));
}

/** The table as the council lays it out: its own header row, section headings, and each measure's cells as shown. */
export function appendixTable({ plan, sheet }: PlannedTable): AppendixTable {
  const { table, outcomes } = plan;
  const headerCells = sheet.values[table.headerRow - sheet.top] ?? [];
  const columns: number[] = [];
  for (let i = 0; i < headerCells.length; i++) if (headerCells[i] !== null && String(headerCells[i]).trim() !== "") columns.push(sheet.left + i);
  const ratingColumn = table.rules.outputs.rag;
  if (!columns.includes(ratingColumn)) columns.push(ratingColumn);
  columns.sort((a, b) => a - b);
  const ratings = new Map<number, string>();
  for (const o of outcomes) ratings.set(o.row, o.rating);
  const lastRow = outcomes.length > 0 ? outcomes[outcomes.length - 1].row : table.headerRow;
  const rows: AppendixRow[] = [];
  for (const r of classifyRows(sheet, table.headerRow, table.mapping, lastRow)) {
    if (r.kind === "heading") rows.push({ kind: "section", text: shown(sheet, r.row, table.mapping.measure.column) });
    else if (r.kind === "measure") rows.push({ kind: "measure", cells: columns.map((c) => (c === ratingColumn ? (ratings.get(r.row) ?? "") : shown(sheet, r.row, c))) });
  }
  return {
    sheet: table.sheet,
    headers: columns.map((c) => (c === ratingColumn && shown(sheet, table.headerRow, c) === "" ? "RAG" : shown(sheet, table.headerRow, c))),
    ratingColumn: columns.indexOf(ratingColumn),
    rows,
  };
}
