/**
 * The 2023-24 and 2024-25 ASCOF frameworks against their published definitions: NHS England's SALT sources for
 * ASCOF 2023-24, its client level data (CLD) pages for 2024-25, and the ASCOF handbook of definitions.
 */
import fixture from "../../../test/fixtures/scorecard-q3-2021-22.json";
import { ASCOF_MEASURES, type AscofFramework } from "./ascofCatalogue";
import { ascofInfo, ascofValue, DEFAULT_FRAMEWORK, findMeasure, measureByName, parseFramework } from "./ascof";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const ids = (framework: AscofFramework) => ASCOF_MEASURES.filter((m) => m.framework === framework).map((m) => m.id).sort();

describe("every measure of the six objectives, with its unit and polarity", () => {
  // Objective 1 quality of life, 2 independence, 3 empowerment, 4 safety, 5 social connections (6 workforce: 2024-25).
  const BOTH = ["1A", "1B", "1C", "1D", "1E", "2A", "2B", "2C", "2D", "2E", "3A", "3B", "3C", "3D(1A)", "3D(1B)", "3D(2A)", "3D(2B)", "4A", "4B", "5A", "5B"];

  it("lists the same ids in 2023-24 and 2024-25, with the workforce measures from 2024-25", () => {
    expect(ids("2023-24")).toEqual([...BOTH].sort());
    expect(ids("2024-25")).toEqual([...BOTH, "6A", "6B"].sort());
  });

  it.each([
    // id, unit, good is — the survey measures are scores or percentages of respondents
    ["1A", "score", "high"], // out of 24
    ["1B", "percentage", "high"],
    ["1C", "score", "high"],
    ["1D", "score", "high"], // out of 12
    ["1E", "percentage", "high"],
    ["2A", "percentage", "high"],
    ["2B", "per 100,000", "low"],
    ["2C", "per 100,000", "low"],
    ["2D", "percentage", "high"],
    ["2E", "percentage", "high"],
    ["3A", "percentage", "high"],
    ["3B", "percentage", "high"],
    ["3C", "percentage", "high"],
    ["3D(1A)", "percentage", "high"],
    ["3D(2B)", "percentage", "high"],
    ["4A", "percentage", "high"],
    ["4B", "percentage", "high"],
    ["5A", "percentage", "high"],
    ["5B", "percentage", "high"],
  ])("%s is a %s, %s is good, in both", (id, unit, polarity) => {
    for (const framework of ["2023-24", "2024-25"] as const) {
      const m = value(findMeasure(id, framework));
      expect([m.framework, m.unit, m.polarity]).toEqual([framework, unit, polarity]);
    }
  });

  it("the workforce measures: turnover is low-is-good, CQC ratings high-is-good", () => {
    expect(value(ascofInfo("6A", "polarity", "2024-25"))).toBe("Low is good");
    expect(value(ascofInfo("6B", "polarity", "2024-25"))).toBe("High is good");
  });

  it("states the score ranges the surveys publish: 1A out of 24, 1D out of 12", () => {
    expect(value(ascofInfo("1A", "numerator", null))).toContain("(0 to 24)");
    expect(value(ascofInfo("1D", "numerator", null))).toContain("(0 to 12)");
    expect(value(ascofInfo("1D", "name", null))).toBe("Carer-reported quality of life score");
  });
});

