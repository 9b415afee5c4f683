/** Explanations worded as committee papers word them, on the sample's own rows. */
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { detectTables } from "./detect";
import { describeMovement, explain } from "./explain";
import { planTable } from "./planTable";
import { defaultTableSettings } from "./settings";
import { summarise } from "./summary";

describe("percentages are compared in percentage points", () => {
  it.each([
    // 75% − 55.5% = 19.5 points (the relative miss, 19.5 ÷ 75 = 26%, is what the old sentence said).
    [0.555, "75%", "High is good", "Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%)."],
    // 87% − 85% = 2 points: Amber, as 2 ÷ 87 = 2.3% is within the 5% tolerance.
    ["85%", "87%", "High is good", "Amber: 85% is 2 percentage points below the target of 87% (high is good; tolerance 5%)."],
    // 21% − 20% = 1 point, singular; low is good, so above.
    ["21%", "20%", "Low is good", "Amber: 21% is 1 percentage point above the target of 20% (low is good; tolerance 5%)."],
    // Counts stay relative: (545 − 530) ÷ 530 = 2.83%, shown 2.8%.
    [545, "<530", "Low is good", "Amber: 545 is 2.8% above the target of below 530 (low is good; tolerance 5%)."],
  ])("%p against %p", (value, target, polarity, sentence) => {
    expect(explain(value, target, polarity, null)).toEqual({ ok: true, value: sentence });
  });

  it("a formula's figures are worded as their cells show them when given their formats", () => {
    // 0.555 and 0.75 as Excel hands them from cells formatted 0.0% and 0%.
    expect(explain(0.555, 0.75, "High is good", null, "0.0%", "0%")).toEqual({ ok: true, value: "Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%)." });
    // Without formats the numbers are plain: 0.75 − 0.555 = 0.195, 26% of 0.75.
    expect(explain(0.555, 0.75, "High is good", null)).toEqual({ ok: true, value: "Red: 0.56 is 26% below the target of 0.75 (high is good; tolerance 5%)." });
  });
});

describe("movements name their figures and periods", () => {
  it("a count: both figures with their periods", () => {
    const sentence = describeMovement({ previous: { period: "Quarter 2", value: 803, percent: false }, latest: { period: "Quarter 3", value: 794, percent: false }, runningTotal: false });
    expect(sentence).toBe("Worse than the period before: 803 in Quarter 2, 794 in Quarter 3.");
  });

  it("a percentage: both figures and the move in points (58.6% − 55.5% = 3.1)", () => {
    const sentence = describeMovement({ previous: { period: "Quarter 2", value: 0.586, percent: true }, latest: { period: "Quarter 3", value: 0.555, percent: true }, runningTotal: false });
    expect(sentence).toBe("Worse than the period before: 58.6% in Quarter 2, 55.5% in Quarter 3 (3.1 percentage points lower).");
  });

  it("the sample's summary words its highlights from the sheet's own headers", async () => {
    const book = await openSample();
    const [sheet] = await book.readSheets(["Scorecard"]);
    const plan = planTable(sheet, defaultTableSettings(sheet, detectTables(sheet)[0]));
    if (!plan.ok) throw new Error(plan.error.message);
    const details = summarise([plan.value]).highlights.map((h) => `${h.reason} | ${h.measure.slice(0, 40)} | ${h.detail}`);
    // Support plan reviews: 1,158 in Q1, 803 in Q2, 794 in Q3 (as published), so worse, with both figures.
    expect(details).toContain("Worsening | Number of support plan reviews completed | Worse than the period before: 803 in Quarter 2, 794 in Quarter 3.");
    // Reviewed within 12 months: 58.6% then 55.5%, 3.1 points lower.
    expect(details).toContain(
      "Worsening | Percentage of clients who have received  | Worse than the period before: 58.6% in Quarter 2, 55.5% in Quarter 3 (3.1 percentage points lower).",
    );
  });
});
