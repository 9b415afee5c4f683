/** The report date a sheet states above its table ("Report date | 28/03/2022", "As at | …"), read once for every view. */
import { readDate } from "../dates/dateInput";
import type { SheetData } from "./workbook";

export function statedReportDate(sheet: SheetData, headerRow: number): number | null {
  for (const row of sheet.values.slice(0, Math.max(0, headerRow - sheet.top))) {
    const at = row.findIndex((v) => typeof v === "string" && /report date|as at/i.test(v));
    if (at < 0) continue;
    const read = readDate(row[at + 1] ?? null, "report date", "start");
    if (read.ok) return read.value;
  }
  return null;
}
