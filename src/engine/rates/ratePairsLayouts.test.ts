/**
 * Pairing on layouts councils use beyond "each count just above its rate": counts grouped above their rates, a
 * section heading worded like a rate, a " - year to date" suffix; and the label a finding opens with. The measure
 * texts are the published scorecard's (test/fixtures/scorecard-q3-2021-22.json) or worded the same way.
 */
import type { DetectedTable, TableRow } from "../sheet/table";
import type { SheetData } from "../sheet/workbook";
import { ratePairCells, suggestRatePairs } from "./ratePairs";

/**
 * A scorecard from A5 (sheet rows 4 on, zero-based; table rows are numbered from 0 here and offset by TOP): the
 * measure in column A, one quarter in column B, a rate formatted "0.0" and a count "#,##0".
 */
const TOP = 4;
function scorecard(rows: readonly (readonly [string, TableRow["kind"]])[]): { sheet: SheetData; table: DetectedTable } {
  const values = rows.map(([text], i) => [text, i]);
  const numberFormats = rows.map(([text]) => ["General", /per 10|\brate\b/i.test(text) ? "0.0" : "#,##0"]);
  const sheet: SheetData = { name: "Scorecard", top: TOP, left: 0, values, numberFormats };
  const table: DetectedTable = {
    sheet: "Scorecard",
    headerRow: -1,
    mapping: { measure: { column: 0, header: "Measure", confidence: 1 }, benchmarks: [], periods: [{ column: 1, header: "Quarter 3", confidence: 1 }] },
    rows: rows.map(([, kind], i) => ({ row: TOP + i, kind })),
    confidence: 1,
  };
  return { sheet, table };
}

const pairsOf = (rows: readonly (readonly [string, TableRow["kind"]])[]) => {
  const { sheet, table } = scorecard(rows);
  return suggestRatePairs(sheet, table).map((p) => [p.countRow - TOP, p.rateRow - TOP, p.per]);
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

  it("pairs the count sharing the rate's rarest word, its subject, over one sharing more of its common words", () => {
    // Four measures. Document frequencies: 18-64 2 (rows 1, 2), 65+ 2, residential 3, age 3, band 3, admission 4.
    // Weights ln(1 + 4/df): 18-64 ln 3 = 1.0986, residential/age/band ln(7/3) = 0.8473, admission ln 2 = 0.6931.
    // Row 2's words weigh 3 × 0.8473 + 0.6931 + 1.0986 = 4.3336; its subject is 18-64, so only row 1 may be its
    // count: (0.6931 + 1.0986) / 4.3336 = 0.413, less 0.001 a row apart, over the 0.3 needed. Row 0 shares more
    // (everything but the age band, 0.746) but is another age band's count: row 3's, which shares all its words.
    const rows = [
      ["Residential admissions for 65+ age band (total admissions year to date)", "measure"],
      ["Number of admissions aged 18-64 (year to date)", "measure"],
      ["Residential admissions for 18-64 age band per 100k population (ASCOF 2A1) year to date figure", "measure"],
      ["Residential admissions for 65+ age band per 100k population (ASCOF 2A2) year to date figure", "measure"],
    ] as const;
    const { sheet, table } = scorecard(rows);
    const pairs = suggestRatePairs(sheet, table);
    expect(pairs.map((p) => [p.countRow - TOP, p.rateRow - TOP, p.similarity])).toEqual([
      [1, 2, 0.41], // 0.412 to 2 places
      [0, 3, 1], // 1 less 0.003, three rows apart
    ]);
  });

  it("reads a measure row past the sheet's last value as blank text, which pairs with nothing", () => {
    const { sheet, table } = scorecard([
      ["New DOLS requests (cumulative)", "measure"],
      ["New DOLS requests per 100,000 (cumulative)", "measure"],
    ]);
    const beyond = { ...table, rows: [...table.rows, { row: TOP + 5, kind: "measure" as const }] };
    expect(suggestRatePairs(sheet, beyond).map((p) => [p.countRow - TOP, p.rateRow - TOP])).toEqual([[0, 1]]);
  });

  it.each([
    ["Carers supported per 100k population (per 10k until 2021-22)", 100_000],
    ["Carers supported per 100000 population (per 10000 until 2021-22)", 100_000],
    ["Carers supported per 100 k population (per 10 k until 2021-22)", 100_000],
    ["Carers supported per 10,000 population", 10_000],
  ])("reads %p as per %p: a 100,000 anywhere in the label outweighs a 10,000", (rate, per) => {
    expect(pairsOf([["Carers supported (total)", "measure"], [rate, "measure"]])).toEqual([[0, 1, per]]);
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

  it("reads each period's count and rate from the pair's own rows, with the number format each is shown in", () => {
    const { sheet, table } = scorecard([
      ["New DOLS requests (cumulative)", "measure"],
      ["Number of mental health act assessments completed", "measure"],
      ["New DOLS requests per 100,000 (cumulative)", "measure"],
    ]);
    const [pair] = suggestRatePairs(sheet, table);
    // Sheet rows 4 and 6 are A5 and A7; their quarter is column B, holding 0 and 2 (the rows' places in the table).
    expect(ratePairCells(sheet, table, pair).periods).toEqual([
      { period: "Quarter 3", count: { address: "Scorecard!B5", value: 0, numberFormat: "#,##0" }, rate: { address: "Scorecard!B7", value: 2, numberFormat: "0.0" } },
    ]);
  });

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
