/** UK financial years run 1 April – 31 March: 15 May 2021 is in 2021/22, quarter Q1. */
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
