/** The roll-forward wizards in the scorecard tab, on the sample in the strict Office fake. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FakeExcel } from "../../../test/helpers/fakeExcel";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { OfficeWorkbook } from "../../adapters/office/officeWorkbook";
import type { CellValue } from "../../engine/sheet/workbook";
import { ScorecardView } from "./ScorecardView";

async function sampleExcel(): Promise<FakeExcel> {
  const book = await openSample();
  const sheets: Record<string, CellValue[][]> = {};
  for (const name of await book.sheetNames()) sheets[name] = (await book.readSheet(name)).values.map((row) => [...row]);
  return new FakeExcel(sheets);
}

function renderView(excel: FakeExcel): jest.Mock {
  const changed = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ScorecardView workbook={new OfficeWorkbook(excel.run, false)} onWorkbookChanged={changed} />
    </FluentProvider>,
  );
  return changed;
}

describe("the roll-forward wizards", () => {
  it("start the next financial year: choices, a preview, Apply, then Undo", async () => {
    const excel = await sampleExcel();
    const before = JSON.stringify([...excel.sheets.get("Scorecard")!.cells]);
    const changed = renderView(excel);
    fireEvent.click(await screen.findByRole("button", { name: "Start next financial year" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Keep the comments" }));
    fireEvent.click(screen.getByRole("button", { name: "Preview the new year" }));
    const headers = await screen.findByRole("list", { name: "Headers renamed" });
    expect(within(headers).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "E4: 21-22 Target → 22-23 Target",
      "F4: Year end 2020-2021 → Year end 2021-2022",
      "K4: 21-22 year to date → 22-23 year to date",
    ]);
    // 47 year-to-date figures; 161 quarter figures + 48 year-to-date cells + 55 comments = 264 cleared.
    expect(screen.getByText("47 year-to-date figures become the year-end outturn; 264 cells cleared; targets kept, comments cleared.")).toBeTruthy();
    expect(excel.sheets.has("Scorecard 2022-23")).toBe(false); // nothing written by the preview

    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText('Started 2022/23 on the new sheet "Scorecard 2022-23". "Scorecard" is as it was.')).toBeTruthy();
    expect(excel.cell("Scorecard 2022-23", 7, 5)?.value).toBe(438);
    expect(excel.cell("Scorecard 2022-23", 5, 12)).toBeUndefined(); // the comment cleared
    expect(JSON.stringify([...excel.sheets.get("Scorecard")!.cells])).toBe(before);
    expect(changed).toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Undo roll forward" }));
    expect(await screen.findByText('Undone: the sheet "Scorecard 2022-23" was taken away and the settings restored.')).toBeTruthy();
    expect(excel.sheets.has("Scorecard 2022-23")).toBe(false);
  });

  it("start the next quarter: Q3 2021/22 → Q4 2021/22, then a second time is refused plainly", async () => {
    const excel = await sampleExcel();
    renderView(excel);
    fireEvent.click(await screen.findByRole("button", { name: "Start next quarter" }));
    expect(await screen.findByText("Q3 2021/22 → Q4 2021/22")).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "What changes" })).getByText("The sheet has no ratings yet to keep.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText('"Scorecard" now reports Q4 2021/22.')).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Start next quarter" }));
    expect(await screen.findByText("Nothing was written: Q4 2021/22 is the year's last quarter. Start the next financial year instead: it makes the new year's sheet.")).toBeTruthy();
  });
});

describe("the history card", () => {
  it("shows a measure's periods side by side once an Apply has recorded them", async () => {
    const excel = await sampleExcel();
    renderView(excel);
    fireEvent.click(await screen.findByRole("button", { name: "Refresh scorecards" }));
    fireEvent.click(await screen.findByRole("button", { name: "Apply to the workbook" }, { timeout: 20000 }));
    const table = await screen.findByRole("table", { name: "Quarters side by side" }, { timeout: 20000 });
    // The first measure, 18-64 admissions: Q3's year to date 18 against "<30", low is good → Green.
    expect(within(table).getAllByRole("row").map((row) => row.textContent)).toEqual(["PeriodFigureRating", "Q3 2021/22" + "18" + "Green"]);
    expect(screen.getByText("One period recorded so far.")).toBeTruthy();
  }, 60000);
});
