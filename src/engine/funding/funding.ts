/**
 * Funding streams: spend against a straight-line profile, the clawback risk, and the deadlines
 * that come with a grant. Amounts are pounds; dates are Excel serials (or text the UK date reader understands).
 */
import { dateParameter, reportDateParameter } from "../dates/dateInput";
import { amountParameter, callDeclared, declareFunction, parameter } from "../core/parameters";
import { fail, finite, ok, type Result } from "../core/result";
import { calendarOf, daysInMonth, MAX_SERIAL, serialOf } from "../dates/serial";
import { addWorkdays, holidaysParameter } from "../dates/workingDays";
import { toleranceParameter } from "../core/tolerance";

export type FundStatus = "Not started" | "Green" | "Amber" | "Red" | "Complete" | "Overspent";

export const DEFAULT_FUND_TOLERANCE = 0.1;
/** Spend within a penny of the allocation is fully spent. */
const PENNY = 0.005;

interface Period {
  readonly allocation: number;
  readonly start: number;
  readonly end: number;
  readonly asOf: number;
}

/** The period's parameters: `start` uses the start of date text, `end` its end ("Mar 2022" → 31 March). */
const allocationParameter = amountParameter("allocation", "allocation");
const spentParameter = amountParameter("spent", "amount spent", { fallback: 0 });
const startParameter = dateParameter("start", "start date", "start");
const endParameter = dateParameter("end", "end date", "end");
const asOfParameter = reportDateParameter("asOf");

function periodOf(allocation: number, start: number, end: number, asOf: number): Result<Period> {
  if (end < start) return fail("value", "The end date is before the start date.");
  return ok({ allocation, start, end, asOf });
}

/** The share of the period gone by: 0 on the start date, 1 on the end date. */
function elapsedShare({ start, end, asOf }: Period): number {
  if (asOf < start) return 0;
  if (end === start) return 1; // a one-day period is all gone by on its day
  return Math.min(1, (asOf - start) / (end - start));
}

export const PROFILE = declareFunction(
  "PROFILE",
  [allocationParameter, startParameter, endParameter, asOfParameter],
  (allocation, start, end, asOf) => {
    const period = periodOf(allocation, start, end, asOf);
    if (!period.ok) return period;
    return finite(period.value.allocation * elapsedShare(period.value), "expected spend");
  },
);

export const FUND_STATUS = declareFunction(
  "FUNDSTATUS",
  [allocationParameter, spentParameter, startParameter, endParameter, asOfParameter, toleranceParameter("tolerance", DEFAULT_FUND_TOLERANCE)],
  (allocation, money, start, end, asOf, slack): Result<FundStatus> => {
    const period = periodOf(allocation, start, end, asOf);
    if (!period.ok) return period;
    const p = period.value;
    if (money > p.allocation + PENNY) return ok("Overspent");
    if (money >= p.allocation - PENNY) return ok("Complete");
    // Money spent before the start is spending ahead of a profile still at 0: started, and Green.
    if (asOf < p.start && money <= PENNY) return ok("Not started");
    if (asOf > p.end) return ok("Red"); // the period is over with money unspent: it will be clawed back
    const behind = behindProfile(p, money);
    if (behind <= PENNY) return ok("Green");
    return ok(behind <= slack * p.allocation + PENNY ? "Amber" : "Red");
  },
);

/** How far spending is behind the straight-line profile (negative when ahead). */
function behindProfile(p: Period, money: number): number {
  return p.allocation * elapsedShare(p) - money;
}

/**
 * The money projected unspent at the end, on the same edges as FUNDSTATUS, so the two never contradict each other:
 * 0 when the status is Complete, Overspent, Green or Not started (spent to the penny, on or ahead of profile, or no
 * time gone by to give a rate); after the end, what is left; in the period, the shortfall at the rate so far.
 */
function projectedUnspent(p: Period, money: number): number {
  if (money >= p.allocation - PENNY) return 0;
  // On or ahead of profile is nothing at risk; that includes every case with no time gone by (a profile of 0), so
  // the division below is by a share above 0. After the end the share is 1: what is left.
  if (behindProfile(p, money) <= PENNY) return 0;
  return p.allocation - money / elapsedShare(p);
}

/**
 * Money left unspent at the end date if spending goes on at its rate so far: the clawback risk. Never negative;
 * 0 where there is no rate yet (on or before the start) or spending is on profile.
 */
