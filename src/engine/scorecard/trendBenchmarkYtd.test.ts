/** Direction of travel, benchmark comparison and year-to-date figures. */
import fc from "fast-check";
import { benchmark } from "./benchmark";
import { trend } from "./trend";
import { forecastYearEnd, yearToDate } from "./ytd";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("TREND", () => {
  it.each([
    [438, 290, "Low is good", null, "Worsening"],
    [290, 438, "Low is good", null, "Improving"],
    ["18.0%", "17.8%", "High is good", null, "Improving"],
    ["55.5%", "58.6%", "High is good", null, "Worsening"],
    ["85.0%", "85.0%", "High is good", null, "No change"],
    [2267, 2226, "n/a", null, "Up"],
    [1193, 1243, null, null, "Down"],
    [101, 100, "Low is good", "2%", "No change"], // within the threshold
    [85, "85.0%", "High is good", null, "No change"], // a plain 85 beside 85.0% is the same figure
    [null, 100, "Low is good", null, ""],
    ["N/A", 100, "Low is good", null, ""],
  ])("%p after %p (%p, threshold %p) → %p", (current, previous, polarity, threshold, expected) => {
    expect(value(trend(current, previous, polarity, threshold))).toBe(expected);
  });

  it("refuses an unknown polarity and unreadable figures", () => {
    expect(trend(1, 2, "sideways", null)).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(trend("lots", 2, null, null)).toMatchObject({ ok: false, error: { message: 'The current value "lots" is not a number.' } });
    expect(trend(Number.NaN, 2, null, null)).toMatchObject({ ok: false, error: { message: "The current value NaN is not a number." } });
  });

  it("reads a number cell as it reads the same figure typed as text, beside a percentage or not", () => {
    const figure = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
    fc.assert(
      fc.property(figure, figure, fc.boolean(), fc.constantFrom("High is good", "Low is good", null), fc.constantFrom(0, 0.05), (a, b, percent, polarity, threshold) => {
        // The number path takes the number itself; the text path goes through readFigure.
        const asText = percent ? `${b}%` : String(b);
        expect(trend(a, percent ? asText : b, polarity, threshold)).toEqual(trend(String(a), asText, polarity, threshold));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000), seed: 20261130 },
    );
  });
});

describe("BENCHMARK", () => {
  it.each([
    ["503.4", "628.2", "Low is good", null, "Better"],
    ["503.4", "715.0", "Low is good", null, "Better"],
    ["5.0%", "5.8%", "High is good", null, "Worse"],
    ["85.0%", "85.7%", "High is good", null, "Similar"], // 0.8% apart
    ["85.0%", "75.4%", "High is good", null, "Better"],
    ["826.3", "454", "n/a", null, "Higher"],
    ["826.3", "433", null, null, "Higher"],
    [100, 104, "High is good", "5%", "Similar"],
    [100, 106, "High is good", "5%", "Worse"],
    [null, 100, "High is good", null, ""],
  ])("%p vs %p (%p) → %p", (ours, theirs, polarity, tolerance, expected) => {
    expect(value(benchmark(ours, theirs, polarity, tolerance))).toBe(expected);
  });
});

describe("YTD and FORECAST", () => {
  it("sums in-period counts, skipping the blank Q4", () => {
    expect(value(yearToDate(["3,382", "3,142", "2,897", null], null, null))).toBe(9421);
  });

  it("takes the latest, average, min or max", () => {
    const quarters = ["75%", "72%", "72%", null];
    expect(value(yearToDate(quarters, "latest", null))).toBeCloseTo(0.72, 12);
    expect(value(yearToDate(quarters, "average", null))).toBeCloseTo(0.73, 12);
    expect(value(yearToDate(quarters, "min", null))).toBeCloseTo(0.72, 12);
    expect(value(yearToDate(quarters, "MAX", null))).toBeCloseTo(0.75, 12);
  });

  it("counts only the periods reported, so a desktop empty cell (0) in Q4 is not the latest", () => {
    expect(value(yearToDate([1095, 1130, 1117, 0], "latest", 3))).toBe(1117);
    expect(value(yearToDate([1095, 1130, 1117, 0], "latest", null))).toBe(0);
  });

  it("gives \"\" with no figures, and refuses a bad method or count", () => {
    expect(value(yearToDate([null, "N/A", "", null], "sum", null))).toBe("");
    expect(yearToDate([1, 2], "median", null)).toMatchObject({ ok: false, error: { message: 'The method "median" is not one of sum, latest, average, min or max.' } });
    expect(yearToDate([1, 2], null, 3)).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(yearToDate([1, "lots"], null, null)).toMatchObject({ ok: false, error: { message: 'The period value "lots" is not a number.' } });
  });

  it("forecasts the year end on a straight line", () => {
    expect(value(forecastYearEnd(9421, 3, null))).toBeCloseTo(12561.33, 2);
    expect(value(forecastYearEnd("826.3", 3, 4))).toBeCloseTo(1101.73, 2); // 826.3 after Q3 ≈ 1,102 for the year
    expect(value(forecastYearEnd(null, 3, 4))).toBe("");
    expect(forecastYearEnd(100, 0, 4)).toMatchObject({ ok: false, error: { kind: "value" } });
  });
});
