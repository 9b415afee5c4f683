import { financialYearName, firstYearIn, shiftYears, yearTokens } from "./yearHeaders";

describe("financial years in headers", () => {
  it.each([
    ["21-22 Target", "22-23 Target"],
    ["Q1 21/22", "Q1 22/23"],
    ["Year end 2020-2021", "Year end 2021-2022"],
    ["21-22 year to date", "22-23 year to date"],
    ["Target 2021/22", "Target 2022/23"],
    ["Year end 2021-22", "Year end 2022-23"],
    ["Outturn 99/00", "Outturn 00/01"],
    ["Scorecard 2021–22", "Scorecard 2022–23"],
  ])("%p moves on to %p, in its own style", (before, after) => {
    expect(shiftYears(before)).toBe(after);
  });

  it.each(["Residential admissions 18-64", "Age 65+", "10-12 weeks", "Quarter 3", "2021-2023 plan", "Measure"])("%p names no financial year", (text) => {
    expect(shiftYears(text)).toBeNull();
  });

  it("reads the year a text names, first text first", () => {
    expect(firstYearIn(["Measure", "21-22 Target", "Year end 2020-2021"])).toBe(2021);
    expect(firstYearIn(["Quarter 1"])).toBeNull();
    expect(yearTokens("Year end 2020-2021")).toEqual([{ index: 9, length: 9, start: 2020, firstDigits: 4, secondDigits: 4, separator: "-" }]);
    expect(financialYearName(2022)).toBe("2022/23");
  });
});