export const UNDERSPEND = declareFunction(
  "UNDERSPEND",
  [allocationParameter, spentParameter, startParameter, endParameter, asOfParameter],
  (allocation, money, start, end, asOf) => {
    const period = periodOf(allocation, start, end, asOf);
    if (!period.ok) return period;
    return finite(projectedUnspent(period.value, money), "underspend");
  },
);

export function profile(allocation: unknown, start: unknown, end: unknown, asOf: number): Result<number> {
  return callDeclared(PROFILE, [allocation, start, end, asOf]);
}

export function fundStatus(allocation: unknown, spent: unknown, start: unknown, end: unknown, asOf: number, tolerance: unknown): Result<FundStatus> {
  return callDeclared(FUND_STATUS, [allocation, spent, start, end, asOf, tolerance]);
}

export function underspend(allocation: unknown, spent: unknown, start: unknown, end: unknown, asOf: number): Result<number> {
  return callDeclared(UNDERSPEND, [allocation, spent, start, end, asOf]);
}

/** DHSC grant conditions: money passported to providers within 20 days of receipt, spent within 3 months. */
export const PASSPORT_DAYS = 20;
export const SPEND_MONTHS = 3;

/** The date `months` after `from`, clamped to the month's end as Excel's EDATE does (30 Nov + 3 → 28/29 Feb). */
export function addMonths(from: number, months: number): number {
  const { year, month, day } = calendarOf(from);
  const targetMonth = month + months;
  const targetYear = year + Math.floor((targetMonth - 1) / 12);
  const normalisedMonth = ((((targetMonth - 1) % 12) + 12) % 12) + 1;
  return serialOf(targetYear, normalisedMonth, Math.min(day, daysInMonth(targetYear, normalisedMonth)));
}

const receivedParameter = dateParameter("received", "date received", "start");

/** A count of months or days: a whole number, and no more than `most` (a hundred years of either). */
const wholeUpTo = (label: string, most: number) => (value: number) =>
  Number.isInteger(value) && value <= most ? ok(value) : fail<number>("value", `The ${label} (${value}) must be a whole number up to ${most}.`);

export const SPEND_BY = declareFunction(
  "SPENDBY",
  [
    receivedParameter,
    amountParameter("months", "number of months", {
      fallback: SPEND_MONTHS,
      check: wholeUpTo("number of months", 1200),
    }),
  ],
  // Past 31 December 9999 is #NUM!, as EDATE gives.
  (received, months) => {
    const by = addMonths(received, months);
    return by <= MAX_SERIAL ? ok(by) : fail("num", "The spend-by date would be past 31 December 9999, the last date Excel has.");
  },
);

/** TRUE, 1, "yes" or "working" count working days; anything else counts calendar days. */
const workingDaysParameter = parameter(
  "workingDays",
  (input) => ok(input === true || input === 1 || (typeof input === "string" && /^(true|yes|working)$/i.test(input.trim()))),
  false,
);

export const PASSPORT_BY = declareFunction(
  "PASSPORTBY",
  [
    receivedParameter,
    amountParameter("days", "number of days", {
      fallback: PASSPORT_DAYS,
      check: wholeUpTo("number of days", 36500),
    }),
    workingDaysParameter,
    holidaysParameter(),
  ],
  // Working days skip weekends and the holidays (England and Wales bank holidays unless told otherwise); either way
  // past 31 December 9999 is #NUM!, as WORKDAY gives.
  (received, days, working, holidays) => {
    if (working) return addWorkdays(received, days, holidays);
    return received + days <= MAX_SERIAL ? ok(received + days) : fail("num", "The passport-by date would be past 31 December 9999, the last date Excel has.");
  },
);

export function spendBy(received: unknown, months: unknown): Result<number> {
  return callDeclared(SPEND_BY, [received, months]);
}

export function passportBy(received: unknown, days: unknown, workingDays: unknown, holidays: unknown = null): Result<number> {
  return callDeclared(PASSPORT_BY, [received, days, workingDays, holidays]);
}

export interface TotalCheck {
  readonly sum: number;
  readonly stated: number;
  readonly difference: number;
  /** The stated total is the sum, rounded as printed (e.g. "£19.14m" is to the nearest £10,000). */
  readonly reconciles: boolean;
}

/** Does a total printed in a report match the parts? `roundedTo` is the precision it was printed to (£10,000 for "£19.14m"). */
export function checkTotal(parts: readonly number[], stated: number, roundedTo = 1): TotalCheck {
  const sum = parts.reduce((total, part) => total + part, 0);
  const difference = stated - sum;
  return { sum, stated, difference, reconciles: Math.abs(difference) <= roundedTo / 2 + PENNY };
}
