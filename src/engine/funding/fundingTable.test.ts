/** The funding tracker read from a sheet: streams, totals and deadlines. */
import { cellAt, openSample } from "../../../test/helpers/sampleWorkbook";
import { analyseFunding, deadlinesWithin, detectFundingTable, planNewFundingSheet } from "./fundingTable";
import { serialOf } from "../dates/serial";

const REPORT = serialOf(2022, 3, 28);

describe("the Funding sheet in the sample workbook (illustrative spend)", () => {
  it("finds the tracker by its headers, with one row per funded round", async () => {
    const sheet = await (await openSample()).readSheet("Funding");
    const table = detectFundingTable(sheet);
    expect(table).toMatchObject({ headerRow: 4, columns: { fund: 0, funder: 1, round: 2, start: 3, end: 4, allocation: 5, received: 6, receivedAmount: 7, passportBy: 8, passported: 9, spendBy: 10, spent: 11, returned: 12, remaining: 13, expected: 14, status: 15 } });
    expect(table!.rows).toHaveLength(12);
  });

  it("works out each stream's status against its straight-line profile, as worked by hand", async () => {
    const sheet = await (await openSample()).readSheet("Funding");
    const streams = analyseFunding(sheet, detectFundingTable(sheet)!, REPORT);
    const stream = (fund: string, round: string) => streams.find((s) => s.fund === fund && s.round === round)!;
    // The published allocations add up to the report's total.
    expect(streams.reduce((sum, s) => sum + s.allocation, 0)).toBe(22_936_177);
    // Care at Home Incentive Fund: £800,000 for 1 Dec 2021 – 31 Mar 2022 (120 days); 117 days gone on 28 Mar.
    // Expected £800,000 × 117/120 = £780,000; £480,000 spent is £300,000 (37.5%) behind: Red. At that rate
    // £480,000 × 120/117 = £492,307.69 is spent by the end, leaving £307,692.31.
    const careAtHome = stream("Care at Home Incentive Fund", "Single allocation");
    expect(careAtHome.status).toBe("Red");
    expect(careAtHome.expected).toBeCloseTo(780_000, 2);
    expect(careAtHome.underspend).toBeCloseTo(307_692.31, 2);
    // WRRF Round 2: £1,813,297 for 10 Dec 2021 – 31 Mar 2022 (111 days); 108 gone. Expected £1,764,288.97;
    // £689,053 spent; at that rate £708,193.36 by the end, so £1,105,103.64 unspent.
    const round2 = stream("Workforce Recruitment and Retention Fund", "Round 2");
    expect(round2).toMatchObject({ status: "Red", allocation: 1_813_297 });
    expect(round2.expected).toBeCloseTo(1_764_288.97, 2);
    expect(round2.underspend).toBeCloseTo(1_105_103.64, 2);
    // ICF Round 5 ended 30 Sep 2021 with £1,249,911 spent and £33,365 returned: all £1,283,276 accounted for,
    // the stream closed, so nothing is projected and nothing is at risk.
    expect(stream("Infection Control Fund", "Round 5")).toMatchObject({ status: "Complete", underspend: null, clawbackRisk: 0 });
    // The Market Sustainability Fund starts 1 Apr 2022, after the report date: nothing expected yet.
    expect(stream("Market Sustainability Fund", "2022/23 (year 1)")).toMatchObject({ status: "Not started", expected: 0 });
  });

  it("lists the deadlines due within N days of the report date, soonest first", async () => {
    const sheet = await (await openSample()).readSheet("Funding");
    const streams = analyseFunding(sheet, detectFundingTable(sheet)!, serialOf(2022, 1, 1));
    const due = deadlinesWithin(streams, serialOf(2022, 1, 1), 45);
    // Round 6 was received 1 October 2021: spend by 1 January. Round 1 (21 October): 21 January. Omicron
    // (1 January): passport by 21 January. Later deadlines fall outside the 45 days.
    expect(due.map((d) => [d.fund, d.kind, d.due])).toEqual([
      ["Infection Control Fund (Round 6)", "Spend", serialOf(2022, 1, 1)],
      ["Workforce Recruitment and Retention Fund (Round 1)", "Spend", serialOf(2022, 1, 21)],
      ["Adult Social Care Omicron Support Fund", "Passport to providers", serialOf(2022, 1, 21)],
    ]);
  });

  it("plans a new tracker sheet with live formulas and a totals row, on a sheet of its own", async () => {
    const book = await openSample();
    const plan = planNewFundingSheet(await book.sheetNames(), 3);
    expect(plan.createSheets).toEqual(["Funding streams"]);
    await book.apply(plan);
    expect((await cellAt(book, "'Funding streams'!A3")).value).toBe("Fund");
    expect((await cellAt(book, "'Funding streams'!P4")).formula).toBe('=IF(F4="","",SCORECARD.FUNDSTATUS(F4,L4+M4,D4,E4,$B$1))');
    expect((await cellAt(book, "'Funding streams'!F7")).formula).toBe("=SUM(F4:F6)");
    expect(planNewFundingSheet([...(await book.sheetNames())]).createSheets).toEqual(["Funding streams 2"]);
  });
});
