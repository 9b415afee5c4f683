/** The one runner, through functions that do not rate a value: error cells, per-row ranges and blank short cuts. */
import { FakeCustomFunctionError, installCustomFunctions, messageOf, shown } from "../../test/helpers/customFunctionsRuntime";

installCustomFunctions();
// Imported after the global exists, as in Excel's runtime.
const rates = require("./rates") as typeof import("./rates");
const scorecard = require("./scorecard") as typeof import("./scorecard");
const funding = require("./funding") as typeof import("./funding");

describe("the runner every custom function goes through", () => {
  it("reads an error cell as its code in any function, so the message names it", () => {
    const result = rates.rate([[136], [new FakeCustomFunctionError("#N/A", "lookup failed")]], [[87009]], null, null);
    expect(shown(result[0][0])).toBe(156.3);
    expect(shown(result[1][0])).toBe("#VALUE!");
    expect(messageOf(result[1][0])).toBe('The count "#N/A" is not a number.');
  });

  it("reads the parameters in their declared order: the first that fails is the one reported", () => {
    const result = rates.rate([["lots"]], [["many"]], [[0]], [["x"]]);
    expect(messageOf(result[0][0])).toBe('The count "lots" is not a number.');
    expect(messageOf(rates.rate([[1]], [[100]], [[0]], [["x"]])[0][0])).toBe("The rate base (per) must be more than 0, such as 100000.");
  });

  it("hands YTD each row of periods as one argument, beside a method per row", () => {
    const result = scorecard.ytd([[1, 2, 3], [5, null, 9]], [["sum"], ["latest"]], null);
    expect(result.map((row) => row.map(shown))).toEqual([[6], [9]]);
  });

  it("gives a blank year to date no forecast, before reading a bad periods-elapsed", () => {
    const result = scorecard.forecast([[null], [30]], [["none"]], null);
    expect(shown(result[0][0])).toBe("");
    expect(messageOf(result[1][0])).toBe('The number of periods elapsed "none" is not a number.');
  });

  it("fills an omitted optional with its declared default", () => {
    const withDefault = funding.spendBy([[45017]], null);
    const stated = funding.spendBy([[45017]], [[3]]);
    expect(withDefault).toEqual(stated);
  });
});

describe("Excel data types in the one argument reader", () => {
  // The JSON shapes of Excel.CellValue (Microsoft, "Use data types with custom functions in Excel").
  it.each([
    [{ type: "Double", basicType: "Double", basicValue: 136, numberFormat: "0" }, 156.3],
    [{ type: "FormattedNumber", basicType: "Double", basicValue: 136, numberFormat: "#,##0" }, 156.3],
    [{ type: "String", basicType: "String", basicValue: "136" }, 156.3],
  ])("reads %j as its basic value: 136 per 87,009 is 156.3 per 100,000", (cell, expected) => {
    expect(shown(rates.rate([[cell]], [[87009]], null, null)[0][0])).toBe(expected);
  });

  it.each([
    [{ type: "Entity", text: "Leeds", basicType: "Error", basicValue: "#VALUE!", properties: {} }, 'The count "Leeds" is not a number.'],
    [{ type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" }, 'The count "#DIV/0!" is not a number.'],
    [{ type: "WebImage", basicType: "Error", basicValue: "#VALUE!", address: "https://example.org/a.png" }, 'The count "#VALUE!" is not a number.'],
    [{ shape: "unknown" }, 'The count "#VALUE!" is not a number.'],
  ])("reads %j as the cell shows it, and names it", (cell, message) => {
    expect(messageOf(rates.rate([[cell]], [[87009]], null, null)[0][0])).toBe(message);
  });
});
