/**
 * Empty cells as Excel sends them: null on the web and current desktop builds, 0 on desktop builds before
 * Microsoft's fix. A blank must not be rated as 0, and a date of 0 is blank. Error cells arrive as error objects
 * (allowErrorForDataTypeAny) and are not rated, with the reason.
 */
import { FakeExcel } from "../../test/helpers/fakeExcel";
import { FakeCustomFunctionError, installCustomFunctions, messageOf, shown } from "../../test/helpers/customFunctionsRuntime";

installCustomFunctions();
const scorecard = require("./scorecard") as typeof import("./scorecard");
const dates = require("./dates") as typeof import("./dates");
const funding = require("./funding") as typeof import("./funding");

const show = (grid: unknown[][]) => grid.map((row) => row.map(shown));
type Invocation = CustomFunctions.Invocation;
const at = (...parameterAddresses: (string | null)[]) => ({ parameterAddresses }) as unknown as Invocation;

/** K6 is empty, K7 holds a real 0, E6:E7 hold the target. */
function workbook(): FakeExcel {
  return new FakeExcel({ "Q3 scorecard": [[], [], [], [], [], [null, null, null, null, "<530", null, null, null, null, null, null], [null, null, null, null, "<530", null, null, null, null, null, 0]] });
}

describe("blank cells sent as 0 by older Excel desktop builds", () => {
  afterEach(() => delete (globalThis as { Excel?: unknown }).Excel);

  it("web shape: an empty value arrives as null and gets no rating, with no workbook read", async () => {
    const excel = workbook();
    (globalThis as { Excel?: unknown }).Excel = { run: excel.run };
    expect(show(await scorecard.rag([[null]], [["<530"]], null, null, at("'Q3 scorecard'!K6", "'Q3 scorecard'!E6", null, null)))).toEqual([[""]]);
    expect(excel.syncs).toBe(0);
  });

  it("old desktop shape: a 0 from an empty cell is blank (no rating), a real 0 is rated, in one read", async () => {
    const excel = workbook();
    (globalThis as { Excel?: unknown }).Excel = { run: excel.run };
    const ratings = await scorecard.rag([[0], [0]], [["<530"], ["<530"]], null, null, at("'Q3 scorecard'!K6:K7", "'Q3 scorecard'!E6:E7", null, null));
    expect(show(ratings)).toEqual([[""], ["Green"]]);
    expect(excel.syncs).toBe(1);
    const explained = await scorecard.explain([[0]], [["<530"]], null, null, null, null, at("'Q3 scorecard'!K6", "'Q3 scorecard'!E6", null, null, null, null));
    expect(show(explained)).toEqual([["No rating: there is no value."]]);
    expect(show(await scorecard.trend([[0]], [[12]], [["High is good"]], null, at("'Q3 scorecard'!K6", "'Q3 scorecard'!L6", null, null)))).toEqual([[""]]);
  });

  it("without addresses (a constant typed in the formula) a 0 is a 0", async () => {
    (globalThis as { Excel?: unknown }).Excel = { run: workbook().run };
    expect(show(await scorecard.rag([[0]], [["<530"]], null, null, at(null, null, null, null)))).toEqual([["Green"]]);
  });

  it("a date of 0 is blank: DATE, FINYEAR and SLIPPAGE give #N/A, FUNDSTATUS takes today for a 0 report date", () => {
    const date = dates.date([[0]], null);
    expect(shown(date[0][0])).toBe("#N/A");
    expect(shown(dates.finYear([[0]])[0][0])).toBe("#N/A");
    expect(shown(dates.slippage([[0]], [[45000]], null, null, null)[0][0])).toBe("#N/A");
    const blank = funding.fundStatus([[100000]], [[50000]], [["1 April 2021"]], [["31 March 2031"]], [[0]], null);
    const omitted = funding.fundStatus([[100000]], [[50000]], [["1 April 2021"]], [["31 March 2031"]], [[null]], null);
    expect(show(blank)).toEqual(show(omitted));
    expect(shown(blank[0][0])).not.toBe("#VALUE!");
  });
});

describe("error cells in input ranges (allowErrorForDataTypeAny)", () => {
  it("an error object in the value range is not rated, and EXPLAIN says why; the rest of the column is rated", async () => {
    const notAvailable = new FakeCustomFunctionError("#N/A", "lookup failed");
    const ratings = await scorecard.rag([[438], [notAvailable], [600]], [["<530"]], [["Low is good"]], null);
    expect(show(ratings)).toEqual([["Green"], [""], ["Red"]]);
    const cellValueShape = { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    expect(show(await scorecard.explain([[cellValueShape]], [["<530"]], null, null, null, null))).toEqual([["No rating: the value is the Excel error #DIV/0!."]]);
  });

  it("in a target cell it is a #VALUE! naming the error, not an exception", async () => {
    const result = await scorecard.rag([[438]], [[new FakeCustomFunctionError("#REF!")]], null, null);
    expect(shown(result[0][0])).toBe("#VALUE!");
    expect(messageOf(result[0][0])).toContain("#REF!");
  });
});
