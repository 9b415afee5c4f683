/** Population tables: which rows a rate can point at, and which are refused (never silently left out). */
import { openSample } from "../../../test/helpers/sampleWorkbook";
import type { CellValue, SheetData } from "../sheet/workbook";
import { readPopulationTable } from "./populationTable";

const sheet = (values: CellValue[][], top = 0, left = 0, name = "Populations"): SheetData => ({
  name,
  top,
  left,
  values,
  numberFormats: values.map((row) => row.map(() => "General")),
});

describe("the sample's population table (the denominators the published rates imply)", () => {
  it("offers every row with its cell, band, year, population and source", async () => {
    const table = readPopulationTable(await (await openSample()).readSheet("Populations"));
    expect(table.findings).toEqual([]);
    expect(table.entries.map((e) => [e.cell, e.band, e.year, e.population])).toEqual([
      ["Populations!C2", "18–64", "2021/22", 216_867],
      ["Populations!C3", "65+", "2021/22", 87_009],
      ["Populations!C4", "65+", "2020/21", 88_247],
      ["Populations!C5", "18+", "2021/22", 308_605],
      ["Populations!C6", "18+", "2020/21", 304_259],
    ]);
    expect(table.entries[1].source).toMatch(/^Implied by the published scorecard's rates/);
  });
});

describe("reading a population table by its headers", () => {
  it("finds the header row below a title, in any column order, and names cells where the sheet starts", () => {
    const table = readPopulationTable(
      sheet(
        [
          ["ONS mid-2021 estimates", null, null, null],
          ["Vintage", " POPULATION ", "Period", "Age band"],
          ["ONS mid-2021", "87,009", "2021/22", "65+"],
        ],
        3, // the used range starts at row 4, column B
        1,
      ),
    );
    expect(table).toEqual({
      entries: [{ cell: "Populations!C6", band: "65+", year: "2021/22", population: 87_009, source: "ONS mid-2021" }],
      findings: [],
    });
  });

  it("reads \"Age\" as the band and \"Vintage year\" as the year; without a year or source column they are blank", () => {
    expect(readPopulationTable(sheet([["Age", "Population"], ["18–64", 216_867]])).entries).toEqual([
      { cell: "Populations!B2", band: "18–64", year: "", population: 216_867, source: "" },
    ]);
    expect(readPopulationTable(sheet([["Age", "Vintage year", "Population"], ["18+", "2020", 304_259]])).entries[0].year).toBe("2020");
  });

  it("is no table without both a population and a band header", () => {
    expect(readPopulationTable(sheet([["Population", "Year"], [87_009, "2021/22"]]))).toEqual({ entries: [], findings: [] });
    expect(readPopulationTable(sheet([["Age band", "People"], ["65+", 87_009]]))).toEqual({ entries: [], findings: [] });
    // Headers are text: a number in the header row is not one.
    expect(readPopulationTable(sheet([[2021, "Population"], ["65+", 87_009]]))).toEqual({ entries: [], findings: [] });
    // "Age" must start a header: "Percentage" and "Average" hold the letters but are no band.
    expect(readPopulationTable(sheet([["Population", "Percentage of total", "Average"], [87_009, "25%", 3]]))).toEqual({ entries: [], findings: [] });
  });

  it("skips empty rows, warns of a band with no population, and refuses a population that is not a number of people", () => {
    const table = readPopulationTable(
      sheet([
        ["Age band", "Population"],
        [null, null],
        ["65+", ""],
        ["18+", 0],
        ["18–64", -5],
        ["85+", "n/k"],
        ["65–84", 70_000],
      ]),
    );
    expect(table.entries.map((e) => e.cell)).toEqual(["Populations!B7"]);
    expect(table.findings).toEqual([
      { cell: "Populations!B3", severity: "warning", message: "No population is given for 65+; that row is not offered." },
      { cell: "Populations!B4", severity: "error", message: "The population 0 is not a number of people; that row is not offered." },
      { cell: "Populations!B5", severity: "error", message: "The population -5 is not a number of people; that row is not offered." },
      { cell: "Populations!B6", severity: "error", message: 'The population "n/k" is not a number of people; that row is not offered.' },
    ]);
  });

  it("a row shorter than the header has no population: skipped when it has no band either", () => {
    expect(readPopulationTable(sheet([["Age band", "Year", "Population"], ["65+"], []]))).toEqual({
      entries: [],
      findings: [{ cell: "Populations!C2", severity: "warning", message: "No population is given for 65+; that row is not offered." }],
    });
  });
});

describe("header words are read from their start", () => {
  it("\"Total population\" is not the population column", () => {
    expect(readPopulationTable(sheet([["Age band", "Total population"], ["65+", 87_009]]))).toEqual({ entries: [], findings: [] });
  });

  it("a year in column A is read (column 0 is a column)", () => {
    expect(readPopulationTable(sheet([["Year", "Age band", "Population", "Source"], ["2021/22", "65+", 87_009, "ONS"]])).entries).toEqual([
      { cell: "Populations!C2", band: "65+", year: "2021/22", population: 87_009, source: "ONS" },
    ]);
  });

  it("\"Data source\" and \"Financial year\" are not the source and year columns", () => {
    expect(readPopulationTable(sheet([["Age band", "Population", "Financial year", "Data source"], ["65+", 87_009, "2021/22", "ONS"]])).entries).toEqual([
      { cell: "Populations!B2", band: "65+", year: "", population: 87_009, source: "" },
    ]);
  });
});

it("of \"Total population\" and \"Population\", the population column is the one that starts with the word", () => {
  expect(readPopulationTable(sheet([["Age band", "Total population", "Population"], ["65+", 1, 87_009]])).entries[0].population).toBe(87_009);
});
