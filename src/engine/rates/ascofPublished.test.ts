/**
 * ASCOF ids, names, units and precision against what real councils and NHS England have printed
 * (test/fixtures/ascof-published.json, copied from the pages it names). No source found prints a measure's counts
 * and its outcome for one council, so nothing here divides; 2B and 2C are divided in ascofFrameworks.test.ts.
 */
import published from "../../../test/fixtures/ascof-published.json";
import scorecard from "../../../test/fixtures/scorecard-q3-2021-22.json";
import { ASCOF_MEASURES, type AscofFramework } from "./ascofCatalogue";
import { ascofInfo, ascofValue, findMeasure, measureByName } from "./ascof";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const [torbay, westSussex] = published.outcomes;
const framework = (name: string) => name as AscofFramework;
/** "ASC 1C part 2A: The proportion …" → ["ASC 1C part 2A", "The proportion …"]. */
const split = (asPrinted: string) => [asPrinted.slice(0, asPrinted.indexOf(":")), asPrinted.slice(asPrinted.indexOf(":") + 2)];
const printed = (values: readonly string[]) => values.filter((v) => v !== "n/a");

describe(`${torbay.council}: ${torbay.source}`, () => {
  const rows = torbay.rows.map((row) => [row.id, row] as const);

  it.each(torbay.rows.map((row) => [split(row.asPrinted)[0], row.id] as const))("%p as printed is the 2014–22 id %s", (printedId, id) => {
    expect(value(findMeasure(printedId, framework(torbay.framework))).id).toBe(id);
  });

  it.each(rows)("%s: the label as printed is recognised by its words", (id, row) => {
    expect(measureByName(row.asPrinted, framework(torbay.framework))?.id).toBe(id);
  });

  it.each(rows)("%s: a value printed with %% is a percentage, one printed bare is a score", (id, row) => {
    const units = new Set(printed(row.values).map((v) => (v.endsWith("%") ? "percentage" : "score")));
    expect([...units]).toEqual([value(ascofInfo(id, "unit", torbay.framework))]);
  });

  it("prints every percentage to 0.1 percentage point (2 dp, the second always 0), the precision ASCOF returns", () => {
    const percentages = torbay.rows.flatMap((row) => printed(row.values)).filter((v) => v.endsWith("%"));
    expect(percentages).toHaveLength(27); // nine percentage rows (1B, 1C × 4, 1E–1H) × three columns
    for (const text of percentages) expect(text).toMatch(/^\d{1,3}\.\d0%$/);
    // ASCOF keeps that precision: "19.80%" is 198 tenths of a point, so 198 of 1,000 is 0.198 (shown 19.80%), not
    // 0.2 as a 2 dp fraction would give; each printed figure comes back as printed.
    for (const row of torbay.rows) {
      for (const text of printed(row.values).filter((v) => v.endsWith("%"))) {
        const tenths = Number(text.slice(0, -2).replace(".", ""));
        expect(value(ascofValue(row.id, tenths, 1000, torbay.framework))).toBe(tenths / 1000);
      }
    }
  });

  it("prints 1A (out of 24) and 1D (out of 12) to 1 dp, as ASCOF rounds them", () => {
    // 1A 19.3 and 18.9, 1D 7.4 and 7.3: one decimal each; the 2021/22 1A outturn is printed "19", its 0 dropped.
    for (const id of ["1A", "1D"]) {
      const row = torbay.rows.find((r) => r.id === id)!;
      const decimals = printed(row.values).filter((v) => v.includes(".")).map((v) => v.split(".")[1].length);
      expect(decimals.length).toBeGreaterThan(0);
      expect(new Set(decimals)).toEqual(new Set([value(findMeasure(id, torbay.framework)).decimals ?? 1]));
    }
    // A score is rounded to that 1 dp: 7,350 points over 1,000 carers = 7.35 → 7.4 (away from zero), 1D's printed 2021/22 figure.
    expect(value(ascofValue("1D", 7_350, 1_000, torbay.framework))).toBe(7.4);
  });

  it.each(["1C(1A)", "1C(1B)", "1C(2A)", "1C(2B)"])("%s is named in the local account's words", (id) => {
    const row = torbay.rows.find((r) => r.id === id)!;
    expect(value(ascofInfo(id, "name", torbay.framework))).toBe(split(row.asPrinted)[1]);
    expect(value(ascofInfo(id, "source", torbay.framework))).toContain("local-account-summary/las-appendix1");
  });
});

