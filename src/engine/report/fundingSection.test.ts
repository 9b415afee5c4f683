/**
 * The committee paper's funding part says the same figures as the pane, `check` and `report --json`: the clawback
 * risk counts what is left in streams that have ended, a passed passport deadline with money unspent is overdue,
 * and a row with an unreadable amount claims no deadline (its spend is not known, never read as £0).
 */
import { REPORT_DATE, fundingTracker } from "../../../test/helpers/generateTrackers";
import type { CellValue, SheetData } from "../sheet/workbook";
import { analyseFunding, readFundingTable } from "../funding/fundingTable";
import { fundingDeadlines } from "../funding/fundingSummary";
import { fundingSection } from "./fundingSection";

/** 30 June 2022: 28 March 2022 + 3 (to 31 March) + 30 (April) + 31 (May) + 30 (June) = 94 days later. */
const END_OF_JUNE_2022 = REPORT_DATE + 94;

/** The "deadlines" wording without the two Market Sustainability rows, so every stream has ended by 30 June 2022. */
function endedStreams(edit: (rows: CellValue[][]) => CellValue[][] = (rows) => rows) {
  const rows = edit(fundingTracker("deadlines").filter((row) => row[0] !== "Market Sustainability Fund"));
  const sheet: SheetData = { name: "Grants", top: 0, left: 0, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) };
  const table = readFundingTable(sheet);
  if (!table || !table.ok) throw new Error(table ? table.error.message : "no table");
  return analyseFunding(sheet, table.value, END_OF_JUNE_2022);
}

describe("the committee paper's funding part, three months after the streams ended", () => {
  it("counts what is left in each ended stream as clawback risk, as the pane's totals do", () => {
    const streams = endedStreams();
    const section = fundingSection({ sheet: "Grants", asOf: END_OF_JUNE_2022, streams, statedTotals: [] });
    // Left unspent at 31 March 2022: WRRF £1,813,297 − £689,053 = £1,124,244; Care at Home £800,000 − £480,000 =
    // £320,000; Omicron £362,659 − £199,462 = £163,197; ICF nothing (£1,249,911 spent + £33,365 returned).
    // 1,124,244 + 320,000 + 163,197 = £1,607,441. (The paper said £0 before: it summed running streams only.)
    expect(section.clawbackRisk).toBe(1_607_441);
    expect(section.problems).toHaveLength(0);
    // Each ended stream at risk shows the money left in it, the parts of that total (not "not known").
    expect(section.atRisk.map((s) => [s.stream, s.unspent])).toEqual([
      ["Workforce Recruitment and Retention Fund (Round 2)", 1_124_244],
      ["Care at Home Incentive Fund", 320_000],
      ["Adult Social Care Omicron Support Fund", 163_197],
    ]);
  });

  it("lists as overdue each deadline passed with money unspent, passport deadlines too, earliest first", () => {
    const streams = endedStreams();
    const section = fundingSection({ sheet: "Grants", asOf: END_OF_JUNE_2022, streams, statedTotals: [] });
    const typed = section.overdue.filter((d) => d.stream.startsWith("Workforce") || d.stream.startsWith("Care at Home"));
    // As typed: Care at Home passport 21/12/2021 (191 days before 30 June 2022: 10 + 31 + 28 + 31 + 30 + 31 + 30),
    // WRRF passport 30/12/2021 (182 days), both spend deadlines 31/03/2022 (91 days).
    expect(typed).toEqual([
      { stream: "Care at Home Incentive Fund", kind: "Passport to providers", due: "21 December 2021", days: -191 },
      { stream: "Workforce Recruitment and Retention Fund (Round 2)", kind: "Passport to providers", due: "30 December 2021", days: -182 },
      { stream: "Workforce Recruitment and Retention Fund (Round 2)", kind: "Spend", due: "31 March 2022", days: -91 },
      { stream: "Care at Home Incentive Fund", kind: "Spend", due: "31 March 2022", days: -91 },
    ]);
    expect(section.coming).toEqual([]);
  });

  it("claims no deadline from a row whose spend cannot be read, and lists the row as a check", () => {
    const spentColumn = 9; // "Amount spent"
    const streams = endedStreams((rows) => rows.map((row) => (row[0] === "Workforce Recruitment and Retention Fund" ? row.map((cell, c) => (c === spentColumn ? "TBC" : cell)) : row)));
    const section = fundingSection({ sheet: "Grants", asOf: END_OF_JUNE_2022, streams, statedTotals: [] });
    expect(section.overdue.some((d) => d.stream.startsWith("Workforce"))).toBe(false);
    expect(fundingDeadlines(streams, END_OF_JUNE_2022, 90).some((d) => d.fund.startsWith("Workforce"))).toBe(false);
    expect(section.problems).toEqual([expect.stringMatching(/^Workforce Recruitment and Retention Fund \(Round 2\): J\d+: the amount spent "TBC" is not an amount\.$/)]);
    // Without WRRF's £1,124,244: 320,000 + 163,197 = £483,197, leaving out one row.
    expect(section.clawbackRisk).toBe(483_197);
    expect(section.problems).toHaveLength(1);
  });

  it("still lists the deadlines written in a row whose only unreadable cell is its date received", () => {
    const receivedColumn = 6; // "Date received"
    const streams = endedStreams((rows) => rows.map((row) => (row[0] === "Workforce Recruitment and Retention Fund" ? row.map((cell, c) => (c === receivedColumn ? "TBC" : cell)) : row)));
    const section = fundingSection({ sheet: "Grants", asOf: END_OF_JUNE_2022, streams, statedTotals: [] });
    // Its amounts are read, so its money unspent (£1,124,244) is known, and its deadlines are typed in the tracker.
    expect(section.overdue.filter((d) => d.stream.startsWith("Workforce")).map((d) => [d.kind, d.due])).toEqual([
      ["Passport to providers", "30 December 2021"],
      ["Spend", "31 March 2022"],
    ]);
    expect(fundingDeadlines(streams, END_OF_JUNE_2022, 30).filter((d) => d.fund.startsWith("Workforce")).map((d) => d.unspent)).toEqual([1_124_244, 1_124_244]);
    expect(section.problems).toEqual([expect.stringMatching(/^Workforce Recruitment and Retention Fund \(Round 2\): G\d+: /)]);
  });
});
