/** The Office.js adapter against the strict fake: round trips, the 5 MB limits, merged cells and refusals. */
import { FakeExcel, PAYLOAD_LIMIT } from "../../../test/helpers/fakeExcel";
import { scorecardRows } from "../../../test/helpers/generateScorecard";
import { refreshWorkbook, undoApply } from "../../app/refreshWorkbook";
import type { Plan } from "../../engine/sheet/workbook";
import { countRatings } from "../../engine/scorecard/summary";
import { OfficeWorkbook } from "./officeWorkbook";
import { BYTES_PER_CELL } from "./readPlan";
import { REQUEST_BUDGET_BYTES, requestBytes } from "./writeRuns";

const RAG_COLUMN = 11;

describe("OfficeWorkbook: a refresh costs a constant number of round trips", () => {
  it.each([10, 500, 5000])("refreshes %p measures in 5 syncs, each request and response under 5 MB", async (measures) => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(measures) });
    const result = await refreshWorkbook(new OfficeWorkbook(excel.run), { scope: "active", now: new Date("2022-03-28T09:00:00Z") });
    expect(result.ok).toBe(true);
    expect(excel.syncs).toBe(5); // settings, sheet sizes, cells, check, write
    expect(excel.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    // The published 65+ admissions row: 438 against "<530", low is good.
    expect(excel.cell("Scorecard", 7, RAG_COLUMN)?.value).toBe("Green");
    expect(excel.sheets.get("ScorecardSettings")?.visibility).toBe("VeryHidden");
    expect(excel.sheets.get("Scorecard")?.conditionalFormats.map((f) => [f.operator, f.text, f.fill])).toEqual([
      ["BeginsWith", "Green", "#C6EFCE"],
      ["BeginsWith", "Amber", "#FFEB9C"],
      ["BeginsWith", "Red", "#FFC7CE"],
    ]);
  });

  it("reads 50,000 measures in blocks, every response under 5 MB, syncs growing only with size ÷ budget", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(50_000) });
    const workbook = new OfficeWorkbook(excel.run);
    const [sheet] = await workbook.readSheets(["Scorecard"]);
    expect(sheet.values.length).toBe(scorecardRows(50_000).length);
    expect(sheet.values[7][10]).toBe("438"); // the published text, as typed
    expect(excel.largestResponse).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.largestResponse).toBeGreaterThan(PAYLOAD_LIMIT / 2); // the blocks are not needlessly small
    const cells = sheet.values.length * sheet.values[0].length;
    expect(excel.syncs).toBe(1 + Math.ceil((cells * BYTES_PER_CELL) / (4 * 1024 * 1024)));
  });

  it("a second refresh with unchanged data writes nothing, in 3 syncs", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(55) });
    const workbook = new OfficeWorkbook(excel.run);
    await refreshWorkbook(workbook, { scope: "active" });
    excel.syncs = 0;
    const again = await refreshWorkbook(workbook, { scope: "active" });
    expect(again).toMatchObject({ ok: true, value: { noChange: true, applied: false } });
    expect(excel.syncs).toBe(3);
  });
});

describe("OfficeWorkbook: the workbook's summary", () => {
  it("gives each sheet's used range without reading its cells: two small round trips however big the sheet", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(50_000), Notes: [["Agenda item 7"]] });
    const sizes = await new OfficeWorkbook(excel.run).sheetSizes();
    expect(sizes).toEqual([
      { name: "Scorecard", rows: scorecardRows(50_000).length, columns: 13 },
      { name: "Notes", rows: 1, columns: 1 },
    ]);
    expect(excel.syncs).toBe(2);
    expect(excel.largestResponse).toBeLessThan(1024);
  });
});

describe("OfficeWorkbook: undo of the last refresh", () => {
  it("puts back every cell and takes away exactly the three colour rules it added, leaving the analyst's own", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(55) });
    // The analyst's own rule on the same column: an undo must not touch it.
    excel.sheets.get("Scorecard")?.conditionalFormats.push({ top: 5, left: RAG_COLUMN, rows: 50, columns: 1, text: "Green", fill: "#00FF00", font: "#000000", operator: "BeginsWith" });
    const cellsOf = () => JSON.stringify([...(excel.sheets.get("Scorecard")?.cells.entries() ?? [])].sort((a, b) => a[0] - b[0]));
    const before = cellsOf();
    const workbook = new OfficeWorkbook(excel.run);
    const result = await refreshWorkbook(workbook, { scope: "active", now: new Date("2022-03-28T09:00:00Z"), withUndo: true });
    if (!result.ok || !result.value.refresh.undo) throw new Error("the refresh did not apply");
    expect(excel.cell("Scorecard", 7, RAG_COLUMN)?.value).toBe("Green");
    expect(excel.sheets.get("Scorecard")?.conditionalFormats).toHaveLength(4);

    excel.syncs = 0;
    const undone = await undoApply(workbook, result.value.refresh.undo);
    expect(undone.ok).toBe(true);
    expect(excel.syncs).toBe(4); // sheets, the rules' types, their texts and colours, then one write
    expect(cellsOf()).toBe(before);
    expect(excel.sheets.get("Scorecard")?.conditionalFormats.map((f) => [f.text, f.fill])).toEqual([["Green", "#00FF00"]]);
    expect((await workbook.readContext()).settings).toBeNull();
  });
});

