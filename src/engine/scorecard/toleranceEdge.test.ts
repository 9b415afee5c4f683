/**
 * The tolerance's edge, stated once (core/tolerance.ts): RAG's Amber and BENCHMARK's Similar take the same
 * comparison, so a figure just outside the tolerance is Red and Worse alike. Also the rules' branches a mutation
 * run showed no test would notice: a "<=" target with blank polarity, and a range target in the whole-range path.
 */
import fc from "fast-check";
import { benchmark } from "./benchmark";
import { rag } from "./rag";
import { ragGrid } from "./ragGrid";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("RAG and BENCHMARK share the tolerance's edge", () => {
  it.each([
    // value, target/benchmark, polarity, tolerance, RAG, BENCHMARK
    // Exactly 5% over 100 (105 − 100 = 5; 5 ÷ 100 = 5%): within, so Amber and Similar.
    [105, 100, "Low is good", 0.05, "Amber", "Similar"],
    // Just over the edge: (105.0001 − 100) ÷ 100 = 5.0001% > 5%, so Red and Worse.
    [105.0001, 100, "Low is good", 0.05, "Red", "Worse"],
    // (105.00000005 − 100) ÷ 100 = 5.000000005%: outside 5%. RAG's edge used to allow 1e-9 more than BENCHMARK's,
    // and called this Amber while BENCHMARK called it Worse.
    [105.00000005, 100, "Low is good", 0.05, "Red", "Worse"],
    // 10.5% against 10% (high is good): 0.5 ÷ 10 = 5% short, on the edge; in binary 0.105 vs 0.1 is not exact.
    [0.095, 0.1, "High is good", 0.05, "Amber", "Similar"],
    [0.0949, 0.1, "High is good", 0.05, "Red", "Worse"], // 5.1% short
    // 2.5% tolerance: 820 is 2.5% above 800 (20 ÷ 800), on the edge.
    [820, 800, "Low is good", 0.025, "Amber", "Similar"],
  ])("%p against %p (%s, tolerance %p): RAG %s, BENCHMARK %s", (figure, target, polarity, tolerance, ragRating, comparison) => {
    expect(value(rag(figure, target, polarity, tolerance))).toBe(ragRating);
    expect(value(benchmark(figure, target, polarity, tolerance))).toBe(comparison);
  });

  it("a value that misses its target is Amber exactly when the same pair is Similar as a benchmark", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.constantFrom(0, 0.01, 0.025, 0.05, 0.1),
        fc.constantFrom("Low is good", "High is good"),
        (target, tenthsOfPercent, tolerance, polarity) => {
          // The value is target × (1 + k/1000), typed to 12 significant figures as a person would type it.
          const figure = Number((target * (1 + tenthsOfPercent / 1000)).toPrecision(12));
          const rating = value(rag(figure, target, polarity, tolerance));
          const comparison = value(benchmark(figure, target, polarity, tolerance));
          if (rating === "Green") return; // meets the target: Better or Similar, either may be right
          expect(rating === "Amber").toBe(comparison === "Similar");
          // And the edge is where the arithmetic puts it: |k| ÷ 1000 against the tolerance.
          expect(rating === "Amber").toBe(Math.abs(tenthsOfPercent) / 1000 <= tolerance);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000), seed: 20261207 },
    );
  });
});

describe("the direction a comparator gives when polarity is blank", () => {
  it.each([
    // "<=30" means low is good (README, RAG rules: "<" = low is good), and level with 30 meets it.
    [29, "<=30", "Green"],
    [30, "<=30", "Green"],
    [31, "<=30", "Amber"], // 1 ÷ 30 = 3.3% over, within 5%
    [32, "<=30", "Red"], // 2 ÷ 30 = 6.7% over
    [30, ">=30", "Green"],
    [29, ">=30", "Amber"], // 1 ÷ 30 = 3.3% short
  ])("%p against %p with no polarity is %p", (figure, target, expected) => {
    expect(value(rag(figure, target, null, null))).toBe(expected);
  });
});

describe("a range target over a whole range (the custom function's one-rule path)", () => {
  it("rates inside Green, near a bound Amber and far off Red, cell by cell as RAG does", () => {
    const values = [[0.85], [0.8], [0.9], [0.78], ["92%"], [0.5], [87], [null]];
    // 80%–90% at 5%: 0.78 is 0.02 ÷ 0.8 = 2.5% below the lower bound; 92% is 0.02 ÷ 0.9 = 2.2% above the upper;
    // 0.5 is 37.5% below; 87 in a "%" target is 87%.
    const expected = ["Green", "Green", "Green", "Amber", "Amber", "Red", "Green", ""];
    const grid = value(ragGrid(values, [["80%–90%"]], [[null]], [[null]], (error) => error.message));
    expect(grid.map((row) => row[0])).toEqual(expected);
    expect(values.map(([cell]) => value(rag(cell, "80%–90%", null, null)))).toEqual(expected);
  });
});
