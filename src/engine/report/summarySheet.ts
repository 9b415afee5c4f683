/**
 * The "Committee summary" sheet: the report's highlights and summaries on a new worksheet laid out to print (A4
 * landscape, one page wide, the table's header repeated, the committee and date in the header), as a plan: shown
 * first, written in one batch, and undone by removing the sheet.
 */
import { unusedSheetName } from "../sheet/sheetName";
import type { CellChange, Plan, SheetLayout, TextFillRule } from "../sheet/workbook";
import { HIGHLIGHT_HEADINGS, type CommitteeReport } from "./model";
import { describeDays, leftOutWords, money } from "./words";

export const SUMMARY_SHEET = "Committee summary";

/** Widths in characters: area, measure, rating, figure, target, last period, direction, why, comment. */
const WIDTHS = [16, 44, 10, 12, 12, 20, 12, 52, 40];
const RATING_COLUMN = 2;

const RATING_FILLS: ReadonlyArray<readonly [string, string, string]> = [
  ["Green", "#C6EFCE", "#006100"],
  ["Amber", "#FFEB9C", "#9C5700"],
  ["Red", "#FFC7CE", "#9C0006"],
];

/** The sheet's rows, each a list of cell texts from column A. */
export function summaryRows(report: CommitteeReport): { rows: string[][]; headerRow: number; firstRatingRow: number } {
  const rows: string[][] = [];
  const { counts } = report;
  rows.push([report.title]);
  rows.push([[report.committee, report.reportDate].filter((t) => t !== "").join(", ")]);
  rows.push([`Ratings: Red ${counts.Red}, Amber ${counts.Amber}, Green ${counts.Green}, not rated ${counts["Not rated"]}.`]);
  rows.push(["Areas for highlighting"]);
  const headerRow = rows.length;
  rows.push(["Area", "Measure", "Rating", "Figure", "Target", "Last period", "Direction", "Why", "Comment"]);
  const firstRatingRow = rows.length;
  for (const h of report.highlights) {
    rows.push([HIGHLIGHT_HEADINGS[h.reason], h.measure, h.rating || "Not rated", h.figure, h.target, h.lastPeriod, h.direction, h.sentences.join(" "), h.comment]);
  }
  if (report.highlights.length === 0) rows.push(["", "No measure is Red, Amber, worse than last time or worsening."]);
  const { funding, timeline } = report;
  if (funding) {
    rows.push([], [`Funding, at ${funding.asOf}`]);
    rows.push(["", "Stream", "Status", "Allocation", "Spent", "Unspent at risk", "Funder"]);
    for (const s of funding.atRisk) rows.push(["At risk", s.stream, s.status, money(s.allocation), money(s.spent), s.unspent === null ? "not known" : money(s.unspent), s.funder]);
    if (funding.atRisk.length === 0) rows.push(["At risk", "No stream is Red, Amber or overspent."]);
    rows.push(["Clawback risk", `${money(funding.clawbackRisk)} projected unspent in running streams, and what is left in ended ones.${leftOutWords(funding.problems.length)}`]);
    rows.push(["", "Stream", "", "Deadline", "Due", "When"]);
    for (const d of funding.overdue) rows.push(["Overdue", d.stream, "", d.kind, d.due, describeDays(d.days)]);
    for (const d of funding.coming) rows.push([`Next ${funding.comingWithinDays} days`, d.stream, "", d.kind, d.due, describeDays(d.days)]);
    if (funding.overdue.length + funding.coming.length === 0) rows.push(["Deadlines", `None overdue or due in the next ${funding.comingWithinDays} days.`]);
    rows.push(["", "Total", "", "Stated", "Rows add up to", "Difference"]);
    for (const t of funding.totals) rows.push(["Totals", t.label, "", t.stated === null ? "not stated" : money(t.stated), money(t.rows), t.difference === null ? "" : money(t.difference)]);
    for (const p of funding.problems) rows.push(["Not read", p]);
  }
  if (timeline) {
    rows.push([], [`Timeline: ${timeline.slipped.length} stage${timeline.slipped.length === 1 ? "" : "s"} later than planned, ${timeline.onTime} on time`]);
    rows.push(["Programme", "Stage", "Rating", "Baseline", "Forecast", "Slipped", "Since"]);
    for (const s of timeline.slipped) {
      const since = s.sinceRecorded ? `moved ${describeDays(s.sinceRecorded.days, "later")} since the version recorded on ${s.sinceRecorded.recorded}` : "";
      rows.push([s.programme, s.stage, s.rating, s.baseline, s.forecast, describeDays(s.slipDays, "later", s.slipMonths), since]);
    }
    for (const p of timeline.problems) rows.push(["Not read", p]);
  }
  return { rows, headerRow, firstRatingRow };
}

/** The plan that adds the sheet; its undo removes it (see summarySheetUndo). */
export function planSummarySheet(report: CommitteeReport, existingSheets: readonly string[]): Plan {
  const sheet = unusedSheetName(SUMMARY_SHEET, existingSheets);
  const { rows, headerRow, firstRatingRow } = summaryRows(report);
  const changes: CellChange[] = [];
  rows.forEach((cells, row) => cells.forEach((value, column) => value !== "" && changes.push({ kind: "value", sheet, row, column, value })));
  const bottom = Math.max(rows.length - 1, 0);
  const fills: TextFillRule[] = RATING_FILLS.map(([text, fill, fontColor]) => ({ range: { sheet, top: firstRatingRow, bottom, left: RATING_COLUMN, right: RATING_COLUMN }, text, fill, fontColor }));
  const layout: SheetLayout = {
    sheet,
    landscape: true,
    fitToPagesWide: 1,
    printTitleRows: { top: headerRow, bottom: headerRow },
    header: [report.committee, report.reportDate].filter((t) => t !== "").join(", ") || report.title,
    footer: report.title,
    columnWidths: WIDTHS,
    wrapText: true,
  };
  return { createSheets: [sheet], changes, allowed: [{ sheet, top: 0, bottom, left: 0, right: WIDTHS.length - 1 }], fills, layouts: [layout] };
}

/** Undo of the summary sheet: the sheet taken away again. */
export function summarySheetUndo(plan: Plan): Plan {
  return { changes: [], allowed: [], deleteSheets: plan.createSheets ?? [] };
}
