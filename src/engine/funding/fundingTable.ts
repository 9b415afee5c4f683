/**
 * A funding streams tracker on a sheet: found by its headers, or created on a new sheet with live
 * formulas; each stream's status against its spend profile, the deadlines coming up, and totals to set against
 * the totals a report prints.
 */
import { fail, ok, type Result } from "../core/result";
import type { CellChange, CellValue, Plan, SheetData } from "../sheet/workbook";
import { unusedSheetName } from "../sheet/sheetName";
import { FUNDING_ROLES, findFundingLayout, mappingOf, missingFundingColumns, streamRows, type FundingMapping, type FundingRole } from "./trackerColumns";

export type { FundingRole } from "./trackerColumns";
export { analyseFunding, type StreamAnalysis } from "./streams";
export { deadlinesWithin, fundingDeadlines, type Deadline } from "./fundingSummary";

export interface FundingTable {
  readonly sheet: string;
  readonly headerRow: number;
  /** Each role's column, its header and how sure the match is. */
  readonly mapping: FundingMapping;
  readonly columns: Readonly<Partial<Record<FundingRole, number>>>;
  /** Every row naming a stream: an unreadable one is listed with a "Check", never dropped. */
  readonly rows: readonly number[];
}

const columnsOf = (mapping: FundingMapping): Partial<Record<FundingRole, number>> => {
  const columns: Partial<Record<FundingRole, number>> = {};
  for (const role of FUNDING_ROLES) {
    const match = mapping[role];
    if (match) columns[role] = match.column;
  }
  return columns;
};

/** The tracker on a sheet; null when there is none, an error naming a column it needs and lacks. */
export function readFundingTable(sheet: SheetData): Result<FundingTable> | null {
  const layout = findFundingLayout(sheet);
  if (!layout || !layout.ok) return layout;
  const { headerRow, mapping, rows } = layout.value;
  return ok({ sheet: sheet.name, headerRow, mapping, columns: columnsOf(mapping), rows });
}

export function detectFundingTable(sheet: SheetData): FundingTable | null {
  const read = readFundingTable(sheet);
  return read?.ok ? read.value : null;
}

/** The tracker read with the columns chosen on the mapping card (or stored in the workbook). */
export function fundingTableWith(sheet: SheetData, headerRow: number, columns: Readonly<Partial<Record<FundingRole, number>>>): Result<FundingTable> {
  const mapping = mappingOf(sheet, headerRow, columns);
  const missing = missingFundingColumns(mapping);
  if (missing.length > 0) return fail("value", `The funding table on "${sheet.name}" has no ${missing.map((m) => `"${m}"`).join(", ")} column chosen. Nothing is read as 0: choose one on the mapping card.`);
  return ok({ sheet: sheet.name, headerRow, mapping, columns: columnsOf(mapping), rows: streamRows(sheet, headerRow, mapping) });
}

export const NEW_FUNDING_SHEET = "Funding streams";
const HEADERS = ["Fund", "Funder", "Round", "Period start", "Period end", "Allocation (£)", "Received", "Received (£)", "Passport by", "Passported (£)", "Spend by", "Spent to date (£)", "Returned (£)", "Remaining (£)", "Expected spend to date (£)", "Status"];

/** A new tracker sheet: headers, a report date, `rows` empty stream rows with live formulas, and a totals row. */
export function planNewFundingSheet(existingSheets: readonly string[], rows = 12): Plan {
  const name = unusedSheetName(NEW_FUNDING_SHEET, existingSheets);
  const changes: CellChange[] = [];
  const value = (row: number, column: number, v: CellValue, numberFormat?: string) =>
    changes.push({ kind: "value", sheet: name, row, column, value: v, ...(numberFormat ? { numberFormat } : {}) });
  const formula = (row: number, column: number, f: string, numberFormat?: string) =>
    changes.push({ kind: "formula", sheet: name, row, column, formula: f, ...(numberFormat ? { numberFormat } : {}) });
  value(0, 0, "Report date");
  formula(0, 1, "=TODAY()", "dd/mm/yyyy");
  HEADERS.forEach((header, c) => value(2, c, header));
  for (let i = 0; i < rows; i++) {
    const r = 3 + i;
    const a = (column: string) => `${column}${r + 1}`;
    const blank = `${a("F")}=""`;
    for (const c of [3, 4, 6]) value(r, c, null, "dd/mm/yyyy");
    for (const c of [5, 7, 9, 11, 12]) value(r, c, null, "£#,##0");
    formula(r, 8, `=IF(${a("G")}="","",SCORECARD.PASSPORTBY(${a("G")}))`, "dd/mm/yyyy");
    formula(r, 10, `=IF(${a("G")}="","",SCORECARD.SPENDBY(${a("G")}))`, "dd/mm/yyyy");
    formula(r, 13, `=IF(${blank},"",${a("F")}-${a("L")}-${a("M")})`, "£#,##0");
    formula(r, 14, `=IF(${blank},"",SCORECARD.PROFILE(${a("F")},${a("D")},${a("E")},$B$1))`, "£#,##0");
    formula(r, 15, `=IF(${blank},"",SCORECARD.FUNDSTATUS(${a("F")},${a("L")}+${a("M")},${a("D")},${a("E")},$B$1))`);
  }
  const totals = 3 + rows;
  value(totals, 0, "Total");
  for (const c of [5, 7, 9, 11, 12, 13, 14]) {
    const letter = String.fromCharCode(65 + c);
    formula(totals, c, `=SUM(${letter}4:${letter}${totals})`, "£#,##0");
  }
  return { createSheets: [name], changes, allowed: [{ sheet: name, top: 0, left: 0, bottom: totals, right: HEADERS.length - 1 }] };
}
