/* Funding streams. The JSDoc below is the metadata Excel shows: the webpack plugin writes functions.json from it and
   appends the CustomFunctions.associate calls. These functions are not volatile: give a report-date cell as asOf. */
import { FUND_STATUS, PASSPORT_BY, PROFILE, SPEND_BY, UNDERSPEND } from "../engine/funding/funding";
import { runDeclared } from "./runner";

/**
 * Status of a grant against a straight-line spend profile: "Not started", "Green", "Amber", "Red", "Complete" or "Overspent".
 * @customfunction FUNDSTATUS
 * @param allocation The grant allocation in pounds, e.g. 1807449 or "£1,807,449".
 * @param spent Spent to date, in pounds.
 * @param start Start of the grant period: a date or text such as "Apr 2021".
 * @param end End of the grant period: a date or text such as "Jun 2021" (the end of that month).
 * @param [asOf] The report date. Omitted: today when Excel calculates (not volatile), so give a report-date cell.
 * @param [tolerance] Behind profile by up to this share of the allocation is Amber: 0.1 or "10%" (the default).
 * @returns The status, one per grant row.
 */
export function fundStatus(allocation: unknown[][], spent: unknown[][], start: unknown[][], end: unknown[][], asOf: unknown[][] | null, tolerance: unknown[][] | null): unknown[][] {
  return runDeclared(FUND_STATUS, [allocation, spent, start, end, asOf, tolerance]);
}

/**
 * Expected spend to date on a straight-line profile from the start date (nothing) to the end date (all of it).
 * @customfunction PROFILE
 * @param allocation The grant allocation in pounds.
 * @param start Start of the grant period.
 * @param end End of the grant period.
 * @param [asOf] The report date. Omitted: today when Excel calculates (not volatile), so give a report-date cell.
 * @returns Expected spend to date in pounds.
 */
export function profile(allocation: unknown[][], start: unknown[][], end: unknown[][], asOf: unknown[][] | null): unknown[][] {
  return runDeclared(PROFILE, [allocation, start, end, asOf]);
}

/**
 * Money projected to be unspent at the end date if spending goes on at its rate so far: the clawback risk. Never negative.
 * @customfunction UNDERSPEND
 * @param allocation The grant allocation in pounds.
 * @param spent Spent to date, in pounds.
 * @param start Start of the grant period.
 * @param end End of the grant period.
 * @param [asOf] The report date. Omitted: today when Excel calculates (not volatile), so give a report-date cell.
 * @returns Projected underspend in pounds.
 */
export function underspend(allocation: unknown[][], spent: unknown[][], start: unknown[][], end: unknown[][], asOf: unknown[][] | null): unknown[][] {
  return runDeclared(UNDERSPEND, [allocation, spent, start, end, asOf]);
}

/**
 * The date a grant must be spent by: months after receipt, with month ends handled like EDATE. Format the cell as a date.
 * @customfunction SPENDBY
 * @param received The date the money was received.
 * @param [months] Months allowed: 3 (the default), as DHSC grants require.
 * @returns The spend-by date; #NUM! past 31 December 9999, as EDATE gives.
 */
export function spendBy(received: unknown[][], months: unknown[][] | null): unknown[][] {
  return runDeclared(SPEND_BY, [received, months]);
}

/**
 * The date money must reach providers ("passported") after receipt. Format the cell as a date.
 * @customfunction PASSPORTBY
 * @param received The date the money was received.
 * @param [days] Days allowed: 20 (the default).
 * @param [workingDays] TRUE to count working days (Monday to Friday, less the holidays); FALSE or omitted for calendar days.
 * @param [holidays] For working days: omitted, England and Wales bank holidays (2017 to 2027); "Scotland" or "Northern Ireland"; a range of dates, as NETWORKDAYS takes; "none" for Monday to Friday only.
 * @returns The passport-by date; #NUM! past 31 December 9999.
 */
export function passportBy(received: unknown[][], days: unknown[][] | null, workingDays: unknown[][] | null, holidays: unknown[][] | null): unknown[][] {
  return runDeclared(PASSPORT_BY, [received, days, workingDays, holidays]);
}
