/* Dates and slippage. The JSDoc below is the metadata Excel shows: the webpack plugin writes functions.json from it
   and appends the CustomFunctions.associate calls. */
import { DATE } from "../engine/dates/dateInput";
import { FINANCIAL_QUARTER, FINANCIAL_YEAR } from "../engine/dates/financialYear";
import { SLIP_RATING, SLIPPAGE } from "../engine/timeline/slippage";
import { runDeclared } from "./runner";

/**
 * The date that UK date text means, as an Excel date: "1st September 2026", "31/1/2022", "Sept 2025", "Mid-January 2026", "Q3 2021/22". Format the cell as a date.
 * @customfunction DATE
 * @param text Date text as written in a report, or a date (which is returned unchanged).
 * @param [which] "start" (the default), "end" or "mid" of what the text covers: "Sept 2025" starts 1 September and ends 30 September.
 * @returns The date serial, one per cell; #VALUE! quoting text that is not a date.
 */
export function date(text: unknown[][], which: unknown[][] | null): unknown[][] {
  return runDeclared(DATE, [text, which]);
}

/**
 * How far a date has slipped: current − baseline, positive when later.
 * @customfunction SLIPPAGE
 * @param baseline The baseline date, or date text such as "31 August 2023".
 * @param current The current forecast date, or date text such as "1st September 2026".
 * @param [unit] "days" (the default), "weeks" (1 decimal place), "months" (whole calendar months, like DATEDIF "m") or "workdays" (Monday to Friday, less the holidays).
 * @param [which] For date text covering a period: compare the "start" (the default), "end" or "mid".
 * @param [holidays] For "workdays": omitted, England and Wales bank holidays (2017 to 2027); "Scotland" or "Northern Ireland"; a range of dates, as NETWORKDAYS takes; "none" for Monday to Friday only.
 * @returns The slippage, one per pair of dates.
 */
export function slippage(baseline: unknown[][], current: unknown[][], unit: unknown[][] | null, which: unknown[][] | null, holidays: unknown[][] | null): unknown[][] {
  return runDeclared(SLIPPAGE, [baseline, current, unit, which, holidays]);
}

/**
 * RAG rating of a slipped date: "Green" up to amberDays late, "Amber" up to redDays, "Red" beyond; "Complete" when done.
 * @customfunction SLIPRAG
 * @param baseline The baseline date, or date text.
 * @param current The current forecast date, or date text.
 * @param [amberDays] Slippage beyond this many days is at least Amber: 30 (the default).
 * @param [redDays] Slippage beyond this many days is Red: 90 (the default).
 * @param [complete] TRUE when the milestone is done: the rating is then "Complete".
 * @returns Green, Amber, Red or Complete, one per milestone.
 */
export function slipRag(baseline: unknown[][], current: unknown[][], amberDays: unknown[][] | null, redDays: unknown[][] | null, complete: unknown[][] | null): unknown[][] {
  return runDeclared(SLIP_RATING, [baseline, current, amberDays, redDays, complete]);
}

/**
 * The UK financial year (1 April – 31 March) a date falls in: 15 May 2021 → "2021/22".
 * @customfunction FINYEAR
 * @param date A date, or date text (its start is used).
 * @returns The financial year, such as "2021/22".
 */
export function finYear(date: unknown[][]): unknown[][] {
  return runDeclared(FINANCIAL_YEAR, [date]);
}

/**
 * The quarter of the UK financial year a date falls in: April–June is "Q1", January–March is "Q4".
 * @customfunction FINQUARTER
 * @param date A date, or date text (its start is used).
 * @returns "Q1", "Q2", "Q3" or "Q4".
 */
export function finQuarter(date: unknown[][]): unknown[][] {
  return runDeclared(FINANCIAL_QUARTER, [date]);
}
