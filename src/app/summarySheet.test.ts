/** The "Committee summary" sheet written through both adapters: laid out to print, and taken away again by Undo. */
import { strFromU8, unzipSync } from "fflate";
import { FakeExcel } from "../../test/helpers/fakeExcel";
import { openSample } from "../../test/helpers/sampleWorkbook";
import { OfficeWorkbook } from "../adapters/office/officeWorkbook";
import { planSummarySheet } from "../engine/report/summarySheet";
import { writePlan } from "./writePlan";
import { addSummarySheet, loadCommitteeReport } from "./committeeReport";

const NOW = new Date("2022-03-28T12:00:00Z");

async function samplePlan() {
  const book = await openSample();
  const loaded = await loadCommitteeReport(book, NOW);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { book, plan: planSummarySheet(loaded.value.report, loaded.value.sheetNames) };
}

describe("the Committee summary sheet in a file", () => {
  it("is a new sheet with the highlights, A4 landscape one page wide, print titles, header and footer, wrapped text", async () => {
    const { book, plan } = await samplePlan();
    const workbookBefore = strFromU8(unzipSync(book.save())["xl/workbook.xml"]);
    const undo = await addSummarySheet(book, plan);
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations", "Committee summary"]);
    const sheet = await book.readSheet("Committee summary");
    expect(sheet.values[0][0]).toBe("Adult Social Care Performance Scorecard – Quarter 3 2021/22");
    expect(sheet.values[1][0]).toBe("Adults and Health Committee, 28 March 2022");
    expect(sheet.values[4]).toEqual(["Area", "Measure", "Rating", "Figure", "Target", "Last period", "Direction", "Why", "Comment"]);
    // The one Red first: 55.5% against 75%, 58.6% the quarter before.
    expect(sheet.values[5].slice(0, 6)).toEqual(["Red", expect.stringMatching(/^Percentage of clients who have received long term support for 12/), "Red", "55.5%", "75%", "58.6% in Quarter 2"]);
    const parts = unzipSync(book.save());
    const workbookXml = strFromU8(parts["xl/workbook.xml"]);
    // The sixth sheet (localSheetId 5) repeats its header row, row 5, on every page.
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="5">'Committee summary'!$5:$5</definedName>`);
    const partName = Object.keys(parts).find((name) => name.startsWith("xl/worksheets/") && strFromU8(parts[name]).includes("Areas for highlighting"));
    const xml = strFromU8(parts[partName!]);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain("<oddHeader>&amp;CAdults and Health Committee, 28 March 2022</oddHeader>");
    // Every written cell wraps: each carries a style whose alignment wraps.
    const styles = strFromU8(parts["xl/styles.xml"]);
    const cellXfs = [...styles.slice(styles.indexOf("<cellXfs")).matchAll(/<xf [\s\S]*?(?:\/>|<\/xf>)/g)].map((m) => m[0]);
    const used = new Set([...xml.matchAll(/<c r="[A-Z]+\d+" s="(\d+)"/g)].map((m) => Number(m[1])));
    expect(used.size).toBeGreaterThan(0);
    for (const style of used) expect(cellXfs[style]).toContain('wrapText="1"');
    expect([...xml.matchAll(/<c r=/g)].length).toBe([...xml.matchAll(/<c r="[A-Z]+\d+" s="\d+"/g)].length);
    // The rating column's fills follow the words.
    expect(xml).toContain('<cfRule type="beginsWith"');

    await writePlan(book, undo);
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations"]);
    // The sheet's entry and print titles go; the request to recalculate on opening stays, as cells were written.
    expect(strFromU8(unzipSync(book.save())["xl/workbook.xml"])).toBe(workbookBefore.replace('<calcPr calcId="171027"/>', '<calcPr fullCalcOnLoad="1" calcId="171027"/>'));
  });

  it("is output, never input: the report read again beside it is the same report", async () => {
    const book = await openSample();
    const first = await loadCommitteeReport(book, NOW);
    if (!first.ok) throw new Error(first.error.message);
    await addSummarySheet(book, planSummarySheet(first.value.report, first.value.sheetNames));
    const again = await loadCommitteeReport(book, NOW);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.report).toEqual(first.value.report);
    expect(again.value.sheetNames).toContain("Committee summary");
  });

  it("says which sheets it looked on when none holds a scorecard, as a refresh does", async () => {
    const excel = new FakeExcel({ Notes: [["Agenda item 7"]] }, 9);
    const loaded = await loadCommitteeReport(new OfficeWorkbook(excel.run, false, true), NOW);
    expect(loaded).toEqual({ ok: false, error: expect.objectContaining({ message: 'No scorecard table was found on "Notes": it needs a header row with a measure column and period, YTD or target columns.' }) });
  });

  it("is refused, writing nothing, when a layout names a sheet the plan does not create", async () => {
    const { book, plan } = await samplePlan();
    const layouts = (plan.layouts ?? []).map((l) => ({ ...l, sheet: "Scorecard" }));
    await expect(writePlan(book, { ...plan, layouts })).rejects.toThrow('the page layout for "Scorecard" is for a sheet this plan does not create');
    expect(book.changed).toBe(false);
  });
});

describe("the Committee summary sheet in Excel (the strict fake)", () => {
  const sheets = { Scorecard: [["Measure"]], Funding: [["Fund"]], Timeline: [["Milestone"]], "Timeline baselines": [["Recorded"]], Populations: [["Age band"]] };

  it("sets the page layout where ExcelApi 1.9 is there, and Undo deletes the sheet", async () => {
    const { plan } = await samplePlan();
    const excel = new FakeExcel(sheets, 9);
    const workbook = new OfficeWorkbook(excel.run, false, true);
    expect(await workbook.pageLayoutSupport()).toEqual({ supported: true });
    const undo = await addSummarySheet(workbook, plan);
    const written = excel.sheets.get("Committee summary")!;
    expect(excel.cell("Committee summary", 5, 3)?.value).toBe("55.5%");
    expect(written.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$5:$5",
      centerHeader: "Adults and Health Committee, 28 March 2022",
      leftFooter: "Adult Social Care Performance Scorecard – Quarter 3 2021/22",
      rightFooter: "Page &P of &N",
    });
    expect(written.wrapped).toEqual([{ top: 0, left: 0, rows: plan.allowed[0].bottom + 1, columns: 9, verticalAlignment: "Top" }]);
    // Column B, the measure, is 44 characters: (44 × 7 + 5) × 0.75 = 234.75 points.
    expect(written.columnWidths.get(1)).toBe(234.75);
    await writePlan(workbook, undo);
    expect(excel.sheets.has("Committee summary")).toBe(false);
  });

  it("where ExcelApi 1.9 is missing, writes the cells and says the page layout could not be set", async () => {
    const { plan } = await samplePlan();
    const excel = new FakeExcel(sheets, 7);
    const workbook = new OfficeWorkbook(excel.run, false, false);
    const support = await workbook.pageLayoutSupport();
    expect(support).toMatchObject({ supported: false, reason: expect.stringContaining("ExcelApi 1.9") });
    await addSummarySheet(workbook, plan);
    expect(excel.cell("Committee summary", 0, 0)?.value).toBe("Adult Social Care Performance Scorecard – Quarter 3 2021/22");
    expect(excel.sheets.get("Committee summary")!.pageLayout).toEqual({});
  });

  it("the fake is as strict as Excel 1.7: setting page layout there throws", async () => {
    const { plan } = await samplePlan();
    const excel = new FakeExcel(sheets, 7);
    // An adapter that wrongly assumed 1.9 fails before anything is written.
    await expect(writePlan(new OfficeWorkbook(excel.run, false, true), plan)).rejects.toThrow();
    expect(excel.sheets.has("Committee summary")).toBe(false);
  });
});
