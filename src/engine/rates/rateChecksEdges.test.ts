/** The rate checks at their edges: what is skipped (never flagged), and where rounding stops explaining a gap. */
import { checkImpliedPopulations, checkRateAgainstPopulation, impliedByPeriod, type RatePair, type RatePeriod } from "./rateChecks";

const period = (name: string, count: string | null, rate: string | null, column: string): RatePeriod => ({
  period: name,
  count: { address: `Scorecard!${column}8`, value: count },
  rate: { address: `Scorecard!${column}9`, value: rate },
});
const pair = (...periods: RatePeriod[]): RatePair => ({ label: "Admissions 65+", per: 100_000, periods });

describe("implied populations", () => {
  it("skips a period whose count or rate is blank, unreadable or a rate of 0: no population, never a flag", () => {
    const checked = pair(
      period("Q1", "136", "156.3", "G"),
      period("Q2", null, "333.3", "H"),
      period("Q3", "438", null, "I"),
      period("Q4", "n/k", "503.4", "J"),
      period("Outturn", "440", "0", "K"),
      period("Old", "438", "x", "L"),
    );
    expect(impliedByPeriod(checked).map((p) => [p.period.period, p.population === null ? null : Math.round(p.population), p.flagged])).toEqual([
      ["Q1", 87_012, false], // 136 ÷ 156.3 × 100,000 = 87,012
      ["Q2", null, false],
      ["Q3", null, false],
      ["Q4", null, false],
      ["Outturn", null, false],
      ["Old", null, false],
    ]);
    // One readable period has nothing to disagree with.
    expect(checkImpliedPopulations(checked)).toEqual([]);
  });

  it("two periods are enough to compare; within rounding they agree", () => {
    // 136 at 156.3 (156.25–156.35) implies 86,984–87,040; 438 at 503.4 (503.35–503.45) implies 87,000–87,017: they overlap.
    expect(checkImpliedPopulations(pair(period("Q1", "136", "156.3", "G"), period("Q3", "438", "503.4", "I")))).toEqual([]);
  });

  it("of two that disagree beyond rounding, each is flagged against the other", () => {
    // 443 at 502.0 implies 88,247 against Q3's 87,008: 1.4% apart, beyond the 1% threshold; with one other, neither has a majority.
    const findings = checkImpliedPopulations(pair(period("Year end", "443", "502.0", "F"), period("Q3", "438", "503.4", "I")));
    expect(findings.map((f) => f.cell)).toEqual(["Scorecard!F9", "Scorecard!I9"]);
    // At a threshold of 2% they agree.
    expect(checkImpliedPopulations(pair(period("Year end", "443", "502.0", "F"), period("Q3", "438", "503.4", "I")), 0.02)).toEqual([]);
  });
});

describe("a rate against its stated population", () => {
  const q3 = period("Q3", "438", "503.4", "I");

  it("is silent when the count, the rate or the population cannot be used", () => {
    expect(checkRateAgainstPopulation(period("Q3", "n/k", "503.4", "I"), 87_009, 100_000, "2C")).toEqual([]);
    expect(checkRateAgainstPopulation(period("Q3", "438", "n/k", "I"), 87_009, 100_000, "2C")).toEqual([]);
    expect(checkRateAgainstPopulation(q3, 0, 100_000, "2C")).toEqual([]);
  });

  it("allows the printed rounding and no more: 503.4 is 503.35 to 503.45", () => {
    // 438 ÷ 87,009 × 100,000 = 503.396 → 503.4: agrees. Over 87,100 it is 502.870 → 502.9, 0.5 from 503.4: flagged.
    expect(checkRateAgainstPopulation(q3, 87_009, 100_000, "2C")).toEqual([]);
    expect(checkRateAgainstPopulation(q3, 87_100, 100_000, "2C").map((f) => f.message)).toEqual([
      "2C, Q3: 438 (Scorecard!I8) over a population of 87,100 is 502.9 per 100,000, not 503.4 (Scorecard!I9).",
    ]);
  });

  it("compares a calculated rate as its format shows it: 503.36 shown as 503.4 agrees", () => {
    // A rate cell holding Excel's own unrounded 503.36, formatted "0.0", shows 503.4 (503.35 to 503.45): 438 ÷ 87,009
    // × 100,000 = 503.396 → 503.4, 0.04 from 503.36, within the 0.05 the shown rounding allows. Shown to "0.00" it
    // is 503.36, and 503.40 is 0.04 away, more than 0.005: flagged.
    const calculated = (format: string): RatePeriod => ({ ...q3, rate: { address: "Scorecard!I9", value: 503.36, numberFormat: format } });
    expect(checkRateAgainstPopulation(calculated("0.0"), 87_009, 100_000, "2C")).toEqual([]);
    expect(checkRateAgainstPopulation(calculated("0.00"), 87_009, 100_000, "2C").map((f) => f.message)).toEqual([
      "2C, Q3: 438 (Scorecard!I8) over a population of 87,009 is 503.4 per 100,000, not 503.36 (Scorecard!I9).",
    ]);
  });
});

describe("agreement is judged within the rounding the rates are printed to, by a majority", () => {
  it("rates printed as whole numbers per 10,000 agree while their ranges overlap", () => {
    // 100 at 10 (9.5–10.5) implies 95,238–105,263; 208 at 20 (19.5–20.5) implies 101,463–106,667: they overlap,
    // though the middles (100,000 and 104,000) are 4% apart.
    const carers = { label: "Carers", per: 10_000, periods: [period("Q1", "100", "10", "G"), period("Q2", "208", "20", "H")] };
    expect(checkImpliedPopulations(carers)).toEqual([]);
    // With no allowance beyond the rounding (a threshold of 0), overlapping ranges are 0 apart: they still agree.
    expect(checkImpliedPopulations(carers, 0)).toEqual([]);
  });

  it("a period agreeing with half the others is not flagged; the one agreeing with none is", () => {
    // Q1 (87,012) and Q2 (87,009) agree; the year end (88,247) agrees with neither. Q1 agrees with one of its two others.
    const findings = checkImpliedPopulations(pair(period("Q1", "136", "156.3", "G"), period("Q2", "290", "333.3", "H"), period("Year end", "443", "502.0", "F")));
    expect(findings.map((f) => f.cell)).toEqual(["Scorecard!F9"]);
  });
});
