/** ASCOF measures against their published rates. */
import { laidOutFixture } from "../../../test/helpers/fixtureScorecard";
import { ASCOF_MEASURES, type AscofFramework } from "./ascofCatalogue";
import { ascofInfo, ascofValue, findMeasure, impliedPopulation, measureByName } from "./ascof";
import { rate } from "./rate";
import { checkImpliedPopulations, checkRateAgainstPopulation, impliedByPeriod, type RatePair } from "./rateChecks";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("the ASCOF catalogue covers every measure for scorecards, in both frameworks", () => {
  it.each([
    // old id, 2023-24 id, unit, good is
    ["2A(1)", "2B", "per 100,000", "low"],
    ["2A(2)", "2C", "per 100,000", "low"],
    ["2D", "2A", "percentage", "high"],
    ["2B(1)", "2D", "percentage", "high"],
    ["2B(2)", null, "percentage", "high"],
    ["1G", "2E", "percentage", "high"],
    ["1E", "1E", "percentage", "high"],
    ["1C(1A)", "3D(1A)", "percentage", "high"],
    ["1C(1B)", "3D(1B)", "percentage", "high"],
    ["1C(2A)", "3D(2A)", "percentage", "high"],
    ["1C(2B)", "3D(2B)", "percentage", "high"],
    ["1B", "1B", "percentage", "high"],
    ["1D", "1D", "score", "high"],
    ["1A", "1A", "score", "high"],
    ["1F", null, "percentage", "high"],
    ["1H", null, "percentage", "high"],
  ])("%s (2014–22) ↔ %s (2023-24)", (oldId, newId, unit, polarity) => {
    const old = value(findMeasure(oldId, "2014-22"));
    expect([old.framework, old.id, old.unit, old.polarity, old.otherId]).toEqual(["2014-22", oldId, unit, polarity, newId]);
    if (newId) {
      const current = value(findMeasure(newId, "2023-24"));
      expect([current.framework, current.unit, current.polarity]).toEqual(["2023-24", unit, polarity]);
    }
  });

  it("has one entry per id in each framework", () => {
    const keys = ASCOF_MEASURES.map((m) => `${m.framework} ${m.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("ids are read leniently and frameworks resolve ambiguity", () => {
  it.each(["2A(2)", "2A2", "2a2", "2A part 2", "ASCOF 2A2", " 2A (2) "])("%p is 2A(2) in 2014–22", (id) => {
    expect(value(findMeasure(id, null)).id).toBe("2A(2)");
  });

  it("an id only in the other framework resolves there; an ambiguous one follows the framework", () => {
    expect(value(findMeasure("2A1", "2023-24")).framework).toBe("2014-22"); // only old
    expect(value(findMeasure("2E", "2014-22")).framework).toBe("2023-24"); // only new
    expect(value(findMeasure("2B", null)).name).toContain("aged 18 to 64 whose long-term support needs are met by admission"); // 2023-24 default
    expect(value(findMeasure("2B", "2014-22")).id).toBe("2B(1)"); // old workbooks write the headline part as "2B"
  });

  it("names the nearest ids for an unknown one", () => {
    expect(findMeasure("2F", null)).toMatchObject({ ok: false, error: { kind: "value" } });
    const result = findMeasure("2F", null);
    if (!result.ok) expect(result.error.message).toMatch(/^"2F" is not an ASCOF measure id\. Nearest: /);
  });

  it("catches the wrong label a published scorecard prints: LD own home called 1F is 1G (2E today)", () => {
    const label = "Proportion of adults with a learning disability living in their own home or with their family (ASCOF 1F)";
    expect(measureByName(label, "2014-22")?.id).toBe("1G");
    expect(measureByName(label)?.id).toBe("2E");
    expect(value(findMeasure("1F", "2014-22")).name).toContain("mental health");
  });
});

describe("a label matched to its measure by its words", () => {
  it.each([
    // Both 3A and 3B have every keyword here; naming carers makes it the carers' one.
    ["Carers who find it easy to find information about services", "2023-24", "3B"],
    // "excluding carers" is not about carers: the people part of direct payments, not the carers' part.
    ["Proportion of people using social care who receive direct payments (excluding carers)", "2023-24", "3D(2A)"],
    ["Proportion of carers using social care who receive direct payments", "2023-24", "3D(2B)"],
    // 1C without the word "services": the adjustment names it.
    ["Adjusted social care-related quality of life – impact of adult social care", "2023-24", "1C"],
    ["Social care-related quality of life score", "2023-24", "1A"],
    // 1C's keywords are 1A's and two more: naming either of those makes it the more specific 1C, though 1A's four
    // words all appear.
    ["Adjusted social care-related quality of life", "2023-24", "1C"],
    ["Social care-related quality of life – impact of services", "2023-24", "1C"],
    // One carer is a carer too; "excluding unpaid carers", "non-carer" and a label wrapped across lines exclude them.
    ["Carer: easy to find information about services", "2023-24", "3B"],
    ["Proportion of people using social care who receive direct payments (excluding unpaid carers)", "2023-24", "3D(2A)"],
    ["Direct payments, non-carer", "2023-24", "3D(2A)"],
    ["Proportion of people using social care who receive direct payments (excluding\n  carers)", "2023-24", "3D(2A)"],
    // An en dash in the band, as papers print it.
    ["Permanent admissions to residential and nursing care homes, aged 18–64, per 100,000", "2023-24", "2B"],
  ])("%p (%s) is %s", (label, framework, id) => expect(measureByName(label, framework as AscofFramework)?.id).toBe(id));

  it("names no measure when the words fit two equally: admissions with no age band", () => {
    expect(measureByName("Permanent admissions to residential and nursing care homes per 100,000")).toBeNull();
  });
});

describe("ASCOF, ASCOFINFO and IMPLIEDPOP", () => {
  it("rates per 100,000 to 1 dp and percentages to 0.1 percentage point", () => {
    expect(value(ascofValue("2C", 438, "87,009", null))).toBe(503.4);
    expect(value(ascofValue("2A2", 443, 88247, "2014-22"))).toBe(502);
    expect(value(ascofValue("2E", 1020, 1200, null))).toBe(0.85);
    expect(value(ascofValue("1E", 51, 1020, null))).toBe(0.05);
    expect(ascofValue("2C", 5, 0, null)).toMatchObject({ ok: false, error: { kind: "div0" } });
  });

  it("describes a measure", () => {
    expect(value(ascofInfo("2A(2)", null, null))).toContain("aged 65 and over");
    expect(value(ascofInfo("2C", "polarity", null))).toBe("Low is good");
    expect(value(ascofInfo("2C", "otherid", null))).toBe("2A(2)");
    expect(value(ascofInfo("2C", "population", null))).toBe("65+");
    expect(value(ascofInfo("2B(2)", "otherId", null))).toBe("");
    expect(ascofInfo("2C", "colour", null)).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("finds the denominator a published rate used", () => {
    expect(Math.round(value(impliedPopulation(438, 503.4, null)))).toBe(87_008);
    expect(Math.round(value(impliedPopulation(443, "502.0", null)))).toBe(88_247);
    expect(Math.round(value(impliedPopulation("1,038", 34, 10000)))).toBe(305_294);
  });
});

describe("the published scorecard's rates, reproduced and reconciled", () => {
  const rows = laidOutFixture();
  const row = (start: string) => rows.find((r) => r.fixture.measure.startsWith(start))!;
  const PERIODS = [
    ["Year end 2020-2021", "F", "year_end_2020_21"],
    ["Quarter 1", "G", "q1"],
    ["Quarter 2", "H", "q2"],
    ["Quarter 3", "I", "q3"],
  ] as const;
  const pair = (label: string, countRow: string, rateRow: string, per: number): RatePair => {
    const counts = row(countRow);
    const rates = row(rateRow);
    return {
      label,
      per,
      periods: PERIODS.map(([period, column, key]) => ({
        period,
        count: { address: `Scorecard!${column}${counts.sheetRow}`, value: counts.fixture[key] },
        rate: { address: `Scorecard!${column}${rates.sheetRow}`, value: rates.fixture[key] },
      })),
    };
  };
  const admissions18 = pair("Residential admissions 18–64 (2A1)", "Residential admissions for 18-64 age band (total", "Residential admissions for 18-64 age band per 100k", 100_000);
  const admissions65 = pair("Residential admissions 65+ (2A2)", "Residential admissions for 65+ age band (total", "Residential admissions for 65+ age band per 100k", 100_000);
  const dols = pair("New DOLS requests", "New DOLS requests (cumulative)", "New DOLS requests per 100,000", 100_000);
  const carers = pair("Carers supported", "Numbers of distinct individuals supported through the Carers Hub", "Rate of carers receiving a carer service", 10_000);

  it.each([
    [admissions18, 216_867, ["Year end 2020-2021", "Quarter 1", "Quarter 2", "Quarter 3"]],
    [admissions65, 87_008, ["Quarter 1", "Quarter 2", "Quarter 3"]],
    [dols, 308_605, ["Quarter 1", "Quarter 2", "Quarter 3"]],
    [carers, 305_294, ["Quarter 2", "Quarter 3"]], // the year end used another population (1,749 at 58 → about 301,552)
  ])("%# reproduces its published rates from the counts and the population Q3 implies", (ratePair, population, reproduced) => {
    const q3 = ratePair.periods[3];
    expect(Math.round(value(impliedPopulation(q3.count.value, q3.rate.value, ratePair.per)))).toBe(population);
    const decimals = ratePair.per === 10_000 ? 0 : 1;
    const matching = ratePair.periods
      .filter((p) => value(rate(p.count.value, population, ratePair.per, decimals)) === Number(p.rate.value))
      .map((p) => p.period);
    expect(matching).toEqual(reproduced);
  });

  it("gives each period's implied population for the pane, flagged as the check flags it", () => {
    const periods = impliedByPeriod(admissions65).map((p) => [p.period.period, p.population === null ? null : Math.round(p.population), p.flagged]);
    expect(periods).toEqual([
      ["Year end 2020-2021", 88_247, true],
      ["Quarter 1", 87_012, false],
      ["Quarter 2", 87_009, false],
      ["Quarter 3", 87_008, false],
    ]);
  });

  it("flags the periods whose implied population disagrees, naming both cells", () => {
    const findings = [admissions18, admissions65, dols, carers].flatMap((p) => checkImpliedPopulations(p));
    expect(findings).toEqual([
      {
        cell: "Scorecard!F9",
        severity: "warning",
        message:
          "Residential admissions 65+ (2A2), Year end 2020-2021: 443 (Scorecard!F8) at 502.0 (Scorecard!F9) implies a population of 88,247, 1.4% more than the 87,009 the other periods imply.",
      },
      {
        cell: "Scorecard!F48",
        severity: "warning",
        message:
          "New DOLS requests, Year end 2020-2021: 2,836 (Scorecard!F47) at 932.1 (Scorecard!F48) implies a population of 304,259, 1.4% less than the 308,605 the other periods imply.",
      },
      {
        cell: "Scorecard!G43",
        severity: "warning",
        message:
          "Carers supported, Quarter 1: 417 (Scorecard!G42) at 17 (Scorecard!G43) implies a population of 245,294, 19.7% less than the 305,294 the other periods imply.",
      },
    ]);
  });

  it("flags a rate its count and stated population do not reproduce", () => {
    const [yearEnd, q1] = admissions65.periods;
    expect(checkRateAgainstPopulation(q1, 87_009, 100_000, "2A2")).toEqual([]);
    expect(checkRateAgainstPopulation(yearEnd, 87_009, 100_000, "2A2")).toEqual([
      {
        cell: "Scorecard!F9",
        severity: "warning",
        message: "2A2, Year end 2020-2021: 443 (Scorecard!F8) over a population of 87,009 is 509.1 per 100,000, not 502.0 (Scorecard!F9).",
      },
    ]);
  });
});

describe("reading ids, fields and frameworks: every spelling the readers take, and what they refuse", () => {
  it.each(["2A-2", "2A.2", "2A_2", "2A[2]", "ascof2a2", "2A PART 2"])("%p is 2A(2)", (id) => {
    expect(value(findMeasure(id, "2014-22")).id).toBe("2A(2)");
  });

  it.each([["2023-2024", "2023-24"], ["2023", "2023-24"], ["202324", "2023-24"], ["202425", "2024-25"], ["201422", "2014-22"], ["2014/2022", "2014-22"], ["2014", "2014-22"], ["2024 - 25", "2024-25"]])(
    "framework %p is %s",
    // 2C is not a 2014–22 id, so asked of 2014–22 it resolves in the nearest framework, 2023-24.
    (input, framework) => expect(value(findMeasure("2C", input)).framework).toBe(framework === "2014-22" ? "2023-24" : framework),
  );

  it.each(["x2024-25", "2024-25x", "x2023-24", "2023-24x", "x2014-22", "2014-22x"])("framework %p is refused", (input) => {
    expect(findMeasure("2C", input)).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("a number is read as an id (and is none); words after an id are not dropped", () => {
    // "2" is one edit from 2A, 2B, 2C, 2D and 2E: the first three in id order.
    expect(findMeasure(2, null)).toEqual({ ok: false, error: { kind: "value", message: '"2" is not an ASCOF measure id. Nearest: 2A, 2B, 2C.' } });
    expect(findMeasure("2C ASCOF", null)).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(ascofInfo("9Z", "unit", null)).toMatchObject({ ok: false, error: { kind: "value", message: '"9Z" is not an ASCOF measure id. Nearest: 1A, 1B, 1C.' } });
  });

  it("an id that is not text or a number is refused, asking for one", () => {
    expect(findMeasure(true, null)).toEqual({ ok: false, error: { kind: "value", message: 'Give an ASCOF measure id, such as "2C" or "2A(2)".' } });
  });

  it("names the three nearest ids by edit distance, ties in id order", () => {
    // "2F" is one edit from 1F, 2A, 2B, 2C, 2D and 2E; in id order the first three are 1F, 2A, 2B.
    expect(findMeasure("2F", null)).toEqual({ ok: false, error: { kind: "value", message: '"2F" is not an ASCOF measure id. Nearest: 1F, 2A, 2B.' } });
    // "3D2" is one insertion from 3D(2A) and 3D(2B), two edits from 2D, 3A, 3B, 3C, 3D(1A), 3D(1B)…
    expect(findMeasure("3D2", null)).toEqual({ ok: false, error: { kind: "value", message: '"3D2" is not an ASCOF measure id. Nearest: 3D(2A), 3D(2B), 1D.' } });
  });

  it("gives every field, the field read leniently", () => {
    expect(["unit", "id", "framework", "other id", "other_id", "Other-Id"].map((field) => value(ascofInfo("2C", field, "2024-25")))).toEqual([
      "per 100,000", "2C", "2024-25", "2A(2)", "2A(2)", "2A(2)",
    ]);
    expect(value(ascofInfo("1A", "unit", null))).toBe("score");
    expect(value(ascofInfo("2E", "unit", null))).toBe("percentage");
  });

  it("names the denominator of a rate the population, and of a percentage the denominator", () => {
    expect(ascofValue("2C", 5, "lots", null)).toMatchObject({ ok: false, error: { message: 'The population "lots" is not a number.' } });
    expect(ascofValue("2E", 5, "lots", null)).toMatchObject({ ok: false, error: { message: 'The denominator "lots" is not a number.' } });
    expect(ascofValue("2E", "lots", 5, null)).toMatchObject({ ok: false, error: { message: 'The numerator "lots" is not a number.' } });
    expect(ascofValue("2E", 5, 0, null)).toMatchObject({ ok: false, error: { kind: "div0", message: "The denominator is 0." } });
  });

  it("a rate of 0 implies no population", () => {
    expect(impliedPopulation(438, 0, null)).toEqual({ ok: false, error: { kind: "div0", message: "The rate is 0, so it implies no population." } });
  });

  it("a label must match more than 60% of a measure's words", () => {
    // 2E (2023-24) has five words: learning, disability, own, home, family. Three is 60%, not more; four is 80%.
    expect(measureByName("learning disability own")).toBeNull();
    expect(measureByName("learning disability own home")?.id).toBe("2E");
    expect(measureByName("")).toBeNull();
  });
});
