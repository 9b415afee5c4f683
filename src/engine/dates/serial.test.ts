/**
 * Excel's 1900 date serials (Microsoft, "DATEVALUE function": "January 1, 1900 is serial number 1, and January 1,
 * 2008 is serial number 39448"), its fictitious 29 February 1900 (Microsoft, "Excel incorrectly assumes that the
 * year 1900 is a leap year"), and the en-GB ways a serial is written.
 */
import { calendarOf, dateOfSerial, daysInMonth, describeSerial, serialOf, shortDateOf, todaySerial, weekdayOf } from "./serial";

describe("Excel's serials", () => {
  it("Microsoft's DATEVALUE examples: 1 January 1900 is 1, 1 January 2008 is 39448", () => {
    expect(serialOf(1900, 1, 1)).toBe(1);
    expect(serialOf(2008, 1, 1)).toBe(39448);
    expect(calendarOf(39448)).toEqual({ year: 2008, month: 1, day: 1 });
  });

  it("a fraction of a day is the same day, on either side of Excel's 29 February 1900", () => {
    expect(calendarOf(39448.75)).toEqual({ year: 2008, month: 1, day: 1 });
    expect(calendarOf(59.5)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(calendarOf(60.5)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(calendarOf(61.5)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it("days in a month on Excel's calendar: February 1900 has 29, 1900's other months and later Februaries as the calendar", () => {
    expect(daysInMonth(1900, 2)).toBe(29);
    expect(daysInMonth(1900, 1)).toBe(31);
    expect(daysInMonth(1900, 3)).toBe(31);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28); // a century year not divisible by 400
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
  });
});

describe("the weekday of a serial, as Excel's WEEKDAY counts it (0 = Sunday here, WEEKDAY's 1)", () => {
  it.each([
    // Microsoft's WEEKDAY page: WEEKDAY(1) is 1, a Sunday, on Excel's calendar with its 29 February 1900.
    [1, 0],
    [45536, 0], // Sunday 1 September 2024
    [46266, 2], // Tuesday 1 September 2026
    [46266.9, 2], // the time of day does not move the day
    [serialOf(2025, 12, 27), 6], // Saturday 27 December 2025
  ])("serial %p is weekday %p", (serial, weekday) => expect(weekdayOf(serial)).toBe(weekday));
});

describe("a serial written out", () => {
  it("en-GB short dates, two-digit day and month, whatever the browser's locale", () => {
    expect(shortDateOf(serialOf(2025, 6, 23))).toBe("23/06/2025");
    expect(shortDateOf(serialOf(2026, 9, 1))).toBe("01/09/2026");
    expect(shortDateOf(serialOf(2025, 12, 31))).toBe("31/12/2025");
    expect(shortDateOf(60)).toBe("29/02/1900");
  });

  it("long dates name the month", () => {
    expect(describeSerial(serialOf(2025, 12, 31))).toBe("31 December 2025");
    expect(describeSerial(serialOf(2026, 1, 5))).toBe("5 January 2026");
  });

  it("as a JavaScript date at midnight UTC, the time of day kept, either side of Excel's 29 February 1900", () => {
    expect(dateOfSerial(45536).toISOString()).toBe("2024-09-01T00:00:00.000Z");
    expect(dateOfSerial(45536.5).toISOString()).toBe("2024-09-01T12:00:00.000Z");
    expect(dateOfSerial(1).toISOString()).toBe("1900-01-01T00:00:00.000Z");
    expect(dateOfSerial(59).toISOString()).toBe("1900-02-28T00:00:00.000Z");
    expect(dateOfSerial(61).toISOString()).toBe("1900-03-01T00:00:00.000Z");
  });

  it("today is the local calendar day, late in the evening too", () => {
    // Local 23:30 on 1 September 2026 is still 1 September, whatever the machine's time zone.
    expect(todaySerial(new Date(2026, 8, 1, 23, 30))).toBe(46266);
    expect(todaySerial(new Date(2026, 8, 1, 0, 5))).toBe(46266);
    const now = new Date();
    expect(todaySerial()).toBe(serialOf(now.getFullYear(), now.getMonth() + 1, now.getDate()));
  });
});
