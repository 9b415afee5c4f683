/**
 * UK financial years run 1 April to 31 March, named "2021/22"; Q1 is April–June, Q2 July–September, Q3 October–
 * December, Q4 January–March (the contract for dates, README "Dates").
 */
import { callDeclared } from "../core/parameters";
import { FINANCIAL_QUARTER, FINANCIAL_YEAR, financialQuarterOf, financialYearOf } from "./financialYear";
import { serialOf } from "./serial";

describe("the financial year and quarter of a day", () => {
  it.each([
    [2022, 3, 31, "2021/22", "Q4"], // the year's last day
    [2022, 4, 1, "2022/23", "Q1"], // the next year's first
    [2022, 6, 30, "2022/23", "Q1"],
    [2022, 7, 1, "2022/23", "Q2"],
    [2022, 9, 30, "2022/23", "Q2"],
    [2022, 10, 1, "2022/23", "Q3"],
    [2022, 12, 31, "2022/23", "Q3"],
    [2023, 1, 1, "2022/23", "Q4"],
    [2023, 2, 28, "2022/23", "Q4"],
    [2009, 5, 15, "2009/10", "Q1"], // the second year's two digits keep their 0
    [2000, 2, 1, "1999/00", "Q4"], // and wrap at the century
  ])("%s-%s-%s is in %s, %s", (year, month, day, fy, quarter) => {
    expect(financialYearOf(serialOf(year, month, day))).toBe(fy);
    expect(financialQuarterOf(serialOf(year, month, day))).toBe(quarter);
  });
});

describe("FINYEAR and FINQUARTER", () => {
  it("take a date or date text, at its start", () => {
    // 15 May 2022 is serial 44696; "Mid-January 2026" is 15 January 2026, in Q4 of 2025/26.
    expect(callDeclared(FINANCIAL_YEAR, [44696])).toEqual({ ok: true, value: "2022/23" });
    expect(callDeclared(FINANCIAL_YEAR, ["Q4 2021/22"])).toEqual({ ok: true, value: "2021/22" });
    expect(callDeclared(FINANCIAL_QUARTER, ["Mid-January 2026"])).toEqual({ ok: true, value: "Q4" });
    expect(callDeclared(FINANCIAL_QUARTER, ["soonish"])).toMatchObject({ ok: false, error: { kind: "value" } });
  });
});
