/** How count rows are paired with rate rows, rule by rule, on a small scorecard that starts at B3. */
import type { DetectedTable, TableRow } from "../sheet/table";
import type { CellValue, SheetData } from "../sheet/workbook";
import { ratePairCells, suggestRatePairs } from "./ratePairs";

// Sheet rows (zero-based) from 2; column B (1) is the measure, C the previous year, D and E the quarters.
const MEASURES: [number, string, TableRow["kind"]][] = [
  [2, "Rates per 100,000", "heading"],
  [3, "Admissions 65+ (total)", "measure"],
  [4, "Carers supported (total)", "measure"],
  [5, "Admissions 65+ (year to date)", "measure"],
  [6, "Admissions 65+ per 100,000   population", "measure"],
  [7, "Carers supported per 10000", "measure"],
  [8, "New DOLS requests", "measure"],
  [9, "Rate of new DOLS requests", "measure"],
  [10, "New DOLS requests (last year)", "measure"],
  [11, "Hub contacts (total)", "measure"],
  [12, "Hub contacts per 10 k", "measure"],
];

function scorecard(): { sheet: SheetData; table: DetectedTable } {
  const values: CellValue[][] = [];
  for (let row = 2; row <= 12; row++) {
    const measure = MEASURES.find(([r]) => r === row)![1];
    values.push([measure, `${row}-C`, `${row}-D`, `${row}-E`]);
  }
  const sheet: SheetData = { name: "Scorecard", top: 2, left: 1, values, numberFormats: values.map((r) => r.map((_, i) => (i === 0 ? "General" : "0.0"))) };
  const column = (c: number, header: string) => ({ column: c, header, confidence: 1 });
  const table: DetectedTable = {
    sheet: "Scorecard",
    headerRow: 1,
    mapping: { measure: column(1, "Measure"), benchmarks: [], previous: column(2, "Year end 2020-21"), periods: [column(3, "Q1"), column(4, "Q2")] },
    rows: MEASURES.map(([row, , kind]) => ({ row, kind })),
    confidence: 1,
  };
  return { sheet, table };
}

/** The scorecard's table over a sheet of measure labels alone, one a row from row 2. */
function labelsOnly(labels: string[]): { sheet: SheetData; table: DetectedTable } {
  const { sheet, table } = scorecard();
  const values = labels.map((label) => [label]);
  const rows = labels.map((_, i) => ({ row: 2 + i, kind: "measure" as const }));
  return { sheet: { ...sheet, values, numberFormats: values.map(() => ["General"]) }, table: { ...table, rows } };
}

describe("suggestRatePairs", () => {
  // Worked inside each test, not at collection: the mutation run attributes code to the tests that run it.
  const suggested = () => {
    const { sheet, table } = scorecard();
    return suggestRatePairs(sheet, table);
  };

  it("pairs each rate with the nearest count sharing its subject; of two equally near, the one above", () => {
    const pairs = suggested();
    expect(pairs.map((p) => [p.countRow, p.rateRow, p.per])).toEqual([
      [5, 6, 100_000], // row 3 says the same but is further away
      [4, 7, 10_000], // "per 10000"
      [8, 9, 100_000], // "rate" alone is per 100,000; row 10 is as near, but below
      [11, 12, 10_000], // "per 10 k"
    ]);
    expect(pairs[0]).toMatchObject({ countMeasure: "Admissions 65+ (year to date)", rateMeasure: "Admissions 65+ per 100,000   population" });
  });

  it("never pairs a rate with another rate row or a heading, and scores the match to 2 places, at most 1", () => {
    // Every count shares all its rate's words: 1 less 0.001 a row apart is 0.999, 1.00 to 2 places.
    const pairs = suggested();
    expect(pairs.map((p) => p.similarity)).toEqual([1, 1, 1, 1]);
  });

  it("suggests nothing where no count shares enough of a rate's words", () => {
    const { sheet, table } = labelsOnly(["Reviews completed carers", "Reviews completed on time", "Reviews completed for the hub", "Carers hub on time rate"]);
    // The rate's four words each appear in one other row, so each weighs the same; its subject, "carer", is shared
    // by row 2 alone, which shares one word of four: 0.25 less 0.003, under the 0.3 a suggestion needs.
    expect(suggestRatePairs(sheet, table)).toEqual([]);
  });

  it("drops a stop word in the plural too: \"Rates of …\" pairs with \"Numbers of …\" by their subject", () => {
    const { sheet, table } = labelsOnly(["Numbers of admissions 65+", "Rates of admissions 65+ per 100,000", "Carers assessed"]);
    // "Rates" is "rate", a stop word: were it kept, it would be the rate row's rarest word, so its subject, and no
    // count says "rate". Without it, both rows are {admission, 65+}: all shared, 1 less 0.001 a row apart.
    expect(suggestRatePairs(sheet, table).map((p) => [p.countRow, p.rateRow, p.per, p.similarity])).toEqual([[2, 3, 100_000, 1]]);
  });

  it("keeps an age band written as a plural (\"65s\") as the subject it is", () => {
    const { sheet, table } = labelsOnly(["Admissions 65s", "Admissions 18-64s", "Admissions 18-64s per 100k", "Admissions 65s per 100k"]);
    // Words: {admission, 65}, {admission, 18-64}, and the rates the same. Each band appears in 2 of 4 rows, so it
    // outweighs "admission" (in all 4) and is each rate's subject: 18-64s (row 4) pairs with row 3, 65s (row 5)
    // with row 2; every word shared, 1 less 0.001 or 0.003 a row apart, 1 and 1 to 2 places.
    expect(suggestRatePairs(sheet, table).map((p) => [p.countRow, p.rateRow])).toEqual([
      [3, 4],
      [2, 5],
    ]);
  });
});

describe("ratePairCells", () => {
  it("reads the pair's cells in last year's column and each period's, naming them on the sheet", () => {
    const { sheet, table } = scorecard();
    const [admissions] = suggestRatePairs(sheet, table);
    const cells = ratePairCells(sheet, table, admissions);
    expect(cells.label).toBe("Admissions 65+ per 100,000 population");
    expect(cells.per).toBe(100_000);
    expect(cells.periods).toEqual([
      { period: "Year end 2020-21", count: { address: "Scorecard!C6", value: "5-C", numberFormat: "0.0" }, rate: { address: "Scorecard!C7", value: "6-C", numberFormat: "0.0" } },
      { period: "Q1", count: { address: "Scorecard!D6", value: "5-D", numberFormat: "0.0" }, rate: { address: "Scorecard!D7", value: "6-D", numberFormat: "0.0" } },
      { period: "Q2", count: { address: "Scorecard!E6", value: "5-E", numberFormat: "0.0" }, rate: { address: "Scorecard!E7", value: "6-E", numberFormat: "0.0" } },
    ]);
  });

  it("without a previous-year column, only the periods; a row past the sheet's end is blank, not an error", () => {
    const { sheet, table } = scorecard();
    const noPrevious = { ...table, mapping: { ...table.mapping, previous: undefined } };
    const cells = ratePairCells(sheet, noPrevious, { countRow: 12, rateRow: 40, countMeasure: "x", rateMeasure: "y", per: 100_000, similarity: 1 });
    expect(cells.periods.map((p) => [p.period, p.count.value, p.rate.value, p.rate.numberFormat])).toEqual([
      ["Q1", "12-D", null, undefined],
      ["Q2", "12-E", null, undefined],
    ]);
  });
});
