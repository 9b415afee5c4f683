/**
 * The 1904 date system in Excel (a Mac-made workbook): the Office adapter asks Excel's own DATE(1904, 1, 1) in the
 * first request it makes (0 there, 1462 in a 1900 workbook; Workbook.use1904DateSystem is a preview API only) and
 * moves each date cell to the engine's 1900 serials as it reads, and back as it writes, with no round trip more.
 */
import { FakeExcel } from "../../../test/helpers/fakeExcel";
import { serialOf } from "../../engine/dates/serial";
import { OfficeWorkbook } from "./officeWorkbook";

// 1 September 2026 is 46266 in the 1900 system and 46266 − 1462 = 44804 in the 1904 system.
const FIRST_SEPTEMBER_2026 = serialOf(2026, 9, 1);
const IN_1904 = FIRST_SEPTEMBER_2026 - 1462;

function timelineSheet(date1904: boolean): FakeExcel {
  const excel = new FakeExcel({ Timeline: [["Milestone", "Forecast", "Cost"], ["Contract award", date1904 ? IN_1904 : FIRST_SEPTEMBER_2026, 44804]] });
  excel.date1904 = date1904;
  excel.cell("Timeline", 1, 1)!.format = "dd/mm/yyyy";
  excel.cell("Timeline", 1, 2)!.format = "£#,##0";
  return excel;
}

describe("OfficeWorkbook in the 1904 date system", () => {
  it("reads a 1904 date as the engine's serial, and leaves numbers that are not dates alone", async () => {
    const excel = timelineSheet(true);
    const [sheet] = await new OfficeWorkbook(excel.run, false).readSheets(["Timeline"]);
    expect(sheet.values[1][1]).toBe(FIRST_SEPTEMBER_2026);
    expect(sheet.values[1][2]).toBe(44804); // £44,804 is money, not a date
    // The question travelled with the read: as many syncs as a 1900 workbook's read takes.
    const windows = timelineSheet(false);
    await new OfficeWorkbook(windows.run, false).readSheets(["Timeline"]);
    expect(excel.syncs).toBe(windows.syncs);
  });

  it("reads a 1900 workbook's dates unchanged", async () => {
    const [sheet] = await new OfficeWorkbook(timelineSheet(false).run, false).readSheets(["Timeline"]);
    expect(sheet.values[1][1]).toBe(FIRST_SEPTEMBER_2026);
  });

  it("writes a date in the workbook's own system", async () => {
    for (const date1904 of [true, false]) {
      const excel = timelineSheet(date1904);
      const workbook = new OfficeWorkbook(excel.run, false);
      await workbook.apply({
        changes: [{ kind: "value", sheet: "Timeline", row: 1, column: 3, value: FIRST_SEPTEMBER_2026, numberFormat: "dd/mm/yyyy" }],
        allowed: [{ sheet: "Timeline", top: 1, left: 3, bottom: 1, right: 3 }],
      });
      expect(excel.cell("Timeline", 1, 3)?.value).toBe(date1904 ? IN_1904 : FIRST_SEPTEMBER_2026);
    }
  });
});
