/** The date functions as Excel calls them: ranges, blanks and error cells. */
import { installCustomFunctions, messageOf, shown } from "../../test/helpers/customFunctionsRuntime";
import timelines from "../../test/fixtures/timelines.json";

installCustomFunctions();
const dates = require("./dates") as typeof import("./dates");
const OMITTED = null;
const show = (grid: unknown[][]) => grid.map((row) => row.map(shown));

describe("date functions called as Excel calls them", () => {
  const replanned = timelines.timelines[0].milestones.map((m) => [m.date_text]);

  it("DATE spills the start, end or middle of every milestone text in a column", () => {
    const starts = show(dates.date(replanned, OMITTED));
    expect(starts).toHaveLength(10);
    expect(starts[9]).toEqual([46266]); // 1st September 2026
    expect(show(dates.date([["Sept 2025"]], [["end"]]))).toEqual([[45930]]); // 30 September 2025
    expect(show(dates.date([["Sept 2025"]], [["mid"]]))).toEqual([[45915]]); // 15 September 2025
    expect(show(dates.date([[45536]], OMITTED))).toEqual([[45536]]);
  });

  it("DATE refuses what is not a date, quoting it", () => {
    const result = dates.date([["Care Act 2014"]], OMITTED);
    expect(shown(result[0][0])).toBe("#VALUE!");
    expect(messageOf(result[0][0])).toBe('The date "Care Act 2014" is not a date: it names an Act, not a date.');
  });

  it("SLIPPAGE and SLIPRAG compare a baseline column with the current column", () => {
    const baseline = [["31 August 2023"], ["April 2023"]];
    const current = [["1st September 2026"], ["March 2026"]];
    expect(show(dates.slippage(baseline, current, [["months"]], OMITTED, OMITTED))).toEqual([[36], [35]]);
    expect(show(dates.slipRag(baseline, current, OMITTED, OMITTED, [[false], [true]]))).toEqual([["Red"], ["Complete"]]);
  });

  it("FINYEAR and FINQUARTER name the UK financial year and quarter", () => {
    expect(show(dates.finYear([[44696], ["31 March 2022"], ["1 April 2022"]]))).toEqual([["2022/23"], ["2021/22"], ["2022/23"]]);
    expect(show(dates.finQuarter([["Mid-January 2026"], ["1 July 2022"]]))).toEqual([["Q4"], ["Q2"]]);
  });
});