describe(`${westSussex.council}: labels as printed, 2023-24`, () => {
  it.each(westSussex.rows.map((row) => [row.asPrinted, row.id] as const))("%p is %s, a percentage", (label, id) => {
    expect(measureByName(label, framework(westSussex.framework))?.id).toBe(id);
    expect(value(ascofInfo(id, "unit", westSussex.framework))).toBe("percentage");
  });

  it("the paper's own precision differs from the 0.1 point ASCOF returns; the test records it rather than following it", () => {
    // "50.75%" is 2 dp: NHS England publishes 5A to 1 dp. Had it been an unweighted share, say 5,075 of 10,000
    // respondents (not a published count), ASCOF would return 0.5075 → 0.508, 50.8% (a tie, away from zero).
    const [contact] = westSussex.rows;
    expect(contact.values[0]).toBe("50.75%");
    expect(value(ascofValue("5A", 5_075, 10_000, westSussex.framework))).toBe(0.508);
  });
});

describe("a council's committee scorecard (Q3 2021/22): the polarity and unit it prints for its ASCOF rows", () => {
  // The paper prints a "Polarity" column ("Low is good" / "High is good") and each value with its unit: a rate per
  // 100k to 1 dp, a percentage to 1 dp. Its ids are the 2014–22 ones; where it prints none, or a wrong one ("1F" for
  // the learning-disability home measure, which is 1G), the label's words name the measure.
  it.each([
    // the label's start, the measure, read by the id the paper prints or by the label's words
    ["Residential admissions for 18-64 age band per 100k population (ASCOF 2A1)", "2A(1)", "id"],
    ["Residential admissions for 65+ age band per 100k population (ASCOF 2A2)", "2A(2)", "id"],
    ["Proportion of adults with a learning disability in paid employment (ASCOF 1E)", "1E", "id"],
    ["Proportion of adults with a learning disability living in their own home or with their family (ASCOF 1F)", "1G", "words"],
    ["Proportion of adults receiving self-directed support", "1C(1A)", "words"],
    ["Proportion of adults receiving direct payments", "1C(2A)", "words"],
  ])("%p is %s (by its %s), with the paper's polarity and unit", (start, id, by) => {
    const row = scorecard.rows.find((r) => r.measure.startsWith(start))!;
    const printedId = /\(ASCOF (\w+)\)/.exec(row.measure)?.[1] ?? "";
    expect(by === "id" ? value(findMeasure(printedId, "2014-22")).id : measureByName(row.measure, "2014-22")?.id).toBe(id);
    expect(value(ascofInfo(id, "polarity", "2014-22"))).toBe(row.polarity);
    const unit = row.q3!.endsWith("%") ? "percentage" : row.measure.includes("per 100k") ? "per 100,000" : "neither";
    expect(value(ascofInfo(id, "unit", "2014-22"))).toBe(unit);
    expect(row.q3).toMatch(/^\d+\.\d%?$/); // 1 dp, as ASCOF returns both
  });

  it("its 65+ label is read by its words too: \"65+\" is the 65-and-over band", () => {
    const label = scorecard.rows.find((r) => r.measure.startsWith("Residential admissions for 65+ age band per 100k"))!.measure;
    expect(measureByName(label, "2014-22")?.id).toBe("2A(2)");
    expect(measureByName(label, "2023-24")?.id).toBe("2C");
    expect(measureByName(label.replace("65+", "18-64"), "2023-24")?.id).toBe("2B");
  });
});