describe("OfficeWorkbook and Excel tables", () => {
  it("a table's totals row is not a measure: never rated or counted, its SUBTOTAL formulas kept, in the same 5 syncs", async () => {
    const rows = scorecardRows(55).map((row, r) => (r === 65 ? ["Total"] : row));
    const excel = new FakeExcel({ Scorecard: rows });
    const cells = excel.sheets.get("Scorecard")!.cells;
    // Row 66's totals, as Excel keeps them: the year to date summed, the ratings counted (none yet).
    cells.set(65 * 16384 + 10, { value: 20650, formula: "=SUBTOTAL(109,Scorecard_Q3[21-22 year to date])", format: "General" });
    cells.set(65 * 16384 + RAG_COLUMN, { value: 0, formula: "=SUBTOTAL(103,Scorecard_Q3[RAG])", format: "General" });
    excel.addTable("Scorecard", "Scorecard_Q3", "A4:M66", true);
    const result = await refreshWorkbook(new OfficeWorkbook(excel.run, false), { scope: "active", now: new Date("2022-03-28T09:00:00Z") });
    if (!result.ok) throw new Error(result.error.message);
    expect(excel.syncs).toBe(5);
    // 55 measures: L6, L8, L17, L25 Green (18 < 30, 438 < 530, 9,421 ≤ 13,000, 83.5% ≥ 80%), L13 Amber (85.0% is
    // 2.3% short of 87%), L23 Red (55.5% is 26% short of 75%); 49 without a target. The totals row is not the 56th.
    expect(countRatings(result.value.refresh.tables)).toEqual({ Green: 4, Amber: 1, Red: 1, "Not rated": 49 });
    expect(excel.cell("Scorecard", 65, RAG_COLUMN)?.formula).toBe("=SUBTOTAL(103,Scorecard_Q3[RAG])");
    expect(excel.cell("Scorecard", 7, RAG_COLUMN)?.value).toBe("Green");
  });
});

describe("OfficeWorkbook and merged cells (ExcelApi 1.13)", () => {
  it("reads the merges with the cells, in the same 5 syncs, and never writes inside one", async () => {
    const rows = scorecardRows(55);
    const excel = new FakeExcel({ Scorecard: rows });
    // Row 8 (the 65+ admissions count) merged across the RAG column: its rating cell is inside the merge.
    excel.merge("Scorecard", "A5:M5");
    excel.merge("Scorecard", "K8:L8");
    const result = await refreshWorkbook(new OfficeWorkbook(excel.run, true), { scope: "active", now: new Date("2022-03-28T09:00:00Z") });
    expect(result.ok).toBe(true);
    expect(excel.syncs).toBe(5);
    expect(excel.cell("Scorecard", 7, RAG_COLUMN)).toBeUndefined();
    expect(excel.cell("Scorecard", 5, RAG_COLUMN)?.value).toBe("Green");
  });

  it("past Excel's 512 merged areas, reads again without them rather than failing", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(55) });
    for (let r = 100; r < 613; r++) excel.merge("Scorecard", `P${r}:Q${r}`);
    const [sheet] = await new OfficeWorkbook(excel.run, true).readSheets(["Scorecard"]);
    expect(sheet.values[7][0]).toEqual(expect.stringContaining("65+"));
    expect(sheet.merges).toEqual([]);
  });
});

describe("OfficeWorkbook.apply of a large plan", () => {
  it("writes 200,000 explanations in requests each under 5 MB, all of them", async () => {
    const excel = new FakeExcel({ Scorecard: [["Measure"]] });
    const rows = 200_000;
    const text = (row: number) => `Amber: ${row} is 2.8% above the target of below 530 (low is good; tolerance 5%).`;
    const plan: Plan = {
      changes: Array.from({ length: rows }, (_, row) => ({ kind: "value" as const, sheet: "Scorecard", row: row + 1, column: 12, value: text(row) })),
      allowed: [{ sheet: "Scorecard", top: 0, bottom: rows + 1, left: 12, right: 12 }],
    };
    await new OfficeWorkbook(excel.run).apply(plan);
    expect(excel.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.syncs).toBeGreaterThan(3); // one check, then several write requests
    expect(excel.cell("Scorecard", 1, 12)?.value).toBe(text(0));
    expect(excel.cell("Scorecard", rows, 12)?.value).toBe(text(rows - 1));
  });
});