describe("3D's four parts, as NHS England's SALT sources for ASCOF 2023-24 number them", () => {
  it.each([
    ["3D part 1a", "3D(1A)", "people who use services who receive self-directed support"],
    ["3D1b", "3D(1B)", "carers receiving self-directed support"],
    ["3D part 2a", "3D(2A)", "people who use services who receive direct payments"],
    ["3D2a", "3D(2A)", "people who use services who receive direct payments"],
    ["3D(2a)", "3D(2A)", "people who use services who receive direct payments"],
    ["ASCOF 3D part 2b", "3D(2B)", "carers receiving direct payments"],
    ["3D", "3D(1A)", "people who use services who receive self-directed support"], // the headline part, as before
  ])("%p is %s, %s", (input, id, name) => {
    for (const framework of [null, "2024-25"]) {
      const m = value(findMeasure(input, framework));
      expect(m.id).toBe(id);
      expect(m.name).toBe(`The proportion of ${name}`);
    }
  });

  it("people's parts count long-term community support at 31 March; carers' parts the year to 31 March", () => {
    expect(value(ascofInfo("3D2a", "denominator", null))).toBe("Adults aged 18 and over receiving long-term community support at 31 March");
    expect(value(ascofInfo("3D2b", "denominator", null))).toBe("Carers aged 18 and over receiving support direct to the carer in the year to 31 March");
    expect(value(ascofInfo("3D1a", "numerator", null))).toContain("a direct payment, a part direct payment or a council-managed personal budget");
  });

  it("each old 1C part maps to its 3D part", () => {
    expect(["1C(1A)", "1C(1B)", "1C(2A)", "1C(2B)"].map((id) => value(ascofInfo(id, "otherid", null)))).toEqual(["3D(1A)", "3D(1B)", "3D(2A)", "3D(2B)"]);
  });
});

