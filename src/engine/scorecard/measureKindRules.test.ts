/** The rules each kind of measure gets: forecasts and running totals for counts only, profiled targets, unset targets. */
import { detectTables } from "./detect";
import { planTable } from "./planTable";
import { defaultTableSettings, type TableSettings } from "./settings";
import type { CellValue, SheetData } from "../sheet/workbook";
import { parseTarget, profileTarget } from "./target";

const HEADER = ["Measure", "Polarity", "21-22 Target", "Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4", "21-22 year to date", "RAG", "Direction", "Explanation"];

function sheetOf(rows: CellValue[][]): SheetData {
  const values = [HEADER, ...rows];
  return { name: "Scorecard", top: 0, left: 0, values, numberFormats: values.map((r) => r.map(() => "General")) };
}

function plan(rows: CellValue[][], rules: Partial<TableSettings["rules"]> = {}, kinds?: TableSettings["kinds"]) {
  const sheet = sheetOf(rows);
  const [table] = detectTables(sheet);
  const settings = defaultTableSettings(sheet, table);
  const planned = planTable(sheet, { ...settings, rules: { ...settings.rules, ...rules }, ...(kinds ? { kinds } : {}) });
  if (!planned.ok) throw new Error(planned.error.message);
  return planned.value;
}

const ADMISSIONS = ["Residential admissions for 65+ age band (total admissions year to date)", "Low is good", "<530", "136", "290", "438", null, "438"];
const OWN_HOME = ["Proportion of adults with a learning disability living in their own home", "High is good", "87%", "85.5%", "85.0%", "85.0%", null, "85.0%"];
const REVIEWED = ["Percentage of clients reviewed after 12 months", "High is good", "75%", "62.1%", "58.6%", "55.5%", null, "55.5%"];
const DIRECT = ["Proportion of adults receiving direct payments - year to date", "High is good", "17", 17.3, 17.8, 18, null, 18];

describe("forecasts by kind", () => {
  it("forecasts a count (438 after 3 quarters is 438 / 3 × 4 = 584 against <530: Red) and never a percentage", () => {
    const planned = plan([ADMISSIONS, OWN_HOME, REVIEWED], { rate: "forecast" });
    const [admissions, ownHome, reviewed] = planned.outcomes;
    expect(admissions.rating).toBe("Red");
    // 85.0% is rated as it stands, not scaled by 4/3 to 113%: 2/87 = 2.3% short, within 5%: Amber.
    expect(ownHome.rating).toBe("Amber");
    expect(ownHome.explanation).toContain("Not forecast: this is a percentage");
    // 55.5% not scaled to 74%: 19.5/75 = 26% short: Red.
    expect(reviewed.rating).toBe("Red");
  });

  it("writes no FORECAST formula for a percentage in formula mode, only for a count", () => {
    const planned = plan([ADMISSIONS, OWN_HOME], { rate: "forecast", mode: "formulas" });
    const formulas = planned.changes.filter((c) => c.kind === "formula" && c.column === 8).map((c) => (c.kind === "formula" ? c.formula : ""));
    expect(formulas[0]).toContain("SCORECARD.FORECAST(H2,");
    expect(formulas[1]).toBe('=SCORECARD.RAG(H3,C3,B3,0.05)');
  });
});

describe("running totals by kind", () => {
  it("does not difference a percentage typed as plain numbers whose name says year to date", () => {
    // 17.3, 17.8, 18: up, high is good: Improving, compared as they are (not 0.5 then 0.2, "Worsening").
    const [direct] = plan([DIRECT], {}).outcomes;
    expect([direct.trend, direct.runningTotal]).toEqual(["Improving", false]);
  });

  it("differences a count the analyst marked cumulative, whatever its name", () => {
    // 417, 949, 1,038: 532 then 89 in the quarter: fewer, and high is good: Worsening.
    const carers = ["Distinct carers supported", "High is good", null, "417", "949", "1,038", null, "1,038"];
    const [row] = plan([carers], {}, { "Distinct carers supported": "countCumulative" }).outcomes;
    expect([row.trend, row.runningTotal]).toEqual(["Worsening", true]);
    const [asSnapshot] = plan([carers], {}, { "Distinct carers supported": "snapshot" }).outcomes;
    expect([asSnapshot.trend, asSnapshot.runningTotal]).toEqual(["Improving", false]);
  });
});

describe("rating against the target profiled to date", () => {
  it("profiles an annual count target pro rata: <530 at 3 of 4 quarters is <397.5", () => {
    // 530 × 3 / 4 = 397.5; a range's ends both scale: 100–200 at 1 of 4 is 25–50.
    expect(profileTarget("<530", 3 / 4)).toBe("<397.5");
    expect(profileTarget("100-200", 1 / 4)).toBe("25–50");
    expect(profileTarget("87%", 3 / 4)).toBeNull();
  });

  it("is off by default; on, 438 against <397.5 misses by 40.5 / 397.5 = 10%: Red, and the explanation says why", () => {
    expect(plan([ADMISSIONS]).outcomes[0].rating).toBe("Green");
    const [admissions, ownHome] = plan([ADMISSIONS, OWN_HOME], { profileTarget: true }).outcomes;
    expect(admissions.rating).toBe("Red");
    expect(admissions.explanation).toContain('The annual target "<530" is profiled to 3 of 4 periods: <397.5.');
    // A percentage keeps its target.
    expect(ownHome.rating).toBe("Amber");
    expect(ownHome.explanation).not.toContain("profiled");
  });
});

describe("targets not set yet", () => {
  it.each(["TBC", "To be set", "n/a", "tbd", "Not set"])("%s is no target: no rating, an info note, no error", (text) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: null });
    const planned = plan([["Number of new case contacts in period", "Low is good", text, "3,382", "3,142", "2,897", null, "9,421"]]);
    expect(planned.outcomes[0].rating).toBe("");
    expect(planned.outcomes[0].explanation).toContain("there is no target");
    const findings = planned.findings.filter((f) => f.cell === "Scorecard!C2");
    expect(findings.every((f) => f.severity === "info")).toBe(true);
    if (text !== "n/a") expect(findings.map((f) => f.message)).toContain(`The target "${text}" is not set yet, so this measure is not rated.`);
  });
});
