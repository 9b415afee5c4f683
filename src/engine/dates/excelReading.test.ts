/**
 * Text read as Excel reads it (DATEVALUE, VALUE and Excel's 1900 date system), where it differed: each case here
 * was refused or misread before, and is checked against what Excel gives.
 */
import { readDateSpan } from "./dateInput";
import { readNumber } from "../core/cellNumber";
import { calendarOf, describeSerial, serialOf } from "./serial";

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

describe("what Excel reads and the reader once refused or misread", () => {
  // A comma before the year is part of the date, not a list separator. Before, "5 May, 2022 – 1 June 2022" read the
  // lone "2022" as a whole year and ended on 31 December 2022 (a slip of 274 days from it instead of 61).
  it.each([
    ["1 September, 2026", [{ year: 2026, month: 9, day: 1 }, { year: 2026, month: 9, day: 1 }]],
    ["September 1st, 2026", [{ year: 2026, month: 9, day: 1 }, { year: 2026, month: 9, day: 1 }]],
    ["September 1, 2026", [{ year: 2026, month: 9, day: 1 }, { year: 2026, month: 9, day: 1 }]],
    ["5 May, 2022 – 1 June 2022", [{ year: 2022, month: 5, day: 5 }, { year: 2022, month: 6, day: 1 }]],
    ["May, 2022", [{ year: 2022, month: 5, day: 1 }, { year: 2022, month: 5, day: 31 }]],
    ["Friday, 1 April, 2022", [{ year: 2022, month: 4, day: 1 }, { year: 2022, month: 4, day: 1 }]],
  ])("a comma before the year: %p", (text, expected) => expect(spanOf(text)).toEqual(expected));

  it("the slip from a date with a comma before its year is the days between", () => {
    // 1 June 2022 − 1 April 2022 = 30 (April) + 31 (May) = 61 days.
    const end = readDateSpan("5 May, 2022 – 1 June 2022", "date");
    expect(end.ok && end.value.end - serialOf(2022, 4, 1)).toBe(61);
  });

  // Microsoft's DATEVALUE page: "Time information in date_text is ignored."
  it.each([
    ["1/9/2026 10:30", { year: 2026, month: 9, day: 1 }],
    ["1/9/2026 10:30:15", { year: 2026, month: 9, day: 1 }],
    ["01/09/2026 9:05 pm", { year: 2026, month: 9, day: 1 }],
    ["2026-09-01T10:30:00", { year: 2026, month: 9, day: 1 }],
    ["1 September 2026 10:30", { year: 2026, month: 9, day: 1 }],
  ])("date and time text %p is the date", (text, expected) => expect(day(text)).toEqual(expected));

  it("a time on each end of a range is passed over too", () => {
    expect(spanOf("1/9/2026 10:30 – 3/9/2026 17:00")).toEqual([{ year: 2026, month: 9, day: 1 }, { year: 2026, month: 9, day: 3 }]);
  });

  // Excel shows a month as "Sep-26" (its mmm-yy format) and reads "Sep-2026" as September 2026. A two-digit
  // "Sep-26" Excel reads as 26 September of the current year, so it is refused rather than guessed.
  it.each([
    ["Sep-2026", [{ year: 2026, month: 9, day: 1 }, { year: 2026, month: 9, day: 30 }]],
    ["February-2024", [{ year: 2024, month: 2, day: 1 }, { year: 2024, month: 2, day: 29 }]],
  ])("a month and year joined by a hyphen: %p", (text, expected) => expect(spanOf(text)).toEqual(expected));

  it("29/02/1900 is Excel's fictitious leap day, serial 60, and February 1900 has 29 days as in Excel", () => {
    // Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year": DATE(1900,2,29) is 60 and
    // DATE(1900,3,1) is 61. So DATE(1900,3,0) is 60 too, and 28/02/1900 is 59.
    const leap = readDateSpan("29/02/1900", "date");
    expect(leap.ok && [leap.value.start, leap.value.end]).toEqual([60, 60]);
    expect(serialOf(1900, 2, 29)).toBe(60);
    expect(serialOf(1900, 3, 0)).toBe(60);
    expect(serialOf(1900, 2, 28)).toBe(59);
    expect(serialOf(1900, 1, 0)).toBe(0);
    expect(calendarOf(60)).toEqual({ year: 1900, month: 2, day: 29 });
    const february = readDateSpan("February 1900", "date");
    expect(february.ok && [february.value.start, february.value.end]).toEqual([32, 60]); // 31 January is 31
    expect(readDateSpan("29/02/1901", "date")).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("names a day by Excel's calendar, the days before March 1900 included", () => {
    expect(describeSerial(1)).toBe("1 January 1900");
    expect(describeSerial(60)).toBe("29 February 1900");
    expect(describeSerial(61)).toBe("1 March 1900");
    expect(describeSerial(45536)).toBe("1 September 2024");
  });

  it.each([
    ["01/09/2026", { year: 2026, month: 9, day: 1 }],
    ["31/12/2022", { year: 2022, month: 12, day: 31 }],
    ["09/11/2025", { year: 2025, month: 11, day: 9 }],
    ["5/06/2023", { year: 2023, month: 6, day: 5 }],
  ])("two-digit days and months in d/m/yyyy, day first: %p", (text, expected) => expect(day(text)).toEqual(expected));

  it.each([
    "1/9/2026x", "1/9/2026 and then some", "1 September 2026 abc", "01/09/2026/1", "Sep-26", "10:30",
    // Day 0 and month 0 are no dates: Excel's DATEVALUE("0/1/2022") is #VALUE!, not 31 December 2021.
    "0/1/2022", "1/0/2022", "00/00/2022", "32/1/2022",
    "1/1/10000",
  ])("refuses %p rather than reading part of it", (text) => {
    expect(readDateSpan(text, "date")).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("refuses a financial year that runs past 31 December 9999, the last date Excel has", () => {
    expect(readDateSpan("9999/00", "date")).toMatchObject({ ok: false, error: { message: expect.stringContaining("past 31 December 9999") } });
    const last = readDateSpan("31/12/9999", "date");
    expect(last.ok && last.value.start).toBe(2_958_465); // Excel's largest date serial
  });
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
