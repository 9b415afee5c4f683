/** The pane as a whole: tabs, the first screen, and the workbook it is given. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { cellAt, changedCells, openSample, snapshotCells, typeInto } from "../../test/helpers/sampleWorkbook";
import { scorecardRows } from "../../test/helpers/generateScorecard";
import { generateWorkbook } from "../../test/helpers/xlsxGenerator";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { NOT_SET_UP } from "../app/refreshWorkbook";
import { publishRibbonRefresh } from "../app/ribbonStatus";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { SheetGrid } from "../preview/SheetGrid";
import { App } from "./App";
import { parseFunctionMetadata } from "./functionList";

const metadata = parseFunctionMetadata({
  functions: [
    {
      id: "RATE",
      name: "RATE",
      description: "A rate per head of population.",
      parameters: [{ name: "count" }, { name: "population" }, { name: "per", optional: true }, { name: "decimals", optional: true }],
    },
  ],
});
const loadFunctions = async () => metadata;
const inFluent = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("the scorecard wizard on the sample workbook", () => {
  it("finds the table with no manual mapping, previews, applies, and a second refresh reports no changes", async () => {
    const workbook = await openSample();
    const changed = jest.fn();
    inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} onWorkbookChanged={changed} />);

    fireEvent.click(await screen.findByRole("button", { name: "Find scorecard on this sheet" }));
    expect(await screen.findByText("A — Measure")).toBeTruthy();
    expect(screen.getByText("K — 21-22 year to date")).toBeTruthy();
    expect(screen.getByText("G — Quarter 1, H — Quarter 2, I — Quarter 3, J — Quarter 4")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    const measures = await screen.findByRole("list", { name: "Measures" });
    expect(within(measures).getAllByText("Not rated")).toHaveLength(49);
    expect(screen.getByText("6 cells will change.")).toBeTruthy();
    expect(screen.getByText("L8: (blank) → Green")).toBeTruthy();
    expect(screen.getByText("Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%).")).toBeTruthy();
    expect((await workbook.readSheet("Scorecard")).values[7][11]).toBeNull(); // nothing written yet

    const selected = jest.fn();
    workbook.onSelection(selected);
    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
    const highlights = await screen.findByRole("list", { name: "Areas for highlighting" });
    // The result is brought into view: the first changed cell (L6, Green) is selected, as Excel would scroll to it.
    await waitFor(() => expect(selected).toHaveBeenCalledWith("Scorecard", 5, 11));
    // 55.5% against 75% is Red, and down from 58.6%: highlighted for both reasons.
    expect(within(highlights).getAllByText(/Percentage of clients who have received long term support for 12 months/)).toHaveLength(2);
    expect(within(highlights).getAllByText("Red")).toHaveLength(1); // the scorecard's only Red
    // Admissions are running totals (Q1 7, Q2 15, Q3 18): fewer this quarter than last is no "Worsening".
    expect(within(highlights).queryAllByText(/^Residential admissions/)).toEqual([]);
    expect((await workbook.readSheet("Scorecard")).values[7][11]).toBe("Green");
    expect(changed).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole("button", { name: "Refresh scorecards" }));
    expect(await screen.findByText("No changes")).toBeTruthy();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it("selects the row of a highlight when it is clicked", async () => {
    const workbook = await openSample();
    const selected = jest.fn();
    workbook.onSelection(selected);
    inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} />);
    fireEvent.click(await screen.findByRole("button", { name: "Refresh scorecards" }));
    // Never set up: Refresh finds the table and shows what it would write, and writes nothing yet.
    fireEvent.click(await screen.findByRole("button", { name: "Apply to the workbook" }));
    const highlights = await screen.findByRole("list", { name: "Areas for highlighting" });
    fireEvent.click(within(highlights).getAllByRole("button")[0]);
    // The first highlight is the only Red: long-term support reviewed within 12 months, 55.5% against 75% (row 23).
    await waitFor(() => expect(selected).toHaveBeenCalledWith("Scorecard", 22, 11));
  });

  it("on a workbook never set up, Refresh shows the plan first; Undo puts back every cell, colour rule and setting", async () => {
    const workbook = await openSample();
    const before = await snapshotCells(workbook);
    const changed = jest.fn();
    inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} onWorkbookChanged={changed} />);
    fireEvent.click(await screen.findByRole("button", { name: "Refresh scorecards" }));
    expect(await screen.findByText("L8: (blank) → Green")).toBeTruthy();
    expect((await workbook.readSheet("Scorecard")).values[7][11]).toBeNull(); // the preview wrote nothing
    expect(screen.queryByRole("button", { name: "Undo last apply" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
    await screen.findByRole("list", { name: "Areas for highlighting" });
    expect((await workbook.readSheet("Scorecard")).values[7][11]).toBe("Green");
    expect((await workbook.readSheet("Scorecard")).textFills?.length).toBe(3);

    fireEvent.click(screen.getByRole("button", { name: "Undo last apply" }));
    // The 6 ratings (L8:L13) put back; the history rows the apply recorded are said apart, not counted as cells.
    expect(await screen.findByText("Undone: 6 cells put back as they were, their colour rules taken away, the rows it added to the history taken away, and the settings restored.")).toBeTruthy();
    // Every cell as it was, the three colour rules gone, and no settings: the workbook is as it was opened.
    expect(changedCells(before, await snapshotCells(workbook)).filter((key) => !key.startsWith("ScorecardSettings!"))).toEqual([]);
    expect((await workbook.readSheet("Scorecard")).textFills).toEqual([]);
    expect((await workbook.readContext()).settings).toBeNull();
    expect(screen.queryByRole("button", { name: "Undo last apply" })).toBeNull();
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it("says before applying that the RAG column's own formulas (nested IFs) will be written over, and Undo puts them back", async () => {
    const nestedIf = 'IF(K8="","",IF(K8<=530,"Green",IF(K8<=556.5,"Amber","Red")))';
    const workbook = await openSample();
    const formula = (row: number, text: string) => ({ kind: "formula" as const, sheet: "Scorecard", row, column: 11, formula: text });
    await workbook.apply({ changes: [formula(5, '=IF(K6<=30,"Green","Red")'), formula(7, `=${nestedIf}`)], allowed: [{ sheet: "Scorecard", top: 5, bottom: 7, left: 11, right: 11 }] });
    inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} />);
    fireEvent.click(await screen.findByRole("button", { name: "Refresh scorecards" }));
    // L6 and L8 hold the workbook's own formulas: the refresh writes its ratings over them, and says so first.
    expect(await screen.findByText(`L8: =${nestedIf} → Green`)).toBeTruthy();
    expect(screen.getByText(/^2 of these cells hold formulas of the workbook's own \(first L6: =IF\(K6<=30,"Green","Red"\)\)\. Applying writes over them; Undo last apply puts them back\.$/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
    await screen.findByRole("list", { name: "Areas for highlighting" });
    expect(await cellAt(workbook, "Scorecard!L8")).toMatchObject({ value: "Green", formula: null });
    fireEvent.click(screen.getByRole("button", { name: "Undo last apply" }));
    await screen.findByText(/^Undone:/);
    expect((await cellAt(workbook, "Scorecard!L8")).formula).toBe(`=${nestedIf}`);
  });

  it("lists the first 300 measures of a long table and counts the rest", async () => {
    const workbook = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(320, { targetOnEveryRow: true }) }] }));
    inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} />);
    fireEvent.click(await screen.findByRole("button", { name: "Refresh scorecards" }));
    // Queried by label and selector: role queries walk the whole accessibility tree, slow on a list this long.
    const measures = await screen.findByLabelText("Measures", {}, { timeout: 10_000 });
    expect(measures.querySelectorAll(":scope > li")).toHaveLength(301);
    expect(measures.lastElementChild?.textContent).toBe("and 20 more measures");
    expect(screen.getByText("320 cells will change.")).toBeTruthy();
  });

  it("names a rating cell inside merged cells in the preview, with what to do, and does not count it as rated", async () => {
    // L7:L8 merged: L8 (the 65+ admissions row, 438 < 530, Green) cannot hold a rating. 3 Greens remain.
    const merges = '<mergeCells count="1"><mergeCell ref="L7:L8"/></mergeCells>';
    const workbook = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(55), afterSheetData: merges }] }));
    inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} />);
    fireEvent.click(await screen.findByRole("button", { name: "Refresh scorecards" }));
    expect(await screen.findByText("1 rating cell is inside merged cells and is not rated: unmerge it and refresh.")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Rating cells inside merged cells" });
    expect(within(list).getByText("Scorecard!L8 is inside the merged cells L7:L8, so it cannot hold a rating: unmerge L7:L8 (Home > Merge & Center) and refresh.")).toBeTruthy();
    expect(screen.getByText("5 cells will change.")).toBeTruthy();
  });

  it("shows what the ribbon's Refresh did when it opened the pane: on a workbook never set up, a next step, not an error", async () => {
    publishRibbonRefresh({ at: "2022-03-28T09:00:00Z", ok: false, notSetUp: true, message: NOT_SET_UP });
    inFluent(<App workbook={await openSample()} hostLabel="Preview" loadFunctions={loadFunctions} />);
    const note = (await screen.findByText(/No scorecard is set up in this workbook yet/)).closest(".fui-MessageBar");
    expect(note?.textContent).toBe(`Refresh scorecards (ribbon, ${new Date("2022-03-28T09:00:00Z").toLocaleTimeString("en-GB")}): ${NOT_SET_UP}`);
    expect(note?.getAttribute("class")).not.toMatch(/error/i);
    // Its Refresh here then shows the plan first.
    fireEvent.click(screen.getByRole("button", { name: "Refresh scorecards" }));
    expect(await screen.findByText("L8: (blank) → Green")).toBeTruthy();
    delete (globalThis as { scorecardRibbonRefresh?: unknown }).scorecardRibbonRefresh;
  });

  it("shows why nothing was written when no scorecard is on the sheet", async () => {
    const workbook = await openSample();
    await workbook.apply({ createSheets: ["Notes"], changes: [{ kind: "value", sheet: "Notes", row: 0, column: 0, value: "Agenda item 7" }], allowed: [{ sheet: "Notes", top: 0, left: 0, bottom: 0, right: 0 }] });
    workbook.setActiveSheet("Notes");
    inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} />);
    fireEvent.click(await screen.findByRole("button", { name: "Find scorecard on this sheet" }));
    expect(await screen.findByText(/No scorecard table was found on "Notes"/)).toBeTruthy();
  });
});

describe("cell text in the pane", () => {
  it("shows a measure named like HTML as text, never as markup", async () => {
    const workbook = await openSample();
    await typeInto(workbook, { "Scorecard!A8": "<img src=x onerror=alert(1)>" });
    const { container } = inFluent(<App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} />);
    fireEvent.click(await screen.findByRole("button", { name: "Find scorecard on this sheet" }));
    fireEvent.click(await screen.findByRole("button", { name: "Preview" }));
    expect(await screen.findByText("<img src=x onerror=alert(1)>")).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
  });
});

describe("the pane's other views", () => {
  it("lists the registered functions and summarises the workbook", async () => {
    inFluent(<App workbook={await openSample()} hostLabel="Preview" loadFunctions={loadFunctions} />);
    fireEvent.click(screen.getByRole("tab", { name: "Help" }));
    // Help opens with three first steps, then the function reference.
    const steps = screen.getByRole("list", { name: "First steps" });
    expect(within(steps).getAllByRole("listitem").map((li) => li.textContent?.split(".")[0])).toEqual(["Rate your scorecard", "Refresh next quarter", "Use the functions in cells"]);
    expect(await screen.findByText("=SCORECARD.RATE(count, population, [per], [decimals])")).toBeTruthy();
    expect(await screen.findByText(/67 rows × 13 columns/)).toBeTruthy();
    // Card titles are headings, so a screen reader can move from card to card.
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent).sort()).toEqual(["First steps", "Scorecard functions", "This workbook"]);
  });

  it("shows a failure to read the workbook as a message, not a blank pane", async () => {
    const workbook = await openSample();
    const broken: WorkbookAdapter = Object.assign(Object.create(workbook) as WorkbookAdapter, {
      readContext: () => Promise.reject(new Error("The workbook is protected.")),
    });
    inFluent(<App workbook={broken} hostLabel="Excel" loadFunctions={loadFunctions} />);
    expect(await screen.findByText("The workbook is protected.")).toBeTruthy();
  });
});

describe("preview grid", () => {
  const HOSTILE = "<img src=x onerror=alert(1)>";
  const sheet: SheetData = {
    name: "Scorecard",
    top: 0,
    left: 0,
    values: [
      ["Measure", "Target", "Quarter 3", "RAG"],
      ["Residential admissions for 65+", "<530", 438, "Green"],
      [HOSTILE, '=HYPERLINK("http://x")', 0.869, "Red"],
    ],
    numberFormats: [
      ["General", "General", "General", "General"],
      ["General", "General", "#,##0", "General"],
      ["General", "General", "0.0%", "General"],
    ],
    textFills: [{ range: { sheet: "Scorecard", top: 1, bottom: 2, left: 3, right: 3 }, text: "Green", fill: "#C6EFCE", fontColor: "#006100" }],
  };

  it("renders cell text as text, never as HTML, formats numbers as Excel shows them, and paints conditional fills", () => {
    const { container } = inFluent(<SheetGrid sheet={sheet} />);
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText('=HYPERLINK("http://x")')).toBeTruthy();
    expect(screen.getByText("86.9%")).toBeTruthy();
    expect(screen.getByText("Green").style.backgroundColor).toBe("rgb(198, 239, 206)");
    expect(screen.getByText("Red").style.backgroundColor).toBe("");
  });
});