describe("request sizes", () => {
  it("counts text as Office.js sends it: UTF-8 in a JSON string, quotes and backslashes escaped", () => {
    for (const text of ['{"tables":[{"id":"t1"}]}', "£1,807,449", "C:\\path", "tab\there", "emoji 📊", ""]) {
      expect(requestBytes(text)).toBe(new TextEncoder().encode(JSON.stringify(text)).length);
    }
  });

  it("keeps every write request of 200,000 short runs (a heading every tenth row) within the 4 MB budget", async () => {
    const excel = new FakeExcel({ Scorecard: [["Measure"]] });
    const rows = 200_000;
    const changes = Array.from({ length: rows }, (_, i) => ({ kind: "value" as const, sheet: "Scorecard", row: i + 1 + Math.floor(i / 9), column: 11, value: "Green" }));
    await new OfficeWorkbook(excel.run).apply({ changes, allowed: [{ sheet: "Scorecard", top: 0, bottom: rows * 2, left: 11, right: 11 }] });
    expect(excel.largestRequest).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(excel.cell("Scorecard", changes[rows - 1].row, 11)?.value).toBe("Green");
  });
});

describe("the Office.js fake is as strict as Office.js", () => {
  it("throws PropertyNotLoaded for a property read without load and sync, and on a null object's properties", async () => {
    const excel = new FakeExcel({ Scorecard: [["Measure", "Target"]] });
    await excel.run(async (context) => {
      const ctx = context as unknown as Excel.RequestContext;
      const range = ctx.workbook.worksheets.getItem("Scorecard").getRangeByIndexes(0, 0, 1, 2).load("values");
      expect(() => range.values).toThrow("PropertyNotLoaded");
      await ctx.sync();
      expect(range.values).toEqual([["Measure", "Target"]]);
      expect(() => range.numberFormat).toThrow("PropertyNotLoaded");
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Missing").load("name");
      expect(() => missing.isNullObject).toThrow("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow("InvalidObjectPath");
    });
  });

  it("refuses a sync whose response passes 5 MB, applying nothing of it", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(50_000) });
    await expect(
      excel.run(async (context) => {
        const ctx = context as unknown as Excel.RequestContext;
        ctx.workbook.worksheets.getItem("Scorecard").getUsedRangeOrNullObject(true).load(["values", "numberFormat", "formulas"]);
        await ctx.sync();
      }),
    ).rejects.toThrow("ResponsePayloadSizeLimitExceeded");
  });

  it("Excel.run syncs what the batch left queued", async () => {
    const excel = new FakeExcel({ Scorecard: [["Measure"]] });
    await excel.run(async (context) => {
      (context as unknown as Excel.RequestContext).workbook.worksheets.getItem("Scorecard").getRangeByIndexes(0, 1, 1, 1).values = [["Green"]];
    });
    expect(excel.cell("Scorecard", 0, 1)?.value).toBe("Green");
    expect(excel.syncs).toBe(1);
  });
});

describe("OfficeWorkbook.apply", () => {
  const allowed = [{ sheet: "Scorecard", top: 0, bottom: 1000, left: RAG_COLUMN, right: RAG_COLUMN }];

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const excel = new FakeExcel({ Scorecard: [["Measure"]] });
    await new OfficeWorkbook(excel.run).apply({
      changes: [{ kind: "value", sheet: "Scorecard", row: 0, column: RAG_COLUMN, value: '=HYPERLINK("http://x")' }],
      allowed,
    });
    expect(excel.cell("Scorecard", 0, RAG_COLUMN)).toEqual({ value: '=HYPERLINK("http://x")', formula: null, format: "@" });
  });

  it("writes nothing when any change is outside the plan's output cells, or on a missing sheet", async () => {
    const excel = new FakeExcel({ Scorecard: [["Measure"]] });
    const outside: Plan = {
      changes: [
        { kind: "value", sheet: "Scorecard", row: 1, column: RAG_COLUMN, value: "Green" },
        { kind: "value", sheet: "Scorecard", row: 1, column: 0, value: "Overwritten" },
      ],
      allowed,
    };
    await expect(new OfficeWorkbook(excel.run).apply(outside)).rejects.toThrow("Nothing was written: Scorecard!A2 is not one of the plan's output cells.");
    const missing: Plan = { changes: [{ kind: "value", sheet: "Missing", row: 0, column: 0, value: "Red" }], allowed };
    await expect(new OfficeWorkbook(excel.run).apply(missing)).rejects.toThrow('Nothing was written: there is no sheet called "Missing".');
    expect(excel.cell("Scorecard", 1, RAG_COLUMN)).toBeUndefined();
  });

  it("a workbook whose structure is protected: the first refresh (which adds the settings sheet) writes nothing", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(55) });
    excel.structureProtected = true;
    const result = await refreshWorkbook(new OfficeWorkbook(excel.run), { scope: "active", now: new Date("2022-03-28T09:00:00Z") });
    expect(result.ok ? "applied" : result.error.message).toBe(
      "Nothing was written: the workbook's structure is protected, so no sheet can be added to it (Excel would refuse too). Unprotect it (Review > Protect Workbook), then refresh again.",
    );
    expect(excel.cell("Scorecard", 7, RAG_COLUMN)).toBeUndefined();
    expect([...excel.sheets.keys()]).toEqual(["Scorecard"]);
  });
});
