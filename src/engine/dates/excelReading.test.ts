/**
 * Text read as Excel reads it (DATEVALUE, VALUE and Excel's 1900 date system), where it differed: each case here
 * was refused or misread before, and is checked against what Excel gives.
 */
import { readDateSpan } from "./dateInput";
import { readNumber } from "../core/cellNumber";
import { calendarOf, serialOf } from "./serial";

const day = (text: string) => {
  const span = readDateSpan(text, "date");
  if (!span.ok) throw new Error(span.error.message);
  return calendarOf(span.value.start);
};
const spanOf = (text: string) => {
  const span = readDateSpan(text, "date");
  if (!span.ok) throw new Error(span.error.message);
  return [calendarOf(span.value.start), calendarOf(span.value.end)];
};

describe("dates as Excel reads them", () => {
  it.each([
    ["22-May-2011", { year: 2011, month: 5, day: 22 }],
    ["1-Sep-2026", { year: 2026, month: 9, day: 1 }],
    ["01-Sep-26", { year: 2026, month: 9, day: 1 }],
  ])("Excel's own dd-mmm-yyyy display %p", (text, expected) => expect(day(text)).toEqual(expected));

  it.each([
    ["31 Mar 99", 1999],
    ["31/3/30", 1930],
    ["31 Mar 29", 2029],
    ["1/4/00", 2000],
  ])("two-digit year %p: 00–29 are 2000–2029, 30–99 are 1930–1999", (text, year) => expect(day(text).year).toBe(year));

  it.each(["1/1/1899", "31 December 1899"])("%p is before Excel's first date: #VALUE!", (text) => {
    expect(readDateSpan(text, "date")).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("counts January and February 1900 as Excel does: 1 January is 1, its fictitious 29 February is 60", () => {
    expect(serialOf(1900, 1, 1)).toBe(1);
    expect(serialOf(1900, 2, 28)).toBe(59);
    expect(serialOf(1900, 3, 1)).toBe(61);
    expect(serialOf(2024, 9, 1)).toBe(45536);
    expect(calendarOf(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(calendarOf(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(calendarOf(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(day("1 January 1900")).toEqual({ year: 1900, month: 1, day: 1 });
    const first = readDateSpan("1 January 1900", "date");
    expect(first.ok && first.value.start).toBe(1);
  });

  it.each(["Friday 1 April 2022", "Fri 1 April 2022", "Friday, 1 April 2022"])("a weekday name before the date: %p", (text) => {
    expect(day(text)).toEqual({ year: 2022, month: 4, day: 1 });
  });

  it.each([
    ["first half of the 2026/27 financial year", [{ year: 2026, month: 4, day: 1 }, { year: 2026, month: 9, day: 30 }]],
    ["second half of financial year 2026/27", [{ year: 2026, month: 10, day: 1 }, { year: 2027, month: 3, day: 31 }]],
    ["Q3 of the 2021/22 financial year", [{ year: 2021, month: 10, day: 1 }, { year: 2021, month: 12, day: 31 }]],
    ["the 2026/27 financial year", [{ year: 2026, month: 4, day: 1 }, { year: 2027, month: 3, day: 31 }]],
  ])("halves and quarters of a named financial year: %p", (text, expected) => expect(spanOf(text)).toEqual(expected));

  it.each([
    ["1.9.2026", { year: 2026, month: 9, day: 1 }],
    ["1st September 2026", { year: 2026, month: 9, day: 1 }],
  ])("keeps what it already read better than Excel: %p", (text, expected) => expect(day(text)).toEqual(expected));
});

describe("numbers as VALUE reads them", () => {
  it.each([
    ["+5", 5],
    ["+2.5%", 0.025],
    ["1e3", 1000],
    ["1E-3", 0.001],
    ["2.5E+2", 250],
    ["£1.2m", 1_200_000],
    ["−5", -5],
  ])("%p is %p", (text, expected) => {
    const read = readNumber(text);
    expect(read.ok && read.value).toBeCloseTo(expected, 12);
  });

  it.each(["e3", "1e", "++5", "+-5"])("%p is still not a number", (text) => expect(readNumber(text).ok).toBe(false));
});
