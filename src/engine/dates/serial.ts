/**
 * Excel date serials (1900 system): serial 45536 is 1 September 2024. From 1 March 1900 a serial is the days since
 * 30 December 1899; before it, Excel counts 1 January 1900 as 1 and keeps a fictitious 29 February 1900 as 60 (a
 * Lotus 1-2-3 leap-year mistake it copied), so serials 1–59 are one less than the days since then.
 * All date arithmetic in the engine is on serials in UTC, so no time zone or clock change can shift a day.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * Month is 1–12. Out-of-range days or months roll over, as Excel's DATE does (DATE(1900,3,0) is its 29 February
 * 1900, serial 60); callers validate first. The serial is the day before the month's 1st, counted Excel's way, plus
 * the day: before March 1900 Excel counts one day fewer than the calendar, as it has the extra 29 February.
 */
export function serialOf(year: number, month: number, day: number): number {
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, so "1/1/0050" would be 1950.
  const dayBefore = Math.round((new Date(0).setUTCFullYear(year, month - 1, 0) - EPOCH) / MS_PER_DAY);
  return (dayBefore < FICTITIOUS_LEAP_DAY ? dayBefore - 1 : dayBefore) + day;
}

/** Excel's 29 February 1900, a day that never was. */
const FICTITIOUS_LEAP_DAY = 60;

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** The serial as a JavaScript Date at midnight UTC (fractions of a day keep their time); 29 February 1900 has none. */
export function dateOfSerial(serial: number): Date {
  return new Date(EPOCH + (serial < FICTITIOUS_LEAP_DAY ? serial + 1 : serial) * MS_PER_DAY);
}

export function calendarOf(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  if (whole === FICTITIOUS_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const date = dateOfSerial(whole);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days in the month on Excel's calendar: February 1900 has 29, as Excel has it. */
export function daysInMonth(year: number, month: number): number {
  return serialOf(year, month + 1, 0) - serialOf(year, month, 0);
}

/** 0 = Sunday … 6 = Saturday. A time of day stays within its day, as EPOCH is a midnight UTC. */
export function weekdayOf(serial: number): number {
  return new Date(EPOCH + serial * MS_PER_DAY).getUTCDay();
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1 September 2026", on Excel's calendar (serial 60 is "29 February 1900"). */
export function describeSerial(serial: number): string {
  const { year, month, day } = calendarOf(serial);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** Serials Excel can show as dates: 1 January 1900 to 31 December 9999. */
export const MIN_SERIAL = 1;
export const MAX_SERIAL = 2_958_465;

/** "23/06/2025": en-GB, whatever the browser's own locale. */
export function shortDateOf(serial: number): string {
  const { year, month, day } = calendarOf(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Today's serial on the local calendar. */
export function todaySerial(now: Date = new Date()): number {
  return serialOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
