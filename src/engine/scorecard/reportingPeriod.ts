/**
 * The period a scorecard table reports ("Q3 2021/22"): stored in its settings once a roll forward has set it,
 * otherwise read from the sheet (the year its headers or title name, the last quarter with figures). The history
 * and "worse than last time" key on it; rolling forward moves it on.
 */
import { isBlankLike } from "../core/cellNumber";
import { fail, ok, type Result } from "../core/result";
import { readDate } from "../dates/dateInput";
import { calendarOf, daysInMonth, serialOf } from "../dates/serial";
import type { CellValue, SheetData } from "../sheet/workbook";
import { classifyRows } from "./detect";
import type { TableSettings } from "./settings";
import { financialYearName, firstYearIn } from "./yearHeaders";

export interface ReportingPeriod {
  /** The calendar year the financial year starts in: 2021 for 2021/22. */
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** "Q3 2021/22". */
export function periodName(period: ReportingPeriod): string {
  return `Q${period.quarter} ${financialYearName(period.year)}`;
}

/** "Q3 2021/22" back to its period; null for anything else. */
export function parsePeriodName(text: unknown): ReportingPeriod | null {
  const match = typeof text === "string" ? /^Q([1-4]) (\d{4})\/\d{2}$/.exec(text.trim()) : null;
  return match ? { year: Number(match[2]), quarter: Number(match[1]) as ReportingPeriod["quarter"] } : null;
}

/** Periods in time order: negative when `a` comes first. */
export function comparePeriods(a: ReportingPeriod, b: ReportingPeriod): number {
  return a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
}

export function nextQuarter(period: ReportingPeriod): ReportingPeriod {
  return period.quarter === 4 ? { year: period.year + 1, quarter: 1 } : { year: period.year, quarter: (period.quarter + 1) as ReportingPeriod["quarter"] };
}

const text = (value: CellValue | undefined) => (typeof value === "string" ? value : "");

/** The text of the table's header cells (the year-bearing ones first), then of the rows above it (the title). */
function yearTexts(sheet: SheetData, table: TableSettings): string[] {
  const { mapping } = table;
  const headers = [mapping.target, mapping.ytd, ...mapping.periods].filter((m) => m !== undefined).map((m) => m.header);
  const above: string[] = [];
  for (let r = 0; r < table.headerRow - sheet.top && r < sheet.values.length; r++) for (const value of sheet.values[r]) above.push(text(value));
  return [...headers, ...above];
}

/** The last period column with a figure on any measure row, as a quarter (twelve monthly columns count by three). */
function quarterReported(sheet: SheetData, table: TableSettings): ReportingPeriod["quarter"] {
  const { periods } = table.mapping;
  if (periods.length === 0) return 1;
  const rows = classifyRows(sheet, table.headerRow, table.mapping, sheet.top + sheet.values.length - 1);
  let last = -1;
  for (const row of rows) {
    if (row.kind !== "measure") continue;
    const cells = sheet.values[row.row - sheet.top] ?? [];
    for (let i = periods.length - 1; i > last; i--) {
      if (!isBlankLike(cells[periods[i].column - sheet.left])) {
        last = i;
        break;
      }
    }
  }
  if (last < 0) return 1;
  return Math.min(4, Math.max(1, Math.ceil(((last + 1) * 4) / Math.max(4, periods.length)))) as ReportingPeriod["quarter"];
}

/** The period the table reports: its stored one, else the year its headers or title name and the quarter reported. */
export function currentPeriod(sheet: SheetData, table: TableSettings): Result<ReportingPeriod> {
  // A stored period that does not read (edited by hand) is passed over, and the sheet read instead.
  const stored = table.period;
  if (stored && Number.isInteger(stored.year) && [1, 2, 3, 4].includes(stored.quarter)) return ok(stored);
  // "Year end 2020-2021" names the year before: it is read only when nothing else names one.
  const year = firstYearIn(yearTexts(sheet, table)) ?? (table.mapping.previous ? (firstYearIn([table.mapping.previous.header]) ?? NaN) + 1 : NaN);
  if (!Number.isFinite(year)) {
    return fail("value", `Which financial year the scorecard on "${sheet.name}" reports cannot be told: no header or title names one. Put the year in the target or year-to-date header ("21-22 Target", "2021/22 year to date"), then try again.`);
  }
  return ok({ year, quarter: quarterReported(sheet, table) });
}

/** A report date stated above the table: the cell that holds it, its date and whether it is typed as text. */
export interface StatedDateCell {
  readonly row: number;
  readonly column: number;
  readonly serial: number;
  readonly asText: boolean;
}

export function reportDateCell(sheet: SheetData, headerRow: number): StatedDateCell | null {
  for (let r = 0; r < headerRow - sheet.top && r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const at = row.findIndex((v) => typeof v === "string" && /report date|as at/i.test(v));
    if (at < 0) continue;
    const value = row[at + 1] ?? null;
    const read = readDate(value, "report date", "start");
    if (read.ok) return { row: r + sheet.top, column: at + 1 + sheet.left, serial: read.value, asText: typeof value === "string" };
  }
  return null;
}

/** Three months on; a month's last day stays its month's last day (31 March → 30 June, 30 June → 30 September). */
export function threeMonthsOn(serial: number): number {
  const { year, month, day } = calendarOf(serial);
  const target = month + 3 > 12 ? { year: year + 1, month: month - 9 } : { year, month: month + 3 };
  const last = daysInMonth(target.year, target.month);
  return serialOf(target.year, target.month, day === daysInMonth(year, month) ? last : Math.min(day, last));
}