describe("what changed between the frameworks", () => {
  it("2E is the learning-disability measure in 2023-24 and everyone receiving long-term support in 2024-25", () => {
    const before = value(findMeasure("2E", "2023-24"));
    const after = value(findMeasure("2E", "2024-25"));
    expect([before.name, before.population, before.otherId]).toEqual([
      "The proportion of adults with a learning disability (aged 18 to 64) who live in their own home or with their family", "18–64", "1G",
    ]);
    expect([after.name, after.population, after.otherId]).toEqual([
      "The proportion of people who receive long-term support who live in their home or with family", "18+", null,
    ]);
    expect(after.denominator).toBe("People aged 18 and over receiving long-term support in the year");
  });

  it("2A keeps the handbook's \"who previously were not receiving services\" in both", () => {
    for (const framework of ["2023-24", "2024-25"]) {
      expect(value(ascofInfo("2A", "name", framework))).toBe(
        "The proportion of people who received short-term services during the year – who previously were not receiving services – where no further request was made for ongoing support",
      );
    }
  });

  it("2D carries no \"redefined\" tag in 2023-24 (91 days), and is the 12-week CLD measure in 2024-25", () => {
    expect(value(ascofInfo("2D", "name", "2023-24"))).toBe(
      "The proportion of older people (aged 65 and over) who were still at home 91 days after discharge from hospital into reablement/rehabilitation services",
    );
    expect(value(ascofInfo("2D", "name", "2024-25"))).toContain("remained in the community within 12 weeks of discharge");
    expect(ASCOF_MEASURES.some((m) => /redefined/i.test(m.name))).toBe(false);
  });

  it("every entry names its source, and says so where the wording is not confirmed", () => {
    for (const m of ASCOF_MEASURES) expect(m.source.length).toBeGreaterThan(20);
    expect(value(ascofInfo("1C", "source", null))).toMatch(/^Wording not confirmed/);
    expect(value(ascofInfo("4A", "source", null))).toMatch(/the id 4A and the measure's name are not confirmed against the handbook text$/);
    expect(value(ascofInfo("3D(2A)", "source", null))).toMatch(/^NHS England, SALT data sources for ASCOF 2023-24/);
  });
});

describe("the framework argument and the default", () => {
  it.each([
    ["2024-25", "2024-25"], ["2024/25", "2024-25"], ["2024–2025", "2024-25"], ["2024", "2024-25"], ["latest", "2024-25"],
    ["2023/24", "2023-24"], ["new", "2023-24"], ["2014-22", "2014-22"], ["old", "2014-22"], [null, "2023-24"], ["", "2023-24"],
  ])("%p is %s", (input, framework) => {
    expect(parseFramework(input)).toEqual({ ok: true, value: framework });
  });

  it("refuses another year, naming the three", () => {
    expect(parseFramework("2025-26")).toEqual({
      ok: false,
      error: { kind: "value", message: 'The framework "2025-26" is not "2024-25", "2023-24" or "2014-22".' },
    });
  });

  it("a blank framework stays 2023-24, so a formula written before 2024-25 keeps its meaning", () => {
    expect(DEFAULT_FRAMEWORK).toBe("2023-24");
    expect(value(ascofInfo("2E", "population", null))).toBe("18–64");
    expect(measureByName("Proportion of adults with a learning disability living in their own home or with their family")?.id).toBe("2E");
  });

  it("an id in another framework resolves in the nearest one: 2014–22 asks for 3D(2A) → 2023-24; 2023-24 asks for 6A → 2024-25", () => {
    expect(value(findMeasure("3D(2A)", "2014-22")).framework).toBe("2023-24");
    expect(value(findMeasure("6A", "2023-24")).framework).toBe("2024-25");
    expect(value(findMeasure("6A", "2014-22")).framework).toBe("2024-25");
    expect(value(findMeasure("2A(2)", "2024-25")).framework).toBe("2014-22");
    expect(value(findMeasure("2E", "2014-22")).framework).toBe("2023-24"); // nearer than 2024-25
  });

  it("the 2024-25 name catches a label by its words", () => {
    expect(measureByName("Proportion of people who receive long-term support who live in their home or with family", "2024-25")?.id).toBe("2E");
    expect(measureByName("Carer-reported quality of life", "2024-25")?.id).toBe("1D");
    expect(measureByName("Social care-related quality of life", "2024-25")?.id).toBe("1A");
  });
});

describe("scores are published to their own decimal places", () => {
  it("1A and 1D to 1 dp, 1C to 3 dp", () => {
    // 1A: 19,010 points from 1,000 respondents = 19.01 → 19.0 (out of 24); 1D: 7,350 from 1,000 = 7.35 → 7.4 (a tie, away from zero).
    expect(value(ascofValue("1A", 19_010, 1_000, null))).toBe(19);
    expect(value(ascofValue("1D", 7_350, 1_000, null))).toBe(7.4);
    // 1C: 403.5 ÷ 1,000 = 0.4035 → 0.404 at 3 dp (a tie, away from zero); at 1 dp it would be 0.4.
    expect(value(ascofValue("1C", 403.5, 1_000, null))).toBe(0.404);
  });
});

describe("2B and 2C against a real council's published rates (Adults and Health Committee scorecard, Q3 2021/22)", () => {
  // The scorecard prints the counts and the rates; the population is the one its Q3 rate implies (count ÷ rate ×
  // 100,000), as the published paper states none. Definitions of 2B/2C are the same in 2023-24 and 2024-25.
  const row = (start: string) => fixture.rows.find((r) => r.measure.startsWith(start))!;

  it.each(["2023-24", "2024-25"])("2C (65+) in %s: 136, 290, 438 over 87,009 are 156.3, 333.3, 503.4", (framework) => {
    // 136 ÷ 87,009 × 100,000 = 156.306… → 156.3; 290 → 333.298… → 333.3; 438 → 503.396… → 503.4.
    const counts = row("Residential admissions for 65+ age band (total");
    const rates = row("Residential admissions for 65+ age band per 100k");
    for (const quarter of ["q1", "q2", "q3"] as const) {
      expect(value(ascofValue("2C", counts[quarter], 87_009, framework))).toBe(Number(rates[quarter]));
    }
  });

  it.each(["2023-24", "2024-25"])("2B (18–64) in %s: 7, 15, 18 over 216,867 are 3.2, 6.9, 8.3", (framework) => {
    // 7 ÷ 216,867 × 100,000 = 3.2278… → 3.2; 15 → 6.9167… → 6.9; 18 → 8.29997… → 8.3.
    const counts = row("Residential admissions for 18-64 age band (total");
    const rates = row("Residential admissions for 18-64 age band per 100k");
    for (const quarter of ["q1", "q2", "q3"] as const) {
      expect(value(ascofValue("2B", counts[quarter], 216_867, framework))).toBe(Number(rates[quarter]));
    }
  });
});
