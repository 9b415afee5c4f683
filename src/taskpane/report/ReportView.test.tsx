/** The Report tab on the sample, through the Office adapter over the strict fake: download, and the summary sheet. */
import { TextEncoder } from "node:util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { FakeExcel } from "../../../test/helpers/fakeExcel";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { OfficeWorkbook } from "../../adapters/office/officeWorkbook";
import { DESKTOP_NO_DOWNLOAD } from "../../adapters/office/downloads";
import type { CellValue, HostSupport } from "../../engine/sheet/workbook";
import { ReportView } from "./ReportView";

// jsdom has no TextEncoder; the Word writer encodes its XML with the browser's own, which node provides too.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder });

/** The sample's sheets in the fake, each cell with its number format (55.5% is 0.555 shown "0.0%"). */
async function sampleInFakeExcel(excelApi = 9): Promise<FakeExcel> {
  const book = await openSample();
  const names = await book.sheetNames();
  const sheets = await book.readSheets(names);
  const excel = new FakeExcel(Object.fromEntries(sheets.map((s) => [s.name, s.values.map((row) => [...row]) as CellValue[][]])), excelApi);
  for (const sheet of sheets) {
    sheet.numberFormats.forEach((row, r) => row.forEach((format, c) => {
      const cell = excel.cell(sheet.name, r, c);
      if (cell && format) cell.format = format;
    }));
  }
  excel.active = "Scorecard";
  return excel;
}

function renderView(excel: FakeExcel, downloads: HostSupport, pageLayout = true) {
  const save = jest.fn();
  const changed = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportView workbook={new OfficeWorkbook(excel.run, false, pageLayout)} downloads={downloads} onWorkbookChanged={changed} save={save} />
    </FluentProvider>,
  );
  return { save, changed };
}

describe("the Report tab on the sample, in Excel (the strict fake)", () => {
  it("reads the report, downloads the Word paper, and adds then removes the Committee summary sheet", async () => {
    const excel = await sampleInFakeExcel();
    const { save, changed } = renderView(excel, { supported: true });
    fireEvent.click(screen.getByRole("button", { name: "Read the report from this workbook" }));
    const list = await screen.findByRole("list", { name: "Areas for highlighting" });
    const items = within(list).getAllByRole("listitem").map((li) => li.textContent);
    // The one Red first, worded as a paper words it: 75% − 55.5% = 19.5 points.
    expect(items[0]).toMatch(/^Red: Percentage of clients who have received long term support for 12 months.* — Red: 55\.5% is 19\.5 percentage points below the target of 75%/);
    expect(items[1]).toMatch(/^Amber: Proportion of adults with a learning disability/);
    expect(items).toHaveLength(8);
    expect(screen.getByText(/Adults and Health Committee, 28 March 2022/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Download committee report" }));
    await screen.findByText(/^Saved "Adult Social Care Performance Scorecard – Quarter 3 2021-22.docx"/, undefined, { timeout: 15_000 });
    expect(save).toHaveBeenCalledTimes(1);
    const [bytes, name] = save.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe("Adult Social Care Performance Scorecard – Quarter 3 2021-22.docx");
    const document = strFromU8(unzipSync(bytes)["word/document.xml"]);
    expect(document).toContain("Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%).");

    fireEvent.click(screen.getByRole("button", { name: "Preview Committee summary sheet" }));
    const preview = await screen.findByLabelText("Sheet preview");
    expect(preview.textContent).toContain('Adds the sheet "Committee summary"');
    // Nothing is written until Apply.
    expect(excel.sheets.has("Committee summary")).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/^Added "Committee summary"/);
    const sheet = excel.sheets.get("Committee summary")!;
    expect(excel.cell("Committee summary", 5, 2)?.value).toBe("Red");
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 }, printTitleRows: "$5:$5", centerHeader: "Adults and Health Committee, 28 March 2022" });
    expect(changed).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole("button", { name: "Undo: remove the Committee summary sheet" }));
    await screen.findByText('Removed "Committee summary".');
    expect(excel.sheets.has("Committee summary")).toBe(false);
  }, 30_000);

  it("in Excel desktop offers the sheet instead of a download, and says when page layout cannot be set", async () => {
    const excel = await sampleInFakeExcel(7);
    const { save } = renderView(excel, { supported: false, reason: DESKTOP_NO_DOWNLOAD }, false);
    fireEvent.click(screen.getByRole("button", { name: "Read the report from this workbook" }));
    await screen.findByRole("list", { name: "Areas for highlighting" });
    expect((screen.getByRole("button", { name: "Download committee report" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(DESKTOP_NO_DOWNLOAD)).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Preview Committee summary sheet" }));
    expect(await screen.findByText(/needs ExcelApi 1\.9/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    await screen.findByText(/^Added "Committee summary"/);
    expect(excel.cell("Committee summary", 0, 0)?.value).toBe("Adult Social Care Performance Scorecard – Quarter 3 2021/22");
  }, 30_000);
});
