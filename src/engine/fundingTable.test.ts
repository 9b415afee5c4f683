import { cellAt, openSample } from "../../test/helpers/sampleWorkbook";
import { analyseFunding, deadlinesWithin, detectFundingTable, planNewFundingSheet } from "./fundingTable";
import { serialOf } from "./serial";

const REPORT = serialOf(2022, 3, 28);

describe("the Funding sheet in the sample workbook (illustrative spend)", () => {
  it("finds the tracker by its headers, with one row per funded round", async () => {
    const sheet = await (await openSample()).readSheet("Funding");
    const table = detectFundingTable(sheet);
    expect(table).toMatchObject({ headerRow: 4, columns: { fund: 0, funder: 1, round: 2, start: 3, end: 4, allocation: 5, received: 6, receivedAmount: 7, passportBy: 8, spent: 11, returned: 12, status: 15 } });
    expect(table!.rows).toHaveLength(12);
  });

  it("works out each stream's status against its profile, as the sheet's formulas do", async () => {
    const sheet = await (await openSample()).readSheet("Funding");
    const table = detectFundingTable(sheet)!;
    const streams = analyseFunding(sheet, table, REPORT);
    const statusColumn = table.columns.status! - sheet.left;
    for (const stream of streams) expect(stream.status).toBe(sheet.values[stream.row - sheet.top][statusColumn]);
    expect(streams.reduce((sum, s) => sum + s.allocation, 0)).toBe(22_936_177);
    const round2 = streams.find((s) => s.fund === "Workforce Recruitment and Retention Fund" && s.round === "Round 2")!;
    expect(round2).toMatchObject({ status: "Red", allocation: 1_813_297 });
    expect(round2.underspend).toBeGreaterThan(0);
  });

  it("lists the deadlines due within N days of the report date, soonest first", async () => {
    const sheet = await (await openSample()).readSheet("Funding");
    const streams = analyseFunding(sheet, detectFundingTable(sheet)!, serialOf(2022, 1, 1));
    const due = deadlinesWithin(streams, serialOf(2022, 1, 1), 45);
    // Round 6 was received 1 October 2021: spend by 1 January. Round 1 (21 October): 21 January. Omicron
    // (1 January): passport by 21 January. Later deadlines fall outside the 45 days.
    expect(due.map((d) => [d.fund, d.kind, d.due])).toEqual([
      ["Infection Control Fund Round 6", "Spend", serialOf(2022, 1, 1)],
      ["Workforce Recruitment and Retention Fund Round 1", "Spend", serialOf(2022, 1, 21)],
      ["Adult Social Care Omicron Support Fund Single allocation", "Passport to providers", serialOf(2022, 1, 21)],
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
