/**
 * Working days as Microsoft's "WORKDAY function" and "NETWORKDAYS function" pages count them, with their own
 * examples, and the holidays argument read cell by cell.
 */
import { MAX_SERIAL, serialOf } from "./serial";
import { addWorkdays, ENGLAND_AND_WALES, holidaysParameter, NO_HOLIDAYS, readHolidays, workdaysBetween, type HolidayCalendar } from "./workingDays";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const listing = (...days: number[]): HolidayCalendar => ({ region: null, listed: new Set(days) });

describe("Microsoft's WORKDAY example", () => {
  // WORKDAY(1/10/2008, 151) is 30/04/2009; with the holidays 26/11/2008, 4/12/2008 and 21/1/2009, 5/5/2009.
  const start = serialOf(2008, 10, 1);
  const holidays = listing(serialOf(2008, 11, 26), serialOf(2008, 12, 4), serialOf(2009, 1, 21));

  it("151 working days from Wednesday 1 October 2008", () => {
    expect(value(addWorkdays(start, 151, NO_HOLIDAYS))).toBe(serialOf(2009, 4, 30));
    expect(value(addWorkdays(start, 151, holidays))).toBe(serialOf(2009, 5, 5));
  });

  it("counted back, a negative number of days gives the start again (both ends are weekdays)", () => {
    expect(value(addWorkdays(serialOf(2009, 4, 30), -151, NO_HOLIDAYS))).toBe(start);
    expect(value(addWorkdays(serialOf(2009, 5, 5), -151, holidays))).toBe(start);
  });

  it("a time of day on the start is dropped; 0 days is the start itself, even on a Saturday", () => {
    expect(value(addWorkdays(start + 0.75, 151, NO_HOLIDAYS))).toBe(serialOf(2009, 4, 30));
    expect(value(addWorkdays(serialOf(2025, 12, 27), 0, NO_HOLIDAYS))).toBe(serialOf(2025, 12, 27));
  });

  it("from a weekend: one working day after Saturday 27 December 2025 is Monday 29th; one before is Friday 26th", () => {
    expect(value(addWorkdays(serialOf(2025, 12, 27), 1, NO_HOLIDAYS))).toBe(serialOf(2025, 12, 29));
    expect(value(addWorkdays(serialOf(2025, 12, 27), -1, NO_HOLIDAYS))).toBe(serialOf(2025, 12, 26));
    // With England and Wales's, Boxing Day is no working day: Wednesday 24th.
    expect(value(addWorkdays(serialOf(2025, 12, 27), -1, ENGLAND_AND_WALES))).toBe(serialOf(2025, 12, 24));
  });

  it("before 1 January 1900 (a Sunday on Excel's calendar, serial 1) is #NUM!, as WORKDAY gives for an invalid date", () => {
    // Serial 2, Monday 2 January 1900: one working day back is serial 1's Sunday, then 0, which is no date.
    expect(addWorkdays(2, -1, NO_HOLIDAYS)).toMatchObject({ ok: false, error: { kind: "num" } });
    expect(value(addWorkdays(3, -1, NO_HOLIDAYS))).toBe(2);
  });

  it("31 December 9999, Excel's last date, a Friday, is a working day to land on", () => {
    expect(value(addWorkdays(MAX_SERIAL - 1, 1, NO_HOLIDAYS))).toBe(MAX_SERIAL);
    expect(addWorkdays(MAX_SERIAL - 1, 2, NO_HOLIDAYS)).toMatchObject({ ok: false, error: { kind: "num" } });
  });
});

describe("Microsoft's NETWORKDAYS example", () => {
  // NETWORKDAYS(1/10/2012, 1/3/2013) is 110; less 22/11/2012, 109; less that and 4/12/2012 and 21/1/2013, 107.
  // Here the start day is not counted: 1 October 2012 is a Monday, so each is one fewer.
  const from = serialOf(2012, 10, 1);
  const to = serialOf(2013, 3, 1);

  it("counts 109, 108 and 106 after Monday 1 October 2012", () => {
    expect(value(workdaysBetween(from, to, NO_HOLIDAYS))).toBe(109);
    expect(value(workdaysBetween(from, to, listing(serialOf(2012, 11, 22))))).toBe(108);
    expect(value(workdaysBetween(from, to, listing(serialOf(2012, 11, 22), serialOf(2012, 12, 4), serialOf(2013, 1, 21))))).toBe(106);
  });

  it("a listed day on a weekend, or outside the dates, takes nothing off", () => {
    // Saturday 1 December 2012; 1 October itself (not counted); 2 March 2013 (after the end).
    expect(value(workdaysBetween(from, to, listing(serialOf(2012, 12, 1), from, serialOf(2013, 3, 4))))).toBe(109);
    // The last day counts: Friday 1 March 2013 listed is one fewer.
    expect(value(workdaysBetween(from, to, listing(to)))).toBe(108);
  });

  it("the same day is 0, and a week on is 5", () => {
    expect(value(workdaysBetween(from, from, ENGLAND_AND_WALES))).toBe(0);
    expect(value(workdaysBetween(from, from + 7, NO_HOLIDAYS))).toBe(5);
    // Friday 5 October to Monday 8 October 2012: the Monday only.
    expect(value(workdaysBetween(serialOf(2012, 10, 5), serialOf(2012, 10, 8), NO_HOLIDAYS))).toBe(1);
  });

  it("a bank holiday on the last day counts, on the first does not", () => {
    // Christmas Day 2025 (Thursday) to Friday 2 January 2026: 26 Dec, 29–31 Dec, 1–2 Jan are 6 weekdays; Boxing Day
    // and New Year's Day are bank holidays: 4. From Wednesday 24 December: 7 weekdays less 3 = 4.
    expect(value(workdaysBetween(serialOf(2025, 12, 25), serialOf(2026, 1, 2)))).toBe(4);
    expect(value(workdaysBetween(serialOf(2025, 12, 24), serialOf(2026, 1, 1)))).toBe(3);
  });
});

