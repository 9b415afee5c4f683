/**
 * UK financial years run 1 April to 31 March, named "2021/22"; Q1 is April–June, Q2 July–September, Q3 October–
 * December, Q4 January–March (the contract for dates, README "Dates").
 */
import { financialQuarterOf, financialYearOf } from "./financialYear";
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
