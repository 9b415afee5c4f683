/**
 * Slippage between a baseline and the current forecast: current − baseline, positive = later,
 * in days, weeks, whole calendar months (DATEDIF "m", signed) or working days; and its RAG rating.
 */
import { isBlankLike } from "../core/cellNumber";
import { datePointParameter, readDate } from "../dates/dateInput";
import { amountParameter, callDeclared, cellParameter, declareFunction, parameter } from "../core/parameters";
import { fail, ok, quote, type Result } from "../core/result";
import { roundHalfAwayFromZero } from "../core/round";
import { calendarOf } from "../dates/serial";
import { ENGLAND_AND_WALES, holidaysParameter, workdaysBetween, type HolidayCalendar } from "../dates/workingDays";

export type SlipUnit = "days" | "weeks" | "months" | "workdays";

const UNITS: Readonly<Record<string, SlipUnit>> = {
  d: "days", day: "days", days: "days",
  w: "weeks", week: "weeks", weeks: "weeks",
  m: "months", month: "months", months: "months",
  workday: "workdays", workdays: "workdays", "working days": "workdays", wd: "workdays",
};

export function parseUnit(input: unknown): Result<SlipUnit> {
  if (isBlankLike(input)) return ok("days");
  const unit = typeof input === "string" ? UNITS[input.trim().toLowerCase()] : undefined;
  return unit ? ok(unit) : fail("value", `The unit ${typeof input === "string" ? quote(input) : String(input)} is not one of days, weeks, months or workdays.`);
}

/** Whole calendar months from `from` to `to` (to ≥ from), as DATEDIF(from, to, "m"). */
function wholeMonths(from: number, to: number): number {
  const a = calendarOf(from);
  const b = calendarOf(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return months;
}

export function slipBetween(baseline: number, current: number, unit: Exclude<SlipUnit, "workdays">): number;
export function slipBetween(baseline: number, current: number, unit: SlipUnit, holidays?: HolidayCalendar): Result<number> | number;
/** The slip in `unit`; working days skip the holidays (England and Wales bank holidays unless told otherwise). */
export function slipBetween(baseline: number, current: number, unit: SlipUnit, holidays: HolidayCalendar = ENGLAND_AND_WALES): Result<number> | number {
  const sign = current >= baseline ? 1 : -1;
  const [from, to] = sign > 0 ? [baseline, current] : [current, baseline];
  switch (unit) {
    case "days":
      return current - baseline;
    case "weeks":
      return roundHalfAwayFromZero((current - baseline) / 7, 1);
    case "months":
      return sign * wholeMonths(from, to) || 0;
    case "workdays": {
      const count = workdaysBetween(from, to, holidays);
      return count.ok ? ok(sign * count.value || 0) : count;
    }
  }
}

export const SLIPPAGE = declareFunction(
  "SLIPPAGE",
  // The dates are read at the point `which` names, so they are read after it.
  [cellParameter("baseline"), cellParameter("current"), parameter("unit", parseUnit, "days"), datePointParameter("which"), holidaysParameter()],
  (baseline, current, unit, point, holidays) => {
    const from = readDate(baseline, "baseline", point);
    if (!from.ok) return from;
    const to = readDate(current, "current date", point);
    if (!to.ok) return to;
    const slip = slipBetween(from.value, to.value, unit, holidays);
    return typeof slip === "number" ? ok(slip) : slip;
  },
);

export function slippage(baseline: unknown, current: unknown, unit: unknown, which: unknown, holidays: unknown = null): Result<number> {
  return callDeclared(SLIPPAGE, [baseline, current, unit, which, holidays]);
}

export type SlipRating = "Green" | "Amber" | "Red" | "Complete";

function isComplete(input: unknown): Result<boolean> {
  if (isBlankLike(input) || input === false || input === 0) return ok(false);
  if (input === true || input === 1) return ok(true);
  if (typeof input === "string") {
    const word = input.trim().toLowerCase();
    if (["true", "yes", "y", "complete", "completed", "done"].includes(word)) return ok(true);
    if (["false", "no", "n", "not complete", "incomplete", "in progress"].includes(word)) return ok(false);
  }
  return fail("value", `"Complete" should be TRUE or FALSE, not ${typeof input === "string" ? quote(input) : String(input)}.`);
}

/** Slip up to this many days is Green, then up to the red threshold Amber, beyond it Red: the one statement of the rule. */
export interface SlipThresholds {
  readonly amberDays: number;
  readonly redDays: number;
}

export const DEFAULT_SLIP_THRESHOLDS: SlipThresholds = { amberDays: 30, redDays: 90 };

/** The rating of a slip in days, under the thresholds. */
export function rateSlip(days: number, thresholds: SlipThresholds = DEFAULT_SLIP_THRESHOLDS): "Green" | "Amber" | "Red" {
  return days <= thresholds.amberDays ? "Green" : days <= thresholds.redDays ? "Amber" : "Red";
}

const thresholdParameter = (name: string, label: string, fallback: number) => amountParameter(name, label, { fallback });

export const SLIP_RATING = declareFunction(
  "SLIPRAG",
  [
    cellParameter("baseline"),
    cellParameter("current"),
    thresholdParameter("amberDays", "amber threshold (days)", DEFAULT_SLIP_THRESHOLDS.amberDays),
    thresholdParameter("redDays", "red threshold (days)", DEFAULT_SLIP_THRESHOLDS.redDays),
    parameter("complete", isComplete, false),
  ],
  (baseline, current, amberDays, redDays, done): Result<SlipRating> => {
    if (done) return ok("Complete");
    if (redDays < amberDays) return fail("value", `The red threshold (${redDays} days) is below the amber threshold (${amberDays} days).`);
    const days = slippage(baseline, current, null, null);
    if (!days.ok) return days;
    return ok(rateSlip(days.value, { amberDays, redDays }));
  },
);

export function slipRating(baseline: unknown, current: unknown, amberDays: unknown, redDays: unknown, complete: unknown): Result<SlipRating> {
  return callDeclared(SLIP_RATING, [baseline, current, amberDays, redDays, complete]);
}
