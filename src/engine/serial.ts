/**
 * Excel date serials (1900 system): whole days since 30 December 1899, so serial 45536 is 1 September 2024.
 * All date arithmetic in the engine is on serials in UTC, so no time zone or clock change can shift a day.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Month is 1–12. Out-of-range days or months roll over, as Date.UTC does; callers validate first. */
export function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
}

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

/** The serial as a JavaScript Date at midnight UTC (fractions of a day keep their time). */
export function dateOfSerial(serial: number): Date {
  return new Date(EPOCH + serial * MS_PER_DAY);
}

/** A JavaScript Date (as ExcelJS reads dates) as a serial, time of day as the fraction. */
export function serialOfDate(date: Date): number {
  return (date.getTime() - EPOCH) / MS_PER_DAY;
}

export function calendarOf(serial: number): CalendarDate {
  const date = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(serial: number): number {
  return new Date(EPOCH + Math.floor(serial) * MS_PER_DAY).getUTCDay();
}

/** "1 September 2026" */
export function describeSerial(serial: number): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(EPOCH + Math.floor(serial) * MS_PER_DAY),
  );
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
