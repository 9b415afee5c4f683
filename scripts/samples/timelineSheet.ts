/**
 * The Timeline sheet: the care at home recommission as planned in March 2022 (the baseline) and as re-planned in
 * June 2025 (the forecast), stage by stage, with date text exactly as the two reports printed it; and a visible
 * "Timeline baselines" sheet holding both recorded versions, as the pane's "Record baseline" writes it.
 */
import type ExcelJS from "exceljs";
import { serialOf } from "../../src/engine/dates/serial";
import { slippage, slipRating } from "../../src/engine/timeline/slippage";
import { parseUkDate } from "../../src/engine/dates/ukDate";
import { DATE_FORMAT, dateOf } from "./excelDates";

interface Milestone {
  name: string;
  date_text: string;
}
export interface TimelinesFixture {
  timelines: { project: string; report_date: string; milestones: Milestone[] }[];
}

export const TIMELINE_REPORT_DATE = serialOf(2025, 6, 23);
export const TIMELINE_HEADERS = ["Programme", "Milestone", "Baseline", "Forecast", "Actual", "Status", "Slippage (days)", "Slippage (months)", "Slippage RAG"];
const PROGRAMME = "Care at Home recommission";

/** The 2022 plan's stage, and the 2025 plan's stage that does the same job. */
const STAGES: readonly [string, string | null, string][] = [
  ["Market engagement", "Market and public engagement", "Engagement with the Market, Residents and Carers"],
  ["Tender documents finalised", "Procurement and contract documents finalised", "Document Write Ups and Relevant Analysis incl. establishment of ECH & CAH Oversight Group"],
  ["Tender live", "Contract notice issued on the Chest", "Tender Go Live (8-week bid window)"],
  ["Evaluation of bids", "Evaluation of tenders", "Evaluation on bids received"],
  ["Governance to award", null, "Governance to Award"],
  ["Award", "Award sign off and intention to award letters issued", "Award and Standstill"],
  ["Mobilisation", "Mobilisation", "Mobilisation"],
  ["Contract start", "Contract start date", "Contract start"],
];

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

export function timelineSheets(workbook: ExcelJS.Workbook, fixture: TimelinesFixture): void {
  const planned = fixture.timelines.find((t) => t.report_date === "2022-03-28" && t.project.startsWith("Care at Home (adults"));
  const replanned = fixture.timelines.find((t) => t.report_date === "2025-06-23");
  if (!planned || !replanned) throw new Error("The timelines fixture is missing the care at home timetables.");
  const text = (list: Milestone[], name: string | null) => (name ? list.find((m) => m.name === name)?.date_text ?? null : null);

  const sheet = workbook.addWorksheet("Timeline", { views: [{ state: "frozen", ySplit: 4 }] });
  sheet.columns = TIMELINE_HEADERS.map((_, i) => ({ width: i === 1 ? 28 : i === 2 || i === 3 ? 44 : 16 }));
  sheet.getCell("A1").value = "Care at Home recommission – timetable as planned (March 2022) and re-planned (June 2025)";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "Report date";
  sheet.getCell("B2").value = dateOf(TIMELINE_REPORT_DATE);
  sheet.getCell("B2").numFmt = DATE_FORMAT;
  const header = sheet.getRow(4);
  TIMELINE_HEADERS.forEach((name, i) => {
    header.getCell(i + 1).value = name;
    header.getCell(i + 1).font = { bold: true };
  });
  STAGES.forEach(([stage, before, after], i) => {
    const row = 5 + i;
    const r = sheet.getRow(row);
    const baseline = text(planned.milestones, before);
    const forecast = text(replanned.milestones, after);
    r.getCell(1).value = PROGRAMME;
    r.getCell(2).value = stage;
    r.getCell(3).value = baseline ?? "Not in the 2022 plan";
    r.getCell(4).value = forecast;
    r.getCell(6).value = "Planned";
    if (baseline && forecast) {
      r.getCell(7).value = { formula: `SCORECARD.SLIPPAGE(C${row},D${row})`, result: value(slippage(baseline, forecast, null, null)) };
      r.getCell(8).value = { formula: `SCORECARD.SLIPPAGE(C${row},D${row},"months")`, result: value(slippage(baseline, forecast, "months", null)) };
      r.getCell(9).value = { formula: `SCORECARD.SLIPRAG(C${row},D${row},,,F${row}="Complete")`, result: value(slipRating(baseline, forecast, null, null, false)) };
    }
  });

  const versions = workbook.addWorksheet("Timeline baselines");
  versions.columns = [{ width: 12 }, { width: 26 }, { width: 28 }, { width: 12 }, { width: 12 }, { width: 60 }];
  ["Recorded", "Programme", "Milestone", "Start", "End", "Date as written"].forEach((name, i) => {
    versions.getRow(1).getCell(i + 1).value = name;
    versions.getRow(1).getCell(i + 1).font = { bold: true };
  });
  let row = 2;
  for (const [recorded, list, pick] of [
    [serialOf(2022, 3, 28), planned.milestones, (s: (typeof STAGES)[number]) => s[1]],
    [TIMELINE_REPORT_DATE, replanned.milestones, (s: (typeof STAGES)[number]) => s[2]],
  ] as const) {
    for (const stage of STAGES) {
      const written = text([...list], pick(stage));
      if (!written) continue;
      const span = value(parseUkDate(written));
      const r = versions.getRow(row++);
      r.getCell(1).value = dateOf(recorded);
      r.getCell(2).value = PROGRAMME;
      r.getCell(3).value = stage[0];
      r.getCell(4).value = dateOf(span.start);
      r.getCell(5).value = dateOf(span.end);
      r.getCell(6).value = written;
      [1, 4, 5].forEach((c) => (r.getCell(c).numFmt = DATE_FORMAT));
    }
  }
}
