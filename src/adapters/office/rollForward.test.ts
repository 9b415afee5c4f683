/** Rolling forward through the Office adapter against the strict fake: worksheet.copy, the old sheet cell for cell. */
import { FakeExcel, FakeOfficeError } from "../../../test/helpers/fakeExcel";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { applyNextYear, planNextYear, undoRoll } from "../../app/rollForward";
import { refreshWorkbook } from "../../app/refreshWorkbook";
import type { CellValue } from "../../engine/sheet/workbook";
import { OfficeWorkbook } from "./officeWorkbook";

const NEW = "Scorecard 2022-23";

/** The sample's sheets as the fake holds them (values; the fake keeps no number formats). */
async function sampleExcel(): Promise<FakeExcel> {
  const book = await openSample();
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of await book.sheetNames()) sheets[name] = (await book.readSheet(name)).values.map((row) => [...row]);
  return new FakeExcel(sheets);
}

const cellsOf = (excel: FakeExcel, sheet: string) => JSON.stringify([...excel.sheets.get(sheet)!.cells.entries()].sort((a, b) => a[0] - b[0]));

describe("Start next financial year in Excel (strict fake)", () => {
  it("copies the sheet with worksheet.copy, renames it, writes only the copy, and leaves the old sheet cell for cell", async () => {
    const excel = await sampleExcel();
    const workbook = new OfficeWorkbook(excel.run, false);
    const before = cellsOf(excel, "Scorecard");
    const planned = await planNextYear(workbook, { keepTargets: false, keepComments: true });
    if (!planned.ok) throw new Error(planned.error.message);
    await applyNextYear(workbook, planned.value);
    expect(cellsOf(excel, "Scorecard")).toBe(before);
    expect([...excel.sheets.keys()]).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations", NEW, "ScorecardSettings"]);
    const at = (row: number, column: number) => excel.cell(NEW, row, column)?.value ?? null;
    // Headers (row 4): E "22-23 Target", F "Year end 2021-2022", K "22-23 year to date".
    expect([at(3, 4), at(3, 5), at(3, 10)]).toEqual(["22-23 Target", "Year end 2021-2022", "22-23 year to date"]);
    // 65+ admissions (row 8): outturn 438 from the year to date; the quarters, the year to date and "<530" cleared.
    expect([at(7, 5), at(7, 6), at(7, 7), at(7, 8), at(7, 10), at(7, 4)]).toEqual([438, null, null, null, null, null]);
    expect(at(7, 12)).toBe("Potential year-end above desired level; driven by domiciliary care shortages, national issue; recruitment campaign; COVID vaccination requirement hampering recruitment.");

    // A refresh of the new year afterwards rates the copy: Q1's 150 against the target typed in, "<530".
    excel.sheets.get(NEW)!.cells.set(7 * 16384 + 4, { value: "<530", formula: null, format: "General" });
    excel.sheets.get(NEW)!.cells.set(7 * 16384 + 10, { value: 150, formula: null, format: "General" });
    const refreshed = await refreshWorkbook(workbook, { scope: "active" });
    expect(refreshed.ok).toBe(true);
    expect(at(7, 11)).toBe("Green");

    await undoRoll(workbook, planned.value.undo);
    expect(excel.sheets.has(NEW)).toBe(false);
  });

  it("refuses a name already taken before copying anything", async () => {
    const excel = await sampleExcel();
    const workbook = new OfficeWorkbook(excel.run, false);
    await expect(workbook.copySheet("Scorecard", "funding")).rejects.toThrow('Nothing was written: a sheet called "funding" already exists.');
    expect(excel.sheets.size).toBe(5);
  });

  it("polices the copy as Office does: its name is Excel's choice, unreadable until loaded and synced", async () => {
    const excel = await sampleExcel();
    await excel.run(async (context) => {
      const copy = (context as Excel.RequestContext).workbook.worksheets.getItem("Scorecard").copy("End");
      expect(() => copy.name).toThrow(FakeOfficeError);
      copy.load("name");
      await (context as Excel.RequestContext).sync();
      expect(copy.name).toBe("Scorecard (2)");
    });
    expect(excel.cell("Scorecard (2)", 7, 10)?.value).toBe(438);
  });
});
