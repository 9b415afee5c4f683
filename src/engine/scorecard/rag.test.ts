/** RAG ratings and their explanations, edge by edge. */
import fc from "fast-check";
import { explain } from "./explain";
import { assess, compileRating, prepareRule, rag, rateNumber, ratingOf } from "./rag";

const rating = (value: unknown, target: unknown, polarity: unknown = null, tolerance: unknown = null) => {
  const result = rag(value, target, polarity, tolerance);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("RAG follows the contract for scorecards", () => {
  it.each([
    // value, target, polarity, expected
    [438, "<530", "Low is good", "Green"],
    [530, "<530", "Low is good", "Amber"], // strict: level with the target does not meet "<530"
    [545, "<530", "Low is good", "Amber"], // 2.8% over, within 5%
    [557, "<530", "Low is good", "Red"], // 5.1% over
    [556.5, "<530", "Low is good", "Amber"], // exactly 5% over
    [530, "530", "Low is good", "Green"], // no comparator: ≤ meets
    [18, "<30", null, "Green"], // blank polarity: "<" means low is good
    [0.85, "87%", "High is good", "Amber"], // 2.3% short
    [0.555, "75%", "High is good", "Red"],
    [74.8, "75%", "High is good", "Amber"], // 74.8 in a % column means 74.8%
    [0.803, "80%", "High is good", "Green"],
    ["86.90%", "87%", "high is good", "Amber"],
    [9421, "13,000", "Low is good", "Green"],
    [38, "40 (Average over year)", "Low is good", "Green"],
    [0.85, "80%–90%", null, "Green"],
    [0.78, "80% to 90%", "n/a", "Amber"], // 2.5% below the lower bound
    [0.92, "80%-90%", null, "Amber"],
    [0.5, "80%–90%", null, "Red"],
    [0.9, "80–90%", null, "Green"], // the % written once covers both ends
    [31, ">30", "Higher is better", "Green"],
    [30, ">30", "↑", "Amber"],
    [30, ">=30", "High", "Green"],
    [100, "≤ 100", null, "Green"],
    [5, 0, "Low is good", "Red"], // any miss of a zero target is infinitely far
    [545, "<530", "Low is good", "Amber"],
  ])("%p against %p (%p) is %p", (value, target, polarity, expected) => {
    expect(rating(value, target, polarity)).toBe(expected);
  });

  it.each([
    [null, "<530", "Low is good"],
    ["N/A", "<530", "Low is good"],
    ["", "<530", "Low is good"],
    [438, null, "Low is good"],
    [438, "", "Low is good"],
    [438, "530", "n/a"], // n/a without a comparator
    [438, "530", null], // no polarity and no comparator
  ])("%p against %p (%p) is not rated", (value, target, polarity) => {
    expect(rating(value, target, polarity)).toBe("");
  });

  it("lets the analyst set the tolerance, as a fraction or as text", () => {
    expect(rating(545, "<530", "Low is good", 0.01)).toBe("Red");
    expect(rating(557, "<530", "Low is good", "10%")).toBe("Amber");
    expect(rating(557, "<530", "Low is good", 0)).toBe("Red");
  });

  it.each([
    [438, "<530", "Good is low-ish", null, '"Good is low-ish" is not one of'],
    [438, "<530", "Low is good", -0.05, "tolerance -0.05 is negative"],
    [438, "<530", "Low is good", "lots", 'tolerance "lots" is not a number'],
    ["about 400", "<530", "Low is good", null, 'The value "about 400" is not a number.'],
    [438, "fewer than last year", "Low is good", null, 'The target "fewer than last year" is not a number'],
  ])("refuses %p / %p / %p / %p with a message", (value, target, polarity, tolerance, message) => {
    const result = rag(value, target, polarity, tolerance);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});

describe("EXPLAIN says why, starting with the rating", () => {
  it.each([
    [545, "<530", "Low is good", null, "Amber: 545 is 2.8% above the target of below 530 (low is good; tolerance 5%)."],
    [438, "<530", "Low is good", null, "Green: 438 meets the target of below 530 (low is good; tolerance 5%)."],
    [0.555, "75%", "High is good", null, "Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%)."],
    [530, "<530", null, "10%", "Amber: 530 is level with, but does not beat, the target of below 530 (low is good; tolerance 10%)."],
    [0.85, "80%–90%", null, null, "Green: 85% is within the target of between 80% and 90% (tolerance 5%)."],
    [0.78, "80%–90%", null, null, "Amber: 78% is 2 percentage points below the target of between 80% and 90% (tolerance 5%)."],
    [438, null, "Low is good", null, "No rating: there is no target."],
    ["N/A", "<530", "Low is good", null, "No rating: there is no value."],
    [185, "200", "n/a", null, "No rating: the polarity is n/a and the target has no < or >."],
  ])("%p vs %p → %p", (value, target, polarity, tolerance, sentence) => {
    expect(explain(value, target, polarity, tolerance)).toEqual({ ok: true, value: sentence });
  });
});

describe("compileRating, the RAG custom function's hot path", () => {
  it("rates every number exactly as rateNumber does, for every kind of target", () => {
    const targets = ["<530", "<=530", ">87%", ">=0.75", "530", "80%–90%", "0", "<0", "-5", "10 to 20"];
    const polarities = ["Low is good", "High is good", null];
    const tolerances = [0, 0.05, "10%"];
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.constantFrom(...polarities), fc.constantFrom(...tolerances), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (target, polarity, tolerance, value) => {
        const rule = prepareRule(target, polarity, tolerance);
        if (!rule.ok) return;
        expect(compileRating(rule.value)(value)).toBe(rateNumber(value, rule.value));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000), seed: 20261130 },
    );
  });
});

describe("ratingOf, the planner's rating without an assessment", () => {
  it("gives the rating assess gives, and blank wherever assess fails, for cells as councils type them", () => {
    const targets = ["<530", ">87%", "80%–90%", "530", "0", null, "Not a target"];
    const polarities = ["Low is good", "High is good", "n/a", null];
    const values = fc.oneof(
      fc.double({ noNaN: false }),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }).map((n) => `${n}%`),
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => n.toLocaleString("en-GB")),
      fc.constantFrom("", "N/A", "-", "#N/A", "#DIV/0!", "<530", "86.90%", "40 (Average over year)", "£1,807,449", "pending", true, null),
    );
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.constantFrom(...polarities), values, (target, polarity, value) => {
        const rule = prepareRule(target, polarity, 0.05);
        if (!rule.ok) return;
        const assessment = assess(value, rule.value);
        expect(ratingOf(value, rule.value)).toBe(assessment.ok ? assessment.value.rating : "");
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000), seed: 20261130 },
    );
  });
});
