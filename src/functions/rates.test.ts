/** The rate and ASCOF functions as Excel calls them: ranges, blanks and error cells. */
import { installCustomFunctions, messageOf, shown } from "../../test/helpers/customFunctionsRuntime";

installCustomFunctions();
// Imported after the global exists, as in Excel's runtime.
const { rate, ascof, ascofInfo, impliedPop } = require("./rates") as typeof import("./rates");

describe("SCORECARD.RATE called as Excel calls it", () => {
  it("spills a column of counts against one population, omitted optionals arriving as null", () => {
    const result = rate([[136], [290], [438]], [[87009]], null, null);
    expect(result.map((row) => row.map(shown))).toEqual([[156.3], [333.3], [503.4]]);
  });

  it("reads cell text such as \"87,009\" and a per-10,000 base", () => {
    expect(rate([["1,038"]], [["305,000"]], [[10000]], [[0]])).toEqual([[34]]);
  });

  it("returns an error per cell, with the message naming the argument", () => {
    const result = rate([[5], ["lots"], [-2]], [[100], [100], [100]], [[null]], [[null]]);
    expect(result.map((row) => row.map(shown))).toEqual([[5000], ["#VALUE!"], ["#VALUE!"]]);
    expect(messageOf(result[1][0])).toBe('The count "lots" is not a number.');
    expect(messageOf(result[2][0])).toBe("The count -2 is negative.");
  });

  it("gives #DIV/0! for a population of 0", () => {
    expect(shown(rate([[5]], [[0]], [[null]], [[null]])[0][0])).toBe("#DIV/0!");
  });

  it("gives one #VALUE! for ranges that do not fit, saying so", () => {
    const result = rate([[1], [2], [3]], [[1], [2]], [[null]], [[null]]);
    expect(result).toHaveLength(1);
    expect(shown(result[0][0])).toBe("#VALUE!");
    expect(messageOf(result[0][0])).toContain("count is 3×1, population is 2×1");
  });

  it("treats a desktop empty cell (0) in the population as 0, and the web's null as blank", () => {
    expect(shown(rate([[5]], [[0]], [[null]], [[null]])[0][0])).toBe("#DIV/0!");
    expect(shown(rate([[5]], [[null]], [[null]], [[null]])[0][0])).toBe("#N/A");
  });
});

describe("SCORECARD.ASCOF, ASCOFINFO and IMPLIEDPOP called as Excel calls them", () => {
  it("rates a row of quarterly 65+ admissions against one population, in either framework's id", () => {
    expect(ascof([["2C"]], [[136, 290, 438]], [["87,009"]], null).map((r) => r.map(shown))).toEqual([[156.3, 333.3, 503.4]]);
    expect(ascof([["2A(2)"]], [[438]], [[87009]], [["2014-22"]]).map((r) => r.map(shown))).toEqual([[503.4]]);
  });

  it("names the nearest ids for an unknown one", () => {
    const result = ascof([["2Z"]], [[1]], [[2]], null);
    expect(shown(result[0][0])).toBe("#VALUE!");
    expect(messageOf(result[0][0])).toContain("Nearest:");
  });

  it("describes measures and finds implied populations", () => {
    expect(ascofInfo([["2C"], ["2E"]], [["otherid"]], null)).toEqual([["2A(2)"], ["1G"]]);
    expect(Math.round(impliedPop([[443]], [["502.0"]], null)[0][0] as number)).toBe(88247);
  });
});
