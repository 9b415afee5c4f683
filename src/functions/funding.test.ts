/** The funding functions as Excel calls them: ranges, blanks and error cells. */
import { installCustomFunctions, messageOf, shown } from "../../test/helpers/customFunctionsRuntime";

installCustomFunctions();
const funding = require("./funding") as typeof import("./funding");
const OMITTED = null;
const show = (grid: unknown[][]) => grid.map((row) => row.map(shown));

describe("funding functions called as Excel calls them", () => {
  // Infection Control Fund rounds 4–6 as printed; spend and report date are illustrative.
  const allocations = [["£1,807,449"], ["£1,283,276"], ["£2,128,810"]];
  const starts = [["Apr 2021"], ["Jul 2021"], ["Oct 2021"]];
  const ends = [["Jun 2021"], ["Jul–Sept 2021"], ["Mar 2022"]];
  const reportDate = [["15 February 2022"]];

  it("FUNDSTATUS spills a status per round against one report date", () => {
    const spent = [[1_807_449], [1_100_000], [1_000_000]];
    expect(show(funding.fundStatus(allocations, spent, starts, ends, reportDate, OMITTED))).toEqual([["Complete"], ["Red"], ["Red"]]);
  });

  it("PROFILE and UNDERSPEND give pounds; SPENDBY and PASSPORTBY give dates", () => {
    const expected = funding.profile([["£2,128,810"]], [["Oct 2021"]], [["Mar 2022"]], reportDate)[0][0] as number;
    expect(Math.round(expected)).toBe(1_611_309); // 137 of 181 days gone
    expect(show(funding.underspend([[1000]], [[250]], [[44470]], [[44570]], [[44520]]))).toEqual([[500]]);
    expect(show(funding.spendBy([["30 November 2021"]], OMITTED))).toEqual([[44620]]); // 28 February 2022
    expect(show(funding.passportBy([[44652]], [[20]], [[true]], [["none"]]))).toEqual([[44680]]); // Fri 1 Apr 2022 → Fri 29 Apr
    // Less Good Friday (15 Apr), Easter Monday (18 Apr) and the early May bank holiday (2 May): Wed 4 May 2022, 44685.
    expect(show(funding.passportBy([[44652]], [[20]], [[true]], OMITTED))).toEqual([[44685]]);
  });

  it("names the argument it cannot read", () => {
    const result = funding.fundStatus([["lots"]], [[0]], [["Apr 2021"]], [["Jun 2021"]], reportDate, OMITTED);
    expect(messageOf(result[0][0])).toBe('The allocation "lots" is not a number.');
  });
});
