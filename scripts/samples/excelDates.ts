/** Dates for ExcelJS: it writes a JavaScript Date (UTC) as an Excel date serial. */
import { dateOfSerial, serialOf } from "../../src/engine/dates/serial";

export const dateOf = dateOfSerial;

/** "2020-05" → 1 May 2020 (or its last day with `end`); "2020-03-11" → that day. */
export function isoSerial(text: string, end = false): number {
  const [year, month, day] = text.split("-").map(Number);
  if (day) return serialOf(year, month, day);
  return end ? serialOf(year, month + 1, 0) : serialOf(year, month, 1);
}

export const DATE_FORMAT = "dd/mm/yyyy";
export const MONEY_FORMAT = "£#,##0";
