/** Axis ticks people can read: round £ steps for money, whole months or quarters for dates. */
import { calendarOf, serialOf } from "../../engine/dates/serial";

/** Round steps (1, 2, 2.5 or 5 times a power of ten) from £0 to at least `max`, about `count` of them. */
export function moneyTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface DateTick {
  readonly serial: number;
  /** "Apr 2025", or "2025" on a yearly axis; empty for a quarter's unlabelled line between labels. */
  readonly label: string;
}

const firstOfMonth = (year: number, month: number) => serialOf(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1, 1);

/**
 * Ticks on the first of a month between two serials: labelled every 1, 3 (quarters: Jan, Apr, Jul, Oct), 6, 12 or
 * more months, the finest that gives at most `labels` month labels (half as many again of years), with an unlabelled line at each quarter between them
 * (years apart, a quarter's line still shows where in the year a stage falls).
 */
export function monthTicks(from: number, to: number, labels = 4): DateTick[] {
  const start = calendarOf(from);
  const end = calendarOf(to);
  const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
  // A year's label ("2025") is half the width of a month's ("Apr 2025"): half as many again fit.
  const step = [1, 3, 6].find((s) => months / s <= labels) ?? [12, 24, 60].find((s) => months / s <= labels * 1.5) ?? 120;
  const minor = step > 3 && months / 3 <= 32 ? 3 : step;
  // Months counted from January of the first year: a tick every `minor`, labelled where it falls on a `step`.
  const ticks: DateTick[] = [];
  for (let index = Math.ceil((start.month - 1) / minor) * minor; ; index += minor) {
    const serial = firstOfMonth(start.year, index + 1);
    if (serial > to) break;
    if (serial < from) continue;
    const year = start.year + Math.floor(index / 12);
    const month = index % 12;
    const labelled = step < 12 ? index % step === 0 : month === 0 && year % (step / 12) === 0;
    ticks.push({ serial, label: labelled ? (step >= 12 ? String(year) : `${MONTHS[month]} ${year}`) : "" });
  }
  return ticks;
}
