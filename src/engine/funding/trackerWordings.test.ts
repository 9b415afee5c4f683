/**
 * Funding trackers in three councils' wordings (test/helpers/generateTrackers.ts), each figure worked by hand.
 * Every case here failed before issue 27: spend under "Expenditure to date" or "Amount spent" read as £0, the
 * "Passport deadline" taken for the spend deadline, the estimated allocation's row dropped, the appendix's layout
 * refused, no overdue deadline listed, a projection claimed for a stream not started or already closed.
 */
import { REPORT_DATE, fundingTracker, type FundingWording } from "../../../test/helpers/generateTrackers";
import type { SheetData } from "../sheet/workbook";
import { serialOf } from "../dates/serial";
import { analyseFunding, readFundingTable } from "./fundingTable";
import { fundingDeadlines, fundingTotals } from "./fundingSummary";

const sheetOf = (rows: SheetData["values"], name = "Funding"): SheetData => ({ name, top: 0, left: 0, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) });

function read(wording: FundingWording) {
  const sheet = sheetOf(fundingTracker(wording));
  const table = readFundingTable(sheet);
  if (!table || !table.ok) throw new Error(table ? table.error.message : "no table");
  return { table: table.value, streams: analyseFunding(sheet, table.value, REPORT_DATE) };
}

const WORDINGS: FundingWording[] = ["appendix", "deadlines", "rules"];

describe.each(WORDINGS)("a funding tracker in the %s wording, on 28 March 2022", (wording) => {
  it("maps spend, allocation, fund and period by meaning, each with its confidence", () => {
    const { table } = read(wording);
    const spent = { appendix: "Expenditure to date", deadlines: "Amount spent", rules: "Spend to date" }[wording];
    expect(table.mapping.spent).toMatchObject({ header: spent, confidence: 1 });
    expect(table.mapping.fund?.header).toBe({ appendix: "Name of fund", deadlines: "Grant", rules: "Scheme" }[wording]);
    // The estimated allocation is one cell of six that is not an amount: 5/6 = 0.83.
    expect(table.mapping.allocation?.confidence).toBe(0.83);
    if (wording === "appendix") expect(table.mapping.period).toMatchObject({ header: "Funding period", confidence: 1 });
    expect(table.rows).toHaveLength(6); // every stream row, the estimate's too; not the totals row or the note
  });

  it("works out each stream's status, expected spend and projected unspent", () => {
    const { streams } = read(wording);
    const [icf5, wrrf2, careAtHome, msf1, omicron] = streams;
    // ICF Round 5: £1,249,911 spent + £33,365 returned = £1,283,276, all of it: Complete, and closed, so no
    // projection (it was £33,365 "projected unspent" before: the money already returned).
    expect(icf5).toMatchObject({ status: "Complete", underspend: null, clawbackRisk: 0 });
    // WRRF Round 2: £1,813,297 over 10 Dec – 31 Mar (111 days), 108 gone: expected £1,813,297 × 108/111 =
    // £1,764,288.97. £689,053 spent is behind by more than 10%: Red. At that rate £689,053 × 111/108 = £708,193.36
    // is spent by the end: £1,105,103.64 unspent.
    expect(wrrf2.status).toBe("Red");
    expect(wrrf2.expected).toBeCloseTo(1_764_288.97, 2);
    expect(wrrf2.underspend).toBeCloseTo(1_105_103.64, 2);
    // Care at Home: £800,000 over 1 Dec – 31 Mar (120 days), 117 gone: expected £780,000; £480,000 × 120/117 =
    // £492,307.69 by the end, £307,692.31 unspent.
    expect(careAtHome.status).toBe("Red");
    expect(careAtHome.expected).toBeCloseTo(780_000, 2);
    expect(careAtHome.underspend).toBeCloseTo(307_692.31, 2);
    // Market Sustainability 2022/23 starts 1 April 2022: not started, no rate, no projection (it claimed £979,000).
    expect(msf1).toMatchObject({ status: "Not started", expected: 0, underspend: null, clawbackRisk: null });
    // Omicron: £362,659 over 1 Jan – 31 Mar (89 days), 86 gone: expected £362,659 × 86/89 = £350,434.54;
    // £199,462 × 89/86 = £206,419.98 by the end, £156,239.02 unspent.
    expect(omicron.status).toBe("Red");
    expect(omicron.expected).toBeCloseTo(350_434.54, 2);
    expect(omicron.underspend).toBeCloseTo(156_239.02, 2);
  });

  it("lists the estimated allocation's row with a check naming its cell, and leaves it out of the totals", () => {
    const { streams, table } = read(wording);
    const estimate = streams[5];
    const column = table.columns.allocation ?? -1;
    const cell = `${String.fromCharCode(65 + column)}10`; // the sixth stream, on row 10
    expect(estimate.problemCell).toBe(cell);
    expect(estimate.problem).toBe(`${cell}: the allocation "Estimated £3.6 million" is not an amount.`);
    expect(estimate.status).toBeNull();
    const totals = fundingTotals(streams);
    // £1,283,276 + £1,813,297 + £800,000 + £979,000 + £362,659 = £5,238,232 from five rows; one left out.
    expect(totals).toMatchObject({ allocation: 5_238_232, counted: 5, leftOut: 1 });
    // Clawback risk: £0 (ICF, closed) + £1,105,103.64 + £307,692.31 + £156,239.02 (MSF not started: none yet)
    // = £1,569,034.97.
    expect(totals.clawbackRisk).toBeCloseTo(1_569_034.97, 2);
  });
});

