/**
 * Tables past the size where spreading row numbers into Math.max overflowed the stack (about 115,000 measures):
 * detection and planning finish, and the plan covers every rated row. A crash test; the bench measures speed.
 */
import { scorecardRows } from "../../../test/helpers/generateScorecard";
import { detectTables } from "./detect";
import { planTable } from "./planTable";
import { planRefresh } from "./refresh";
import { EMPTY_SETTINGS, LOG_CHANGES_KEPT, defaultTableSettings } from "./settings";
import type { SheetData } from "../sheet/workbook";

jest.setTimeout(120_000);

describe("a table of 130,000 measures", () => {
  it("is detected and planned without overflowing the stack", () => {
    const rows = scorecardRows(130_000);
    const sheet: SheetData = { name: "Scorecard", top: 0, left: 0, values: rows, numberFormats: rows.map((row) => row.map(() => "General")) };
    const [table] = detectTables(sheet);
    expect(table.rows.filter((r) => r.kind === "measure")).toHaveLength(130_000);
    const plan = planTable(sheet, defaultTableSettings(sheet, table));
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.outcomes).toHaveLength(130_000);
    // 7 of the published 55 rows have a target and a value to rate; the rest are "" already.
    expect(plan.value.changes.length).toBeGreaterThanOrEqual(Math.floor(130_000 / 55) * 6);
  });
});

describe("the change log of a refresh that rates 20,000 measures", () => {
  it("keeps the first 200 rating changes and the count, so the stored settings stay small", () => {
    const rows = scorecardRows(20_000, { targetOnEveryRow: true });
    const sheet: SheetData = { name: "Scorecard", top: 0, left: 0, values: rows, numberFormats: rows.map((row) => row.map(() => "General")) };
    const planned = planRefresh(EMPTY_SETTINGS, new Map([["Scorecard", sheet]]), new Date("2026-11-30T09:00:00Z"));
    if (!planned.ok) throw new Error(planned.error.message);
    // Every measure is rated from blank, so every rating is a change.
    expect(planned.value.ratingChanges.count).toBe(20_000);
    const [entry] = planned.value.settings.log;
    expect(entry.changes).toHaveLength(LOG_CHANGES_KEPT);
    expect(entry.changes).toEqual(planned.value.ratingChanges.kept);
    // The first measure row, row 6 of the published layout.
    expect(entry.changes[0]).toEqual({ cell: "Scorecard!L6", measure: rows[5][0], from: "", to: expect.stringMatching(/^(Green|Amber|Red)$/) });
    expect(entry.total).toBe(20_000);
    // Listing all 20,000 would take well over a megabyte of the workbook.
    expect(planned.value.plan.settings?.length).toBeLessThan(40_000);
  });
});

describe("how sure detection is of a large table's columns", () => {
  // Every fourth measure's Quarter 2 says "TBC": three in four cells of that column are figures.
  const tableOf = (measures: number): SheetData => {
    const values = [
      ["Measure", "Polarity", "Target", "Quarter 1", "Quarter 2"],
      ...Array.from({ length: measures }, (_, i) => [`Measure ${i + 1}`, "High is good", "80%", "71.5%", i % 4 === 3 ? "TBC" : "74.0%"]),
    ];
    return { name: "Scorecard", top: 0, left: 0, values, numberFormats: values.map((row) => row.map(() => "General")) };
  };
  const quarter2 = (sheet: SheetData) => detectTables(sheet)[0].mapping.periods.find((p) => p.header === "Quarter 2")?.confidence;

  it("is judged on a sample of a table past 2,000 measures, and agrees with reading every row", () => {
    expect(quarter2(tableOf(1_000))).toBe(0.75);
    // A sample that stepped through the rows four at a time would read only figures, or only "TBC".
    expect(quarter2(tableOf(60_000))).toBeCloseTo(0.75, 1);
  });
});
