/**
 * UK bank holidays, computed from their rules rather than fetched (the pane makes no network calls):
 * - England and Wales: New Year's Day, Good Friday, Easter Monday, the early May bank holiday (first Monday in May),
 *   the spring bank holiday (last Monday in May), the summer bank holiday (last Monday in August), Christmas Day
 *   and Boxing Day;
 * - Scotland: as England and Wales, but 2 January in place of Easter Monday, the summer bank holiday on the first
 *   Monday in August, and St Andrew's Day (30 November);
 * - Northern Ireland: as England and Wales, with St Patrick's Day (17 March) and the Battle of the Boyne (12 July).
 * A fixed date that falls on a Saturday or Sunday gives a substitute day, the next weekday that is not already a
 * holiday (Christmas on a Saturday: Monday 27th, and Boxing Day's substitute Tuesday 28th). Easter is the Gregorian
 * computus. The one-off days announced since the rules last changed are listed in ONE_OFFS.
 * Only years for which the government has published the list are answered; outside them, the caller is told so.
 */
import { serialOf, weekdayOf } from "./serial";

export type HolidayRegion = "england-and-wales" | "scotland" | "northern-ireland";

export const REGION_NAMES: Readonly<Record<HolidayRegion, string>> = {
  "england-and-wales": "England and Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

/**
 * The years answered: the rules and one-offs below give gov.uk's published lists for 2017–2026 (the tests name the
 * years checked); 2027 is by the rules, with no one-off announced. Extend LAST when gov.uk publishes the next
 * year, adding any one-off it announces.
 */
export const BANK_HOLIDAY_YEARS = { first: 2017, last: 2027 } as const;

interface OneOffs {
  /** A rule's day moved: [the rule's date, the day it moved to], as "MM-DD". */
  readonly moved?: readonly (readonly [string, string])[];
  /** Extra days, as "MM-DD". */
  readonly added?: readonly string[];
}

/** One-off changes since 2017, the same in all three regions (gov.uk's lists). */
const ONE_OFFS: Readonly<Record<number, OneOffs>> = {
  // The early May bank holiday moved from Monday 4 May to Friday 8 May for the 75th anniversary of VE Day.
  2020: { moved: [["05-04", "05-08"]] },
  // The spring bank holiday moved from Monday 30 May to Thursday 2 June; Friday 3 June for the Platinum Jubilee;
  // Monday 19 September for the state funeral of Queen Elizabeth II.
  2022: { moved: [["05-30", "06-02"]], added: ["06-03", "09-19"] },
  // Monday 8 May for the coronation of King Charles III.
  2023: { added: ["05-08"] },
};

/** Easter Sunday's serial: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return serialOf(year, month, day);
}

const MONDAY = 1;

/** The first Monday of a month. */
function firstMonday(year: number, month: number): number {
  const first = serialOf(year, month, 1);
  return first + ((MONDAY - weekdayOf(first) + 7) % 7);
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number): number {
  const last = serialOf(year, month + 1, 0);
  return last - ((weekdayOf(last) - MONDAY + 7) % 7);
}

const isWeekend = (serial: number) => {
  const weekday = weekdayOf(serial);
  return weekday === 0 || weekday === 6;
};

/** The year's bank holidays in a region by the rules and one-offs, sorted. The year must be a known one. */
export function bankHolidaysOf(year: number, region: HolidayRegion): number[] {
  const on = (monthDay: string) => serialOf(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3)));
  const easter = easterSunday(year);
  const fixed = [on("01-01"), on("12-25"), on("12-26")];
  const movable = [easter - 2, firstMonday(year, 5), lastMonday(year, 5)];
  if (region === "scotland") {
    fixed.push(on("01-02"), on("11-30"));
    movable.push(firstMonday(year, 8));
  } else {
    movable.push(easter + 1, lastMonday(year, 8));
  }
  if (region === "northern-ireland") fixed.push(on("03-17"), on("07-12"));

  const oneOffs = ONE_OFFS[year] ?? {};
  const days = new Set<number>();
  for (const day of movable) days.add(day);
  for (const [from, to] of oneOffs.moved ?? []) {
    days.delete(on(from));
    days.add(on(to));
  }
  for (const day of oneOffs.added ?? []) days.add(on(day));
  // Fixed dates on a weekday first, so a substitute never lands on one (Christmas on a Sunday: Boxing Day is Monday,
  // and Christmas's substitute is Tuesday). `fixed` is in date order wherever two can meet (1 and 2 January, 25 and
  // 26 December), so each substitute is found after the earlier day's.
  const weekendFixed: number[] = [];
  for (const day of fixed) {
    if (isWeekend(day)) weekendFixed.push(day);
    else days.add(day);
  }
  for (const day of weekendFixed) {
    let substitute = day + 1;
    while (isWeekend(substitute) || days.has(substitute)) substitute++;
    days.add(substitute);
  }
  return [...days].sort((a, b) => a - b);
}
