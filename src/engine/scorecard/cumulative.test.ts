/** Running totals compared like with like: each period's own figure, not the rising total. */
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { refreshWorkbook } from "../../app/refreshWorkbook";
import type { ColumnMatch } from "../sheet/table";
import { inPeriodFigures } from "./cumulative";
import { defaultTableSettings } from "./settings";
import { detectTables } from "./detect";
import { planTable } from "./planTable";
import { summarise } from "./summary";

const PERIODS: ColumnMatch[] = ["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4"].map((header, i) => ({ column: i, header, confidence: 1 }));
const ADMISSIONS = "Residential admissions for 18-64 age band (total admissions year to date)";

describe("running totals", () => {
  it("reads the published admissions row (Q1 7, Q2 15, Q3 18, YTD 18) as 8 then 3 admissions in the quarter", () => {
    expect(inPeriodFigures(ADMISSIONS, ["7", "15", "18", null], PERIODS, "18", 0)).toEqual({ latest: 3, previous: 8, columns: [0, 1, 2] });
    // Two quarters in: Q1's own figure is Q1.
    expect(inPeriodFigures(ADMISSIONS, [136, 290, null, null], PERIODS, 290, 0)).toEqual({ latest: 154, previous: 136, columns: [0, 1] });
  });

  it("is not assumed without the measure saying so, nor where the figures could not be a running total", () => {
    // A snapshot (the number in care at the quarter's end) can rise too: no "year to date", no differencing.
    expect(inPeriodFigures("Total number of individuals currently in residential/ nursing care 18-64", [186, 187, 188, null], PERIODS, 188, 0)).toBeNull();
    expect(inPeriodFigures(ADMISSIONS, [7, 15, 14, null], PERIODS, 14, 0)).toBeNull(); // it fell
    expect(inPeriodFigures(ADMISSIONS, [7, null, 18, null], PERIODS, 18, 0)).toBeNull(); // a gap
    expect(inPeriodFigures(ADMISSIONS, [7, 15, 18, null], PERIODS, 40, 0)).toBeNull(); // YTD is the sum, not the latest
    expect(inPeriodFigures("Percentage reviewed year to date", ["62%", "70%", "81%", null], PERIODS, "81%", 0)).toBeNull(); // rates are not totals
    expect(inPeriodFigures(ADMISSIONS, [7, null, null, null], PERIODS, 7, 0)).toBeNull(); // one period: nothing to compare
  });

  it("on the sample, the four admissions rows are Improving (fewer this quarter than last) and not highlighted as worsening", async () => {
    const book = await openSample();
    const result = await refreshWorkbook(book, { scope: "active", dryRun: true });
    if (!result.ok) throw new Error(result.error.message);
    const admissions = result.value.refresh.tables[0].outcomes.filter((o) => o.measure.startsWith("Residential admissions"));
    expect(admissions.map((o) => [o.trend, o.runningTotal])).toEqual([
      ["Improving", true],
      ["Improving", true],
      ["Improving", true],
      ["Improving", true],
    ]);
    const snapshot = result.value.refresh.tables[0].outcomes.find((o) => o.measure.startsWith("Total number of individuals currently in residential/ nursing care 65+"));
    expect(snapshot).toMatchObject({ trend: "Improving", runningTotal: false }); // 1130 → 1117, low is good
    const worsening = summarise(result.value.refresh.tables).highlights.filter((h) => h.reason === "Worsening").map((h) => h.measure);
    expect(worsening.some((m) => m.startsWith("Residential admissions"))).toBe(false);
    expect(worsening).toContain("Number of support plan reviews completed in quarter");
  });

  it("in formula mode, the direction formula compares the periods' own figures too", async () => {
    // Columns: G to J are Quarter 1 to 4, B the polarity.
    const book = await openSample();
    const [sheet] = await book.readSheets(["Scorecard"]);
    const [detected] = detectTables(sheet);
    const defaults = defaultTableSettings(sheet, detected);
    const table = { ...defaults, rules: { ...defaults.rules, mode: "formulas" as const, outputs: { ...defaults.rules.outputs, direction: 20 } } };
    const plan = planTable(sheet, table);
    if (!plan.ok) throw new Error(plan.error.message);
    const row = plan.value.outcomes.find((o) => o.measure === ADMISSIONS)!.row;
    const formula = plan.value.changes.find((c) => c.row === row && c.column === 20);
    expect(formula).toMatchObject({ kind: "formula", formula: `=SCORECARD.TREND(I${row + 1}-H${row + 1},H${row + 1}-G${row + 1},B${row + 1})` });
  });
});
