/** UK financial years run 1 April – 31 March: 15 May 2021 is in 2021/22, quarter Q1. */
import { declareFunction } from "../core/parameters";
import { ok } from "../core/result";
import { dateParameter } from "./dateInput";
import { calendarOf } from "./serial";

export function financialYearOf(serial: number): string {
  const { year, month } = calendarOf(serial);
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

export function financialQuarterOf(serial: number): "Q1" | "Q2" | "Q3" | "Q4" {
  const { month } = calendarOf(serial);
  return month >= 4 && month <= 6 ? "Q1" : month >= 7 && month <= 9 ? "Q2" : month >= 10 ? "Q3" : "Q4";
}

const dateOrText = dateParameter("date", "date", "start");

/** FINYEAR: the financial year a date (or the start of date text) falls in. */
export const FINANCIAL_YEAR = declareFunction("FINYEAR", [dateOrText], (serial) => ok(financialYearOf(serial)));

/** FINQUARTER: the quarter of the financial year a date falls in. */
export const FINANCIAL_QUARTER = declareFunction("FINQUARTER", [dateOrText], (serial) => ok(financialQuarterOf(serial)));
