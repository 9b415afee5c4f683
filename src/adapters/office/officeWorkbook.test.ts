import { FakeExcel } from "../../../test/helpers/fakeExcel";
import { scorecardRows } from "../../../test/helpers/generateScorecard";
import { refreshWorkbook } from "../../app/refreshWorkbook";
import type { Plan } from "../../engine/workbook";
import { OfficeWorkbook } from "./officeWorkbook";

const RAG_COLUMN = 11;

describe("OfficeWorkbook: a refresh costs a constant number of round trips", () => {
  it.each([10, 500, 5000])("refreshes %p measures in 4 syncs, each request under 5 MB", async (measures) => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(measures) });
    const result = await refreshWorkbook(new OfficeWorkbook(excel.run), { scope: "active", now: new Date("2022-03-28T09:00:00Z") });
    expect(result.ok).toBe(true);
    expect(excel.syncs).toBe(4); // settings, sheets, check, write
    expect(excel.largestRequest).toBeLessThan(5 * 1024 * 1024);
    // The published 65+ admissions row: 438 against "<530", low is good.
    expect(excel.cell("Scorecard", 7, RAG_COLUMN)?.value).toBe("Green");
    expect(excel.sheets.get("ScorecardSettings")?.visibility).toBe("VeryHidden");
    expect(excel.sheets.get("Scorecard")?.conditionalFormats.map((f) => [f.text, f.fill])).toEqual([
      ["Green", "#C6EFCE"],
      ["Amber", "#FFEB9C"],
      ["Red", "#FFC7CE"],
    ]);
  });

  it("a second refresh with unchanged data writes nothing, in 2 syncs", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(55) });
    const workbook = new OfficeWorkbook(excel.run);
    await refreshWorkbook(workbook, { scope: "active" });
    excel.syncs = 0;
    const again = await refreshWorkbook(workbook, { scope: "active" });
    expect(again).toMatchObject({ ok: true, value: { noChange: true, applied: false } });
    expect(excel.syncs).toBe(2);
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
});