describe("the years bank holidays are known for: 2017 to 2027", () => {
  it("the first and last known years are answered, the years either side are not", () => {
    // Tuesday 27 December 2016 + 1 working day (England and Wales) needs 2016's holidays: refused. Monday 2 January
    // 2017 (New Year's Day's substitute) + 1 is Tuesday 3rd. Friday 29 December 2017 + 1 is Tuesday 2 January 2018
    // (1 January 2018 a bank holiday).
    expect(addWorkdays(serialOf(2016, 12, 27), 1)).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(value(addWorkdays(serialOf(2017, 1, 2), 1))).toBe(serialOf(2017, 1, 3));
    expect(value(addWorkdays(serialOf(2017, 12, 29), 1))).toBe(serialOf(2018, 1, 2));
    // Friday 24 December 2027 + 1: Christmas Day is a Saturday, so Monday 27th and Tuesday 28th are its and Boxing
    // Day's substitutes: Wednesday 29 December 2027.
    expect(value(addWorkdays(serialOf(2027, 12, 24), 1))).toBe(serialOf(2027, 12, 29));
    expect(addWorkdays(serialOf(2027, 12, 31), 1)).toMatchObject({ ok: false, error: { kind: "value", message: expect.stringContaining("reach 2028") } });
    expect(workdaysBetween(serialOf(2027, 12, 20), serialOf(2028, 1, 4))).toMatchObject({ ok: false, error: { message: expect.stringContaining("reach 2028") } });
    expect(workdaysBetween(serialOf(2016, 12, 20), serialOf(2017, 1, 4))).toMatchObject({ ok: false, error: { message: expect.stringContaining("reach 2016") } });
    expect(value(workdaysBetween(serialOf(2017, 1, 1), serialOf(2027, 12, 31), ENGLAND_AND_WALES))).toBeGreaterThan(0);
  });

  it("a listed day is a holiday in any year, with no region to ask", () => {
    // Friday 29 December 2028 + 1 with 1 January 2029 (a Monday) listed: Tuesday 2 January 2029.
    expect(value(addWorkdays(serialOf(2028, 12, 29), 1, listing(serialOf(2029, 1, 1))))).toBe(serialOf(2029, 1, 2));
  });
});

describe("the holidays argument, cell by cell", () => {
  it("a region named in any case or spacing", () => {
    expect(value(readHolidays(" northern   IRELAND "))).toEqual({ region: "northern-ireland", listed: new Set() });
    expect(value(readHolidays([["NI"]]))).toEqual({ region: "northern-ireland", listed: new Set() });
    expect(value(readHolidays([["Scotland"], ["scotland"]]))).toEqual({ region: "scotland", listed: new Set() });
  });

  it('"none" is Monday to Friday only, and with a region named it is that region\'s', () => {
    expect(value(readHolidays("none"))).toEqual({ region: null, listed: new Set() });
    expect(value(readHolidays([["none"], ["Scotland"]]))).toEqual({ region: "scotland", listed: new Set() });
    expect(value(readHolidays([["Scotland"], ["none"]]))).toEqual({ region: "scotland", listed: new Set() });
  });

  it("a list of dates alone is those days only, the region's left out", () => {
    const christmasEve = serialOf(2025, 12, 24);
    expect(value(readHolidays([[christmasEve, null], [false, 0]]))).toEqual({ region: null, listed: new Set([christmasEve]) });
    // A range given as a flat list of cells, one row.
    expect(value(readHolidays([christmasEve, christmasEve + 7]))).toEqual({ region: null, listed: new Set([christmasEve, christmasEve + 7]) });
  });

  it("a run of days up to a year long is listed day by day; longer is refused", () => {
    // 1 January to 31 December 2028, a leap year: 366 days.
    expect(value(readHolidays("1/1/2028 – 31/12/2028")).listed.size).toBe(366);
    // 1 January 2027 to 2 January 2028 is 367 days.
    expect(readHolidays("1/1/2027 – 2/1/2028")).toMatchObject({ ok: false, error: { message: expect.stringContaining("not a day or a run of days") } });
    expect(readHolidays([["Sept 2025"]])).toMatchObject({ ok: false, error: { message: expect.stringContaining('The holiday "Sept 2025" is not a day or a run of days') } });
  });

  it("a range is read once, however many cells use it", () => {
    const range = [["24/12/2025"], ["Scotland"]];
    expect(readHolidays(range)).toBe(readHolidays(range));
    expect(readHolidays([["24/12/2025"]])).not.toBe(readHolidays([["24/12/2025"]]));
  });

  it("is one argument for the whole range, England and Wales's when omitted", () => {
    const parameter = holidaysParameter();
    expect(parameter).toMatchObject({ name: "holidays", entireRange: true, fallback: ENGLAND_AND_WALES });
    expect(holidaysParameter("closures").name).toBe("closures");
    expect(value(parameter.read(undefined))).toBe(ENGLAND_AND_WALES);
  });
});
