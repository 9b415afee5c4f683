/**
 * The holidays argument as Excel sends it: one range for the whole call, as NETWORKDAYS takes it, not broadcast
 * against the dates (a 3-cell list beside a 2-row column of dates is not a shape mismatch).
 */
import { installCustomFunctions, messageOf, shown } from "../../test/helpers/customFunctionsRuntime";
import { serialOf } from "../engine/dates/serial";

installCustomFunctions();
const funding = require("./funding") as typeof import("./funding");
const dates = require("./dates") as typeof import("./dates");
const show = (grid: unknown[][]) => grid.map((row) => row.map(shown));

describe("working-day functions with a holidays range", () => {
  it("PASSPORTBY: a column of receipts against one list of holidays", () => {
    const received = [[serialOf(2025, 12, 1)], [serialOf(2026, 3, 23)]];
    // Council closure days listed with the region: 24 December 2025, and England and Wales's.
    const holidays = [[serialOf(2025, 12, 24)], ["England and Wales"], [null]];
    // 1 Dec 2025: 2–5 (4), 8–12 (9), 15–19 (14), 22–23 (16), 29–31 (19), 1 Jan is a bank holiday, 2 Jan (20).
    // Monday 23 March 2026: 24–27 (4), 30 Mar–2 Apr (8), Good Friday 3 Apr and Easter Monday 6 Apr, 7–10 (12),
    // 13–17 (17), 20–22 (20): Wednesday 22 April 2026.
    expect(show(funding.passportBy(received, [[20]], [[true]], holidays))).toEqual([[serialOf(2026, 1, 2)], [serialOf(2026, 4, 22)]]);
    // Omitted: England and Wales bank holidays. 1 Dec 2025 + 20 is 31 December (25 and 26 December skipped).
    expect(show(funding.passportBy(received, [[20]], [[true]], null))[0]).toEqual([serialOf(2025, 12, 31)]);
  });

  it("SLIPPAGE in workdays takes the region by name", () => {
    const baseline = [[serialOf(2026, 4, 2)], [serialOf(2025, 11, 28)]];
    const current = [[serialOf(2026, 4, 9)], [serialOf(2025, 12, 5)]];
    // Scotland: Good Friday only in the first pair (4 of 5 weekdays); St Andrew's Day's substitute, Monday
    // 1 December 2025, in the second (4 of 5).
    expect(show(dates.slippage(baseline, current, [["workdays"]], null, [["Scotland"]]))).toEqual([[4], [4]]);
  });

  it("an unreadable holiday is #VALUE! naming it, in every cell", () => {
    const result = funding.passportBy([[serialOf(2025, 12, 1)], [serialOf(2025, 12, 2)]], [[20]], [[true]], [["Christmas"], [46000]]);
    expect(show(result)).toEqual([["#VALUE!"], ["#VALUE!"]]);
    expect(messageOf(result[0][0])).toContain('"Christmas" is not a date');
  });
});
