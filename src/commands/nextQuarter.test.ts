/**
 * Next quarter inside Excel, through the strict Office fake: the same changed workbooks as the CLI's
 * (test/helpers/nextQuarter.ts), refreshed by the pane's Refresh scorecards and by the ribbon's. Every cell outside
 * the ratings column is as it was and every rating the hand-worked one, or nothing at all is written.
 */
import { FakeExcel } from "../../test/helpers/fakeExcel";
import { ADMISSIONS_65, CASES, columnOf, headerRowAfter, sampleLayout, secondLayout, type Layout, type NextQuarterCase } from "../../test/helpers/nextQuarter";
import { OfficeWorkbook } from "../adapters/office/officeWorkbook";
import { readRefreshInputs, refreshFromInputs, refreshWorkbook } from "../app/refreshWorkbook";
import { lastRibbonRefresh } from "../app/ribbonStatus";
import { settingsChunks } from "../engine/sheet/settingsChunks";
import { summarise } from "../engine/scorecard/summary";
import { SETTINGS_SHEET, type CellValue } from "../engine/sheet/workbook";
import { refreshScorecards } from "./commands";

const NOW = new Date("2022-03-28T09:00:00Z");
const WIDTH = 20;

function gridOf(excel: FakeExcel, sheet: string): CellValue[][] {
  let rows = 0;
  for (const key of excel.sheets.get(sheet)?.cells.keys() ?? []) rows = Math.max(rows, Math.floor(key / 16_384) + 1); // the fake keys a cell row × 16,384 + column;
  const grid: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < WIDTH; c++) row.push(excel.cell(sheet, r, c)?.value ?? null);
    grid.push(row);
  }
  return grid;
}

/** Last quarter, set up and refreshed in the pane; then the case's changes, in a workbook holding those settings. */
async function nextQuarter(layout: Layout, testCase: NextQuarterCase): Promise<{ excel: FakeExcel; grid: CellValue[][] }> {
  const first = new FakeExcel({ Scorecard: layout.rows.map((row) => [...row]) });
  const setUp = await refreshWorkbook(new OfficeWorkbook(first.run, false), { scope: "active", now: NOW });
  if (!setUp.ok) throw new Error(setUp.error.message);
  const settings = (await new OfficeWorkbook(first.run, false).readContext()).settings ?? "";
  const grid = testCase.edit(gridOf(first, "Scorecard"), layout);
  const excel = new FakeExcel({ Scorecard: grid.map((row) => [...row]), [SETTINGS_SHEET]: settingsChunks(settings).map((chunk) => [chunk]) });
  return { excel, grid };
}

function expectOutcome(excel: FakeExcel, grid: CellValue[][], layout: Layout, testCase: NextQuarterCase): void {
  const after = gridOf(excel, "Scorecard");
  // A refused refresh leaves every cell as it was, the ratings column too.
  const headerRow = headerRowAfter(layout, testCase);
  const rag = testCase.refusal ? -1 : columnOf(grid, headerRow, layout.ragHeader);
  const changed: string[] = [];
  for (let r = 0; r < Math.max(grid.length, after.length); r++) {
    for (let c = 0; c < WIDTH; c++) {
      if (c === rag) continue;
      if ((grid[r]?.[c] ?? null) !== (after[r]?.[c] ?? null)) changed.push(`${r},${c}`);
    }
  }
  expect(changed).toEqual([]);
  if (testCase.refusal) return;
  const measureColumn = grid[headerRow][0] === "Ref" ? 1 : 0;
  const ratings: Record<string, string> = {};
  after.forEach((row, r) => {
    if (r > headerRow && typeof row[rag] === "string" && row[rag] !== "") ratings[String(row[measureColumn])] = String(row[rag]);
  });
  expect(ratings).toEqual(testCase.ratings);
}

describe.each([sampleLayout(), secondLayout()])("next quarter in Excel on $name", (layout) => {
  const cases = CASES.map((c) => [c.name, c] as const);

  it.each(cases)("the pane's Refresh scorecards: %s", async (_name, testCase) => {
    const { excel, grid } = await nextQuarter(layout, testCase);
    const book = new OfficeWorkbook(excel.run, false);
    const read = await readRefreshInputs(book, { scope: "active" });
    if (!read.ok) throw new Error(read.error.message);
    const result = await refreshFromInputs(book, read.value, { withUndo: true, now: NOW });
    if (testCase.refusal) {
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining(testCase.refusal(layout)) } });
    } else {
      if (!result.ok) throw new Error(result.error.message);
      if (testCase.moved) expect(result.value.refresh.moved).toContainEqual(expect.stringContaining(testCase.moved(layout)));
      // "Worse than last time" follows the measure wherever its row now is: Green last quarter, Red now.
      const worse = summarise(result.value.refresh.tables).highlights.filter((h) => h.reason === "Got worse");
      expect(worse.map((h) => [h.measure, h.detail])).toEqual([[ADMISSIONS_65, "Worse than last time: Green at the last refresh, Red now."]]);
    }
    expectOutcome(excel, grid, layout, testCase);
  });

  it.each(cases)("the ribbon's Refresh scorecards: %s", async (_name, testCase) => {
    const { excel, grid } = await nextQuarter(layout, testCase);
    const showAsTaskpane = jest.fn(async () => undefined);
    Object.assign(globalThis, { Excel: { run: excel.run }, Office: { addin: { showAsTaskpane } } });
    try {
      const completed = jest.fn();
      await refreshScorecards({ completed } as unknown as Office.AddinCommands.Event);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
      delete (globalThis as { Excel?: unknown }).Excel;
    }
    const status = lastRibbonRefresh();
    if (testCase.refusal) {
      // Nothing written, and the pane opened to say which column and what to do.
      expect(status).toMatchObject({ ok: false, message: expect.stringContaining(testCase.refusal(layout)) });
      expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    } else {
      expect(status).toMatchObject({ ok: true });
      if (testCase.moved) expect(status?.message).toContain(testCase.moved(layout));
      expect(showAsTaskpane).not.toHaveBeenCalled();
    }
    expectOutcome(excel, grid, layout, testCase);
  });
});
