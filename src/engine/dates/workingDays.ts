/**
 * Working days: Monday to Friday, less holidays. In UK usage, and in Excel's WORKDAY and NETWORKDAYS given a holidays
 * list, "twenty working days" skips bank holidays. The holidays argument of every working-day function is read here:
 * - blank or omitted: England and Wales bank holidays (bankHolidays.ts);
 * - "Scotland", "Northern Ireland", "England and Wales": that region's;
 * - a range of dates, as NETWORKDAYS takes: those days only; with a region's name among them, both;
 * - "none": Monday to Friday only.
 */
import { excelErrorIn, isBlankLike } from "../core/cellNumber";
import { fail, ok, quote, type EngineError, type Result } from "../core/result";
import type { Parameter } from "../core/parameters";
import { BANK_HOLIDAY_YEARS, bankHolidaysOf, REGION_NAMES, type HolidayRegion } from "./bankHolidays";
import { readDateSpan } from "./dateInput";
import { calendarOf, MAX_SERIAL, MIN_SERIAL, weekdayOf } from "./serial";

/** Which days, besides Saturdays and Sundays, are not working days. */
export interface HolidayCalendar {
  readonly region: HolidayRegion | null;
  /** Days listed besides the region's. */
  readonly listed: ReadonlySet<number>;
}

export const ENGLAND_AND_WALES: HolidayCalendar = { region: "england-and-wales", listed: new Set() };
export const NO_HOLIDAYS: HolidayCalendar = { region: null, listed: new Set() };

const REGION_WORDS: Readonly<Record<string, HolidayRegion | "none">> = {
  "england and wales": "england-and-wales", "england & wales": "england-and-wales", "e&w": "england-and-wales",
  england: "england-and-wales", wales: "england-and-wales", "england-and-wales": "england-and-wales",
  scotland: "scotland",
  "northern ireland": "northern-ireland", ni: "northern-ireland", "northern-ireland": "northern-ireland",
  none: "none", "no holidays": "none", "mon-fri": "none", "monday to friday": "none",
};

/** A span of days given as a holiday ("24/12/2026 – 2/1/2027" closure) may run to a year, no more. */
const LONGEST_LISTED_SPAN = 366;

function readHolidayCells(cells: readonly unknown[]): Result<HolidayCalendar> {
  let region: HolidayRegion | null = null;
  let named = false;
  const listed = new Set<number>();
  for (const cell of cells) {
    // An empty cell (0 from older Excel desktops) lists nothing.
    if (cell === 0 || cell === false || isBlankLike(cell)) continue;
    const error = excelErrorIn(cell);
    if (error) return fail("value", `The holidays include the Excel error ${error}.`);
    const word = typeof cell === "string" ? REGION_WORDS[cell.trim().toLowerCase().replace(/\s+/g, " ")] : undefined;
    if (word) {
      named = true;
      if (word !== "none") {
        if (region && region !== word) return fail("value", `The holidays name both ${REGION_NAMES[region]} and ${REGION_NAMES[word]}: give one.`);
        region = word;
      }
      continue;
    }
    const span = readDateSpan(cell, "holiday");
    if (!span.ok) return fail("value", `${span.error.message} Holidays are dates, or "England and Wales", "Scotland", "Northern Ireland" or "none".`);
    if (span.value.end - span.value.start >= LONGEST_LISTED_SPAN || span.value.precision !== "day") {
      // Only text can be more than a day: a number is one.
      return fail("value", `The holiday ${quote(String(cell))} is not a day or a run of days: give each holiday's date.`);
    }
    for (let day = span.value.start; day <= span.value.end; day++) listed.add(day);
  }
  // Nothing but blanks: the default, as for an omitted argument.
  if (!named && listed.size === 0) return ok(ENGLAND_AND_WALES);
  return ok({ region, listed });
}

const readGrids = new WeakMap<object, Result<HolidayCalendar>>();

