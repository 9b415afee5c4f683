/**
 * Pairing on layouts councils use beyond "each count just above its rate": counts grouped above their rates, a
 * section heading worded like a rate, a " - year to date" suffix; and the label a finding opens with. The measure
 * texts are the published scorecard's (test/fixtures/scorecard-q3-2021-22.json) or worded the same way.
 */
import type { DetectedTable, TableRow } from "../sheet/table";
import type { SheetData } from "../sheet/workbook";
import { ratePairCells, suggestRatePairs } from "./ratePairs";

/** A scorecard from A1: the measure in column A, one quarter in column B. */
function scorecard(rows: readonly (readonly [string, TableRow["kind"]])[]): { sheet: SheetData; table: DetectedTable } {
  const values = rows.map(([text], i) => [text, i]);
  const sheet: SheetData = { name: "Scorecard", top: 0, left: 0, values, numberFormats: values.map(() => ["General", "0.0"]) };
  const table: DetectedTable = {
    sheet: "Scorecard",
    headerRow: -1,
    mapping: { measure: { column: 0, header: "Measure", confidence: 1 }, benchmarks: [], periods: [{ column: 1, header: "Quarter 3", confidence: 1 }] },
    rows: rows.map(([, kind], row) => ({ row, kind })),
    confidence: 1,
  };
  return { sheet, table };
}

const pairsOf = (rows: readonly (readonly [string, TableRow["kind"]])[]) => {
  const { sheet, table } = scorecard(rows);
  return suggestRatePairs(sheet, table).map((p) => [p.countRow, p.rateRow, p.per]);
};

describe("suggestRatePairs on grouped layouts", () => {
  it("pairs each rate with the count of its own age band when the counts are grouped above the rates", () => {
    // Words left once brackets, stop words and plurals are dealt with: rows 1 and 3 are {residential, admission,
    // 18-64, age, band}, rows 2 and 4 the same with 65+. The age band is in 2 of the 4 rows, every other word in 4,
    // so it is each rate's subject: row 3 may pair only with row 1, two rows up, though row 2 is nearer.
    const rows = [
      ["Benchmarking/ ASCOF Indicators", "heading"],
      ["Residential admissions for 18-64 age band (total admissions year to date)", "measure"],
      ["Residential admissions for 65+ age band (total admissions year to date)", "measure"],
      ["Residential admissions for 18-64 age band per 100k population (ASCOF 2A1) year to date figure", "measure"],
      ["Residential admissions for 65+ age band per 100k population (ASCOF 2A2) year to date figure", "measure"],
    ] as const;
    expect(pairsOf(rows)).toEqual([
      [1, 3, 100_000],
      [2, 4, 100_000],
    ]);
  });

  it("never takes a section heading for a rate row, though it is worded like one", () => {
    // Row 3 says "per 100,000" and shares every word it keeps (residential, admission) with both counts: read as a
    // measure, it would be paired with row 2. A heading holds no figures, so it is never suggested.
    const rows = [
      ["Residential admissions for 18-64 age band (total admissions year to date)", "measure"],
      ["Residential admissions for 65+ age band (total admissions year to date)", "measure"],
      ["Residential admissions per 100,000 population", "heading"],
      ["Residential admissions for 18-64 age band per 100k population (ASCOF 2A1) year to date figure", "measure"],
      ["Residential admissions for 65+ age band per 100k population (ASCOF 2A2) year to date figure", "measure"],
    ] as const;
    expect(pairsOf(rows)).toEqual([
      [0, 3, 100_000],
      [1, 4, 100_000],
    ]);
  });

  it('reads a spaced " - " as punctuation, not as a word the count must share', () => {
    // The rate keeps {new, dol, request} ("year to date" and "cumulative" are stop words), all of which the count
    // above shares: 1 less 0.001 for one row apart. Were "-" a word, it would be the rate's rarest and so its
    // subject, and no count has it.
    const rows = [
      ["Risk Enablement", "heading"],
      ["New DOLS requests (cumulative)", "measure"],
      ["New DOLS requests per 100,000 - year to date", "measure"],
      ["Number of mental health act assessments completed", "measure"],
    ] as const;
    expect(pairsOf(rows)).toEqual([[1, 2, 100_000]]);
  });

  it('reads a plural acronym as its singular: "GPs" is "GP"', () => {
    // The rate keeps {new, referral, received, from, gp}. The two counts share new, referral, received and from (3
    // rows each); "gp" is in the rate and row 2 only (2 rows), so it is the subject and row 2 the count: all words
    // shared, 1 less 0.001. Were "GPs" not folded, "gp" would be in the rate alone and no count could be paired.
    const rows = [
      ["Core Service Activity", "heading"],
      ["Number of new referrals received from hospital wards", "measure"],
      ["Number of new referrals received from GPs", "measure"],
      ["Rate of new referrals received from a GP per 10,000 population", "measure"],
    ] as const;
    expect(pairsOf(rows)).toEqual([[2, 3, 10_000]]);
  });
});

describe("the label a rate pair's findings open with", () => {
  const labelFor = (rateMeasure: string) => {
    const { sheet, table } = scorecard([["x", "measure"]]);
    return ratePairCells(sheet, table, { countRow: 0, rateRow: 0, countMeasure: "x", rateMeasure, per: 100_000, similarity: 1 }).label;
  };

  it("is the rate row's text on one line, without padding", () => {
    expect(labelFor("  New DOLS requests\nper 100,000 \t(cumulative) ")).toBe("New DOLS requests per 100,000 (cumulative)");
  });

  it("is cut after the last whole word within 60 characters, marked with …", () => {
    // The published 65+ rate row is 91 characters; its first 60 end "population " (the 60th is the space), so the
    // label is the 59 before it and "…".
    expect(labelFor("Residential admissions for 65+ age band per 100k population (ASCOF 2A2) year to date figure")).toBe(
      "Residential admissions for 65+ age band per 100k population…",
    );
    // 61 characters whose 61st is the last letter of "month": the cut falls inside the word, which is left out.
    expect(labelFor("Percentage of clients reviewed in the last 12 months by month")).toBe("Percentage of clients reviewed in the last 12 months by…");
  });

  it("keeps a text of exactly 60 characters whole, and cuts a 60-character word with no spaces at 60", () => {
    const sixty = "Percentage of clients reviewed in the last 12 months in year"; // 60 characters
    expect(sixty).toHaveLength(60);
    expect(labelFor(sixty)).toBe(sixty);
    expect(labelFor(`${sixty} to date`)).toBe(`${sixty}…`); // the 61st character is a space: all 60 are whole words
    expect(labelFor("x".repeat(70))).toBe(`${"x".repeat(60)}…`);
  });
});
