/**
 * A Mac-made workbook (the 1904 date system, <workbookPr date1904="1"/>): the bundled sample saved that way
 * (assets/samples/scorecard-q3-2021-22-date1904.xlsx, made by `npm run samples`) keeps every date 1,462 lower. The
 * package reader moves each date cell to the engine's 1900 serials as it reads and back as it writes, so the
 * timeline, the funding tracker and a recorded baseline come out as from the 1900 sample.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { loadFunding } from "../../app/fundingTracker";
import { loadTimeline } from "../../app/timelineBaselines";
import { DATE_1904_OFFSET, engineSerial, workbookSerial } from "../../engine/dates/dateSystem";
import { serialOf } from "../../engine/dates/serial";
import { BASELINES_SHEET, planRecordBaseline } from "../../engine/timeline/timeline";
import { SAMPLE, openSample } from "../../../test/helpers/sampleWorkbook";
import { XlsxWorkbook } from "./xlsxWorkbook";

const MAC_SAMPLE = path.resolve(__dirname, "../../../assets/samples/scorecard-q3-2021-22-date1904.xlsx");

async function onSheet(file: string, sheet: string): Promise<XlsxWorkbook> {
  const book = await openSample(file);
  book.setActiveSheet(sheet);
  return book;
}

describe("the 1904 date system", () => {
  it("is 1,462 days from the 1900 system (Microsoft, \"Date systems in Excel\": 1 January 1904 is 0 in one, 1462 in the other)", () => {
    // 1 January 1904 in the 1900 system: 1900 has 366 days in Excel's count (its fictitious 29 February), 1901–1903
    // have 365 each: 366 + 3 × 365 = 1461 days before it, so it is serial 1462.
    expect(serialOf(1904, 1, 1)).toBe(1462);
    expect(DATE_1904_OFFSET).toBe(1462);
    expect(engineSerial(0, 1904)).toBe(serialOf(1904, 1, 1));
    expect(workbookSerial(serialOf(2026, 9, 1), 1904)).toBe(46266 - 1462);
    expect(engineSerial(44804, 1900)).toBe(44804);
  });

  it("is read from the workbook part, and the sample's date cells hold 1904 serials", async () => {
    const mac = await openSample(MAC_SAMPLE);
    const windows = await openSample(SAMPLE);
    expect(mac.dateSystem).toBe(1904);
    expect(windows.dateSystem).toBe(1900);
    // The Mac sample's package keeps each date 1,462 lower than the Windows sample's: take the Timeline sheet's
    // first date as read (the same from both) and find it in each package's sheet XML.
    const timeline = await windows.readSheet("Timeline");
    const date = timeline.values.flat().find((value): value is number => typeof value === "number" && value > serialOf(2000, 1, 1));
    expect(date).toBeDefined();
    const sheetXml = (file: string) => new TextDecoder().decode(unzipSync(readFileSync(file))["xl/worksheets/sheet3.xml"]);
    expect(sheetXml(SAMPLE)).toContain(`<v>${date}</v>`);
    expect(sheetXml(MAC_SAMPLE)).toContain(`<v>${date! - 1462}</v>`);
    expect(sheetXml(MAC_SAMPLE)).not.toContain(`<v>${date}</v>`);
  });

  it("reads every date of the timeline and the funding tracker as the 1900 sample's", async () => {
    for (const sheet of ["Timeline", "Funding"]) {
      const mac = await (await openSample(MAC_SAMPLE)).readSheet(sheet);
      const windows = await (await openSample(SAMPLE)).readSheet(sheet);
      expect(mac.values).toEqual(windows.values);
      expect(mac.numberFormats).toEqual(windows.numberFormats);
    }
  });

  it("gives the same timeline and funding analysis as the 1900 sample", async () => {
    const macTimeline = await loadTimeline(await onSheet(MAC_SAMPLE, "Timeline"));
    const windowsTimeline = await loadTimeline(await onSheet(SAMPLE, "Timeline"));
    expect(macTimeline.ok && windowsTimeline.ok).toBe(true);
    if (macTimeline.ok && windowsTimeline.ok) {
      expect(macTimeline.value.analysis).toEqual(windowsTimeline.value.analysis);
      expect(macTimeline.value.reportDate).toEqual(windowsTimeline.value.reportDate);
      // And they are real dates: the first stage's forecast is after 2000.
      const first = macTimeline.value.analysis.milestones.find((m) => m.forecast);
      expect(first?.forecast?.start).toBeGreaterThan(serialOf(2000, 1, 1));
    }
    const macFunding = await loadFunding(await onSheet(MAC_SAMPLE, "Funding"));
    const windowsFunding = await loadFunding(await onSheet(SAMPLE, "Funding"));
    expect(macFunding.ok && windowsFunding.ok && macFunding.value.reportDate).toEqual(windowsFunding.ok && windowsFunding.value.reportDate);
  });

  it("writes a recorded baseline's dates in the workbook's own system, and reads them back as written", async () => {
    const mac = await onSheet(MAC_SAMPLE, "Timeline");
    const loaded = await loadTimeline(mac);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const reportDate = serialOf(2026, 12, 7);
    // The sample's baselines are up to date, so a record is written as the pane writes one when a forecast moved.
    await mac.apply(planRecordBaseline(loaded.value.analysis, loaded.value.versionsSheet, reportDate));
    const baselines = await mac.readSheet(BASELINES_SHEET);
    const lastRow = baselines.values[baselines.values.length - 1];
    // Read through the reader: the engine's serial, 7 December 2026 (46363).
    expect(lastRow[0]).toBe(reportDate);
    // In the package: 46363 − 1462 = 44901, as a Mac Excel keeps 7 December 2026.
    const saved = await XlsxWorkbook.open(mac.save());
    expect(saved.dateSystem).toBe(1904);
    const reread = await saved.readSheet(BASELINES_SHEET);
    expect(reread.values[reread.values.length - 1][0]).toBe(reportDate);
    const baselinesXml = Object.entries(unzipSync(mac.save())).find(([name, bytes]) => name.startsWith("xl/worksheets/sheet") && new TextDecoder().decode(bytes).includes("<v>44901</v>"));
    expect(baselinesXml).toBeDefined();
  });
});
