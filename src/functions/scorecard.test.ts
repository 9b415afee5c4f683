/** The scorecard functions as Excel calls them: ranges, blanks and error cells. */
import { installCustomFunctions, messageOf, shown } from "../../test/helpers/customFunctionsRuntime";
import { laidOutFixture } from "../../test/helpers/fixtureScorecard";

installCustomFunctions();
const functions = require("./scorecard") as typeof import("./scorecard");

/** Excel sends an omitted optional argument as null; the signatures say so. */
const OMITTED = null;
const show = (grid: unknown[][]) => grid.map((row) => row.map(shown));
const { rag, explain, trend, benchmark } = functions;

describe("scorecard functions called as Excel calls them", () => {
  const rows = laidOutFixture();
  const column = (pick: (row: (typeof rows)[number]["fixture"]) => string | null) => rows.map((row) => [pick(row.fixture)]);

  it("NUMBER reads a column of printed cells, with #N/A for blanks and #VALUE! quoting what it cannot read", async () => {
    const result = functions.number([["86.90%"], ["3,382"], ["£1,807,449"], ["<30"], ["40 (Average over year)"], ["50% (89%)"], ["N/A"], [null], ["Q3"]]);
    expect(show(result)).toEqual([[0.869], [3382], [1807449], [30], [40], [0.5], ["#N/A"], ["#N/A"], ["#VALUE!"]]);
    expect(messageOf(result[8][0])).toBe('"Q3" is not a number.');
  });

  it("RAG rates the whole YTD column of the published scorecard in one call, spilling one rating per row", async () => {
    const ratings = show(await rag(column((r) => r.ytd), column((r) => r.target), column((r) => r.polarity), OMITTED));
    expect(ratings).toHaveLength(55);
    const counts = ratings.flat().reduce<Record<string, number>>((acc, r) => ({ ...acc, [String(r)]: (acc[String(r)] ?? 0) + 1 }), {});
    expect(counts).toEqual({ Green: 4, Amber: 1, Red: 1, "": 49 });
  });

  it("RAG broadcasts a single target and polarity over a range, and says when shapes do not fit", async () => {
    expect(show(await rag([[438], [545], [600]], [["<530"]], [["Low is good"]], [[null]]))).toEqual([["Green"], ["Amber"], ["Red"]]);
    const misfit = await rag([[1], [2], [3]], [["<5"], ["<6"]], OMITTED, OMITTED);
    expect(show(misfit)).toEqual([["#VALUE!"]]);
    expect(messageOf(misfit[0][0])).toContain("value is 3×1, target is 2×1");
  });

  it("RAG reports an unknown polarity word as #VALUE! quoting it", async () => {
    const result = await rag([[438]], [["<530"]], [["Good is low"]], OMITTED);
    expect(shown(result[0][0])).toBe("#VALUE!");
    expect(messageOf(result[0][0])).toContain('"Good is low"');
  });

  it("EXPLAIN, TREND and BENCHMARK spill over rows", async () => {
    expect(show(await explain([[545]], [["<530"]], [["Low is good"]], OMITTED, OMITTED, OMITTED))).toEqual([
      ["Amber: 545 is 2.8% above the target of below 530 (low is good; tolerance 5%)."],
    ]);
    expect(show(await trend([["18.0%"], ["5.0%"], [2267]], [["17.8%"], ["4.9%"], [2226]], [["High is good"], ["High is good"], ["n/a"]], OMITTED))).toEqual([
      ["Improving"],
      ["Improving"],
      ["Up"],
    ]);
    expect(show(await benchmark([["503.4"]], [["715.0", "628.2"]], [["Low is good"]], OMITTED))).toEqual([["Better", "Better"]]);
  });

  it("YTD gives one result per row of quarters; a desktop empty Q4 (0) is excluded with periodsReported", async () => {
    const quarters = [
      ["3,382", "3,142", "2,897", null],
      [1095, 1130, 1117, 0],
    ];
    expect(show(functions.ytd(quarters, [["sum"], ["latest"]], [[3]]))).toEqual([[9421], [1117]]);
    expect(show(functions.ytd(quarters, [["sum"], ["latest"]], OMITTED))).toEqual([[9421], [0]]);
  });

  it("FORECAST scales the year to date to a full year, refusing no periods elapsed", async () => {
    const result = functions.forecast([["826.3"], [9421], [null]], [[3]], OMITTED);
    expect((result[0][0] as number).toFixed(1)).toBe("1101.7");
    expect(result[2][0]).toBe("");
    expect(shown(functions.forecast([[10]], [[0]], OMITTED)[0][0])).toBe("#VALUE!");
  });
});