describe("deadlines, overdue first with the money unspent", () => {
  const shown = (wording: FundingWording) => fundingDeadlines(read(wording).streams, REPORT_DATE, 30).map((d) => [d.fund.split(" ")[0], d.kind, d.due, d.overdue, Math.round(d.unspent), d.rule]);

  it("reads a passport deadline beside a spend deadline as two deadlines, and lists the passed ones first", () => {
    // Unspent: WRRF £1,813,297 − £689,053 = £1,124,244; Care at Home £800,000 − £480,000 = £320,000;
    // Omicron £362,659 − £199,462 = £163,197. Omicron's deadlines are not written: 20 days and 3 months after
    // 1 January 2022 are 21 January and 1 April.
    expect(shown("deadlines")).toEqual([
      ["Care", "Passport to providers", serialOf(2021, 12, 21), true, 320_000, "as written"],
      ["Workforce", "Passport to providers", serialOf(2021, 12, 30), true, 1_124_244, "as written"],
      ["Adult", "Passport to providers", serialOf(2022, 1, 21), true, 163_197, "20 calendar days after receipt (default)"],
      ["Workforce", "Spend", serialOf(2022, 3, 31), false, 1_124_244, "as written"],
      ["Care", "Spend", serialOf(2022, 3, 31), false, 320_000, "as written"],
      ["Adult", "Spend", serialOf(2022, 4, 1), false, 163_197, "3 months after receipt (default)"],
    ]);
  });

  it("takes each row's own rule where the tracker states one, the defaults otherwise", () => {
    // Omicron: 10 working days from Saturday 1 January 2022 is Friday 14 January. Care at Home: 4 months from
    // 1 December 2021 is 1 April 2022. WRRF: the defaults, 30 December and 10 March, both passed: the spend-by date
    // passed with £1,124,244 unspent.
    expect(shown("rules")).toEqual([
      ["Care", "Passport to providers", serialOf(2021, 12, 21), true, 320_000, "20 calendar days after receipt (default)"],
      ["Workforce", "Passport to providers", serialOf(2021, 12, 30), true, 1_124_244, "20 calendar days after receipt (default)"],
      // Received Saturday 1 January 2022; Monday 3 January is New Year's Day's substitute bank holiday, so the ten
      // working days are 4–7, 10–14 and 17 January.
      ["Adult", "Passport to providers", serialOf(2022, 1, 17), true, 163_197, "10 working days after receipt (this row's rule)"],
      ["Workforce", "Spend", serialOf(2022, 3, 10), true, 1_124_244, "3 months after receipt (default)"],
      ["Care", "Spend", serialOf(2022, 4, 1), false, 320_000, "4 months after receipt (this row's rule)"],
      ["Adult", "Spend", serialOf(2022, 4, 1), false, 163_197, "3 months after receipt (default)"],
    ]);
  });
});

describe("a tracker without a column it needs", () => {
  it("stops with the column's name, never reading the spend as 0", () => {
    const rows = fundingTracker("appendix").map((row, r) => (r === 3 ? row.map((h) => (h === "Expenditure to date" ? "Notes" : h)) : row));
    expect(readFundingTable(sheetOf(rows))).toMatchObject({ ok: false, error: { message: expect.stringContaining('has no "amount spent" column') } });
  });
});