describe("published wording the catalogue's definitions follow", () => {
  const wording = (id: string) => published.wording.find((w) => w.id === id)!;

  it("2C: NHS England's SALT page names it in the catalogue's words, formerly 2A(2), per 100,000", () => {
    const page = wording("2C");
    const [formerly, name] = page.asPrinted.split(" – ");
    expect(value(ascofInfo("2C", "name", page.framework))).toBe(name);
    expect(formerly).toContain(`(formally ${value(ascofInfo("2C", "otherid", page.framework))})`); // NHS England's spelling
    expect(page.formula).toBe("(X/Y)*100,000");
    expect(value(ascofInfo("2C", "unit", page.framework))).toBe("per 100,000");
  });

  it("3D part 1a: formerly 1C, a percentage of clients in long-term community support at 31 March", () => {
    const page = wording("3D(1A)");
    // The page's title names the whole measure: its words fit parts 1a and 2a equally, so no one part is claimed.
    expect(measureByName(page.asPrinted, page.framework as AscofFramework)).toBeNull();
    expect(value(findMeasure("3D", page.framework)).id).toBe("3D(1A)"); // "3D" alone is part 1a
    expect(page.asPrinted).toContain(`(formally ${value(ascofInfo("3D(1A)", "otherid", page.framework)).slice(0, 2)})`);
    expect(page.formula).toBe("(X/Y)*100");
    expect(value(ascofInfo("3D(1A)", "unit", page.framework))).toBe("percentage");
    expect(page.denominatorAsPrinted).toContain("long term community support at the year-end 31 March");
    expect(value(ascofInfo("3D(1A)", "denominator", page.framework))).toContain("long-term community support at 31 March");
  });

  it.each([
    // id, the survey answer in the published words, the same answer in the catalogue's numerator
    ["3A", "select the response very easy to find and fairly easy to find", "very or fairly easy to find information"],
    ["3B", "found it very or fairly easy to access information", "very or fairly easy to find information"],
    ["3C", "always or usually felt involved or consulted", "always or usually involved or consulted"],
    ["4A", "feel as safe as they want", "feel as safe as they want"],
    ["4B", "care and support services they receive has helped them in feeling safe", "care and support services they receive help them to feel safe"],
    ["5B", "as much social contact as they wanted with people they liked", "as much social contact as they want with people they like"],
  ])("%s: the numerator is the survey answer as published, and the source names the page", (id, publishedWords, catalogueWords) => {
    const page = wording(id);
    expect(page.asPrinted.replace(/["']/g, "")).toContain(publishedWords);
    expect(value(ascofInfo(id, "numerator", page.framework))).toContain(catalogueWords);
    expect(value(ascofInfo(id, "source", page.framework))).toContain(new URL(page.url).hostname.replace(/^www\./, ""));
    // The 2023-24 ids of the survey measures are still not checked against the handbook text, and the source says so.
    expect(value(ascofInfo(id, "source", page.framework))).toContain(`the id ${id} and the measure's name are not confirmed`);
  });

  it("2B in 2024-25: the denominator is the ONS mid-year estimate, as the 2024 to 2025 commentary says", () => {
    const page = wording("2B");
    expect(page.asPrinted).toContain("population estimates produced by the Office for National Statistics (ONS) are used as the denominators");
    expect(value(ascofInfo("2B", "denominator", page.framework))).toContain("ONS mid-year population estimate");
  });
});

describe("ids and labels as councils print them", () => {
  it.each([
    ["ASC 1C part 2A", "2014-22", "1C(2A)"],
    ["ASC 2C", "2023-24", "2C"],
    ["asc 3D part 2b", "2023-24", "3D(2B)"],
    ["ASCOF 2A2", "2014-22", "2A(2)"],
    [" ASCOF 1E", "2023-24", "1E"],
    ["asc2c", "2023-24", "2C"],
    ["ASCOF2A2", "2014-22", "2A(2)"],
  ])("%p in %s is %s", (printedId, fw, id) => {
    expect(value(findMeasure(printedId, fw)).id).toBe(id);
  });

  it("\"ASC\" is read only before the id: after it, it is not part of any id", () => {
    expect(findMeasure("2C ASC", "2023-24")).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("an \"ASC\" id computes as its measure: 438 admissions over 87,009 people aged 65+ = 503.4 per 100,000", () => {
    // 438 ÷ 87,009 × 100,000 = 503.396… → 503.4.
    expect(value(ascofValue("ASC 2C", 438, 87_009, "2023-24"))).toBe(503.4);
  });

  it("every measure's own name, in the words its source publishes, is recognised as that measure", () => {
    // Before: 1C's name ("Adjusted social care-related quality of life – impact of …") read as 1A, whose keywords it
    // holds too; 2B's ("adults aged 18 to 64") as nothing, the band being "18-64" in the keywords; the 2014–22 2D's
    // LG Inform wording ("… where the sequel to service was …") as nothing.
    for (const m of ASCOF_MEASURES) expect(`${m.framework} ${measureByName(m.name, m.framework)?.id}`).toBe(`${m.framework} ${m.id}`);
  });

  it("the safety measures' labels: feeling safe is 4A, services that made people feel safe and secure is 4B", () => {
    expect(measureByName("The proportion of people who use services who feel safe", "2023-24")?.id).toBe("4A");
    expect(measureByName("People who use services who say that those services have made them feel safe and secure", "2023-24")?.id).toBe("4B");
  });

  it("a carers' label is the carers' measure, though every word of the people measure is in it too", () => {
    expect(measureByName("The proportion of carers receiving direct payments", "2023-24")?.id).toBe("3D(2B)");
    expect(measureByName("The proportion of people receiving direct payments", "2023-24")?.id).toBe("3D(2A)");
    expect(measureByName("Carers receiving self-directed support", "2023-24")?.id).toBe("3D(1B)");
    expect(measureByName("People receiving self-directed support", "2023-24")?.id).toBe("3D(1A)");
  });
});
