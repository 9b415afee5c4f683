/** Rates per head of population, with their rounding and refusals. */
import fixture from "../../../test/fixtures/scorecard-q3-2021-22.json";
import { rate } from "./rate";

/** The published figures' implied denominators: 65+ ≈ 87,009 in 2021/22. */
const POPULATION_65_PLUS_2021_22 = 87_009;

describe("rate", () => {
  it("reproduces the published 65+ admissions rates from the counts (ASCOF 2A2, 2021/22 quarters)", () => {
    const counts = fixture.rows.find((r) => r.measure.startsWith("Residential admissions for 65+ age band (total"));
    const rates = fixture.rows.find((r) => r.measure.includes("(ASCOF 2A2)"));
    expect(counts && rates).toBeTruthy();
    for (const quarter of ["q1", "q2", "q3"] as const) {
      const computed = rate(counts![quarter], POPULATION_65_PLUS_2021_22, null, null);
      expect(computed).toEqual({ ok: true, value: Number(rates![quarter]) });
    }
  });

  it("uses the base and decimals given, reading cell text", () => {
    expect(rate("1,038", "305,000", 10000, 0)).toEqual({ ok: true, value: 34 });
    expect(rate(438, "87,009", "100,000", 3)).toEqual({ ok: true, value: 503.396 });
    // Negative decimals round to the left of the point, as ROUND does: 7,585,000 ÷ 200,000 × 100,000 = 3,792,500,
    // a tie at the thousands, which rounds away from zero to 3,793,000 (binary arithmetic gives 3,792,499.99…).
    expect(rate(7585000, 200000, 100000, -3)).toEqual({ ok: true, value: 3793000 });
  });

  it("treats blank optional arguments as the defaults, as Excel passes them (null)", () => {
    expect(rate(438, 87009, null, null)).toEqual(rate(438, 87009, 100000, 1));
    expect(rate(438, 87009, "", "")).toEqual(rate(438, 87009, 100000, 1));
  });

  it("takes whole decimal places from -10 to 15, as the tooltip says, and refuses 16 and -11", () => {
    // 5 ÷ 100 × 100,000 = 5,000: to 15 places it is 5,000; to -10 places (tens of billions) it is 0.
    expect(rate(5, 100, null, 15)).toEqual({ ok: true, value: 5000 });
    expect(rate(5, 100, null, -10)).toEqual({ ok: true, value: 0 });
    expect(rate(5, 100, null, 16)).toMatchObject({ ok: false, error: { kind: "value", message: "The number of decimal places 16 must be a whole number from -10 to 15." } });
    expect(rate(5, 100, null, -11)).toMatchObject({ ok: false, error: { kind: "value", message: "The number of decimal places -11 must be a whole number from -10 to 15." } });
    // 1 ÷ 3 × 100,000 = 33,333.33…: 0 places 33,333; -2 places 33,300.
    expect(rate(1, 3, null, 0)).toEqual({ ok: true, value: 33333 });
    expect(rate(1, 3, null, -2)).toEqual({ ok: true, value: 33300 });
  });

  it("gives #DIV/0! for a population of 0", () => {
    expect(rate(5, 0, null, null)).toMatchObject({ ok: false, error: { kind: "div0" } });
  });

  it.each([
    [-1, 100, null, null, "The count -1 is negative."],
    [5, "lots", null, null, 'The population "lots" is not a number.'],
    [5, 100, 0, null, "The rate base (per) must be more than 0"],
    [5, 100, null, 1.5, "must be a whole number from -10 to 15"],
    [5, 100, "per", null, 'The rate base (per) "per" is not a number.'],
  ])("rate(%p, %p, %p, %p) is #VALUE! saying %p", (count, population, per, decimals, message) => {
    const result = rate(count, population, per, decimals);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("value");
      expect(result.error.message).toContain(message);
    }
  });

  it("a blank count is #N/A (no figure), not 0", () => {
    expect(rate(null, 87009, null, null)).toMatchObject({ ok: false, error: { kind: "na" } });
    expect(rate("N/A", 87009, null, null)).toMatchObject({ ok: false, error: { kind: "na" } });
  });
});

it("decimal places that are not a number are refused as such", () => {
  expect(rate(5, 100, null, "two")).toMatchObject({ ok: false, error: { kind: "value", message: 'The number of decimal places "two" is not a number.' } });
});