/** The holidays argument: one cell, or a whole range (each range is read once, however many cells use it). */
export function readHolidays(input: unknown): Result<HolidayCalendar> {
  // One cell, omitted (null) included: a blank is the default.
  if (!Array.isArray(input)) return readHolidayCells([input]);
  const known = readGrids.get(input);
  if (known) return known;
  const cells: unknown[] = [];
  for (const row of input as readonly unknown[]) {
    if (Array.isArray(row)) for (const cell of row as readonly unknown[]) cells.push(cell);
    else cells.push(row);
  }
  const read = readHolidayCells(cells);
  readGrids.set(input, read);
  return read;
}

/** The holidays parameter: the whole range is one argument, as NETWORKDAYS takes it, not broadcast cell by cell. */
export function holidaysParameter(name = "holidays"): Parameter<HolidayCalendar> {
  return { name, entireRange: true, read: readHolidays, fallback: ENGLAND_AND_WALES };
}

// Each region's days, a year at a time as they are asked for.
const regionYears = new Map<string, ReadonlySet<number>>();

function unknownYear(region: HolidayRegion, year: number): EngineError {
  const { first, last } = BANK_HOLIDAY_YEARS;
  return {
    kind: "value",
    message: `${REGION_NAMES[region]} bank holidays are known here for ${first} to ${last}, and the working days reach ${year}: give the holidays as a range of dates, or "none" for Monday to Friday only.`,
  };
}

function regionDays(region: HolidayRegion, year: number): ReadonlySet<number> | null {
  if (year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) return null;
  const key = `${region}:${year}`;
  let days = regionYears.get(key);
  if (!days) {
    days = new Set(bankHolidaysOf(year, region));
    regionYears.set(key, days);
  }
  return days;
}

const isWeekend = (serial: number) => {
  const weekday = weekdayOf(serial);
  return weekday === 0 || weekday === 6;
};

/**
 * Whether a weekday is a holiday, or the error saying the calendar cannot tell. Walks call this day by day, so the
 * year's set is looked up once per call of a year, not rebuilt.
 */
function holidayOn(serial: number, calendar: HolidayCalendar): boolean | EngineError {
  if (calendar.listed.has(serial)) return true;
  if (!calendar.region) return false;
  const { year } = calendarOf(serial);
  const days = regionDays(calendar.region, year);
  return days ? days.has(serial) : unknownYear(calendar.region, year);
}

const pastExcel = (): Result<number> => fail("num", "The date would be past 31 December 9999, the last date Excel has.");

/** The date `days` working days after `from` (before, when negative), as Excel's WORKDAY with a holidays list. */
export function addWorkdays(from: number, days: number, calendar: HolidayCalendar = ENGLAND_AND_WALES): Result<number> {
  let serial = Math.floor(from);
  let left = days;
  const step = Math.sign(days);
  while (left !== 0) {
    serial += step;
    if (serial > MAX_SERIAL) return pastExcel();
    if (serial < MIN_SERIAL) return fail("num", "The date would be before 1 January 1900, the first date Excel has.");
    if (isWeekend(serial)) continue;
    const holiday = holidayOn(serial, calendar);
    if (typeof holiday !== "boolean") return fail(holiday.kind, holiday.message);
    if (!holiday) left -= step;
  }
  return ok(serial);
}

/** Working days after `from`, up to and including `to` (to ≥ from): NETWORKDAYS(from, to) less `from` itself. */
export function workdaysBetween(from: number, to: number, calendar: HolidayCalendar = ENGLAND_AND_WALES): Result<number> {
  const days = to - from;
  const fullWeeks = Math.floor(days / 7);
  let count = fullWeeks * 5;
  for (let serial = from + fullWeeks * 7 + 1; serial <= to; serial++) if (!isWeekend(serial)) count++;
  // Less each weekday holiday in (from, to]: listed days from the list, a region's a year at a time.
  if (calendar.region) {
    const first = calendarOf(from + 1).year;
    const last = calendarOf(to).year;
    for (let year = first; year <= last && to > from; year++) {
      const holidays = regionDays(calendar.region, year);
      if (!holidays) return fail("value", unknownYear(calendar.region, year).message);
      for (const day of holidays) if (day > from && day <= to && !calendar.listed.has(day)) count--;
    }
  }
  for (const day of calendar.listed) if (day > from && day <= to && !isWeekend(day)) count--;
  return ok(count);
}
