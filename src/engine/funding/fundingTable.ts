/**
 * A funding streams tracker on a sheet: found by its headers, or created on a new sheet with live
 * formulas; each stream's status against its spend profile, the deadlines coming up, and totals to set against
 * the totals a report prints.
 */
import { cellAddress } from "../sheet/address";
import { isBlankLike, readNumber } from "../core/cellNumber";
import { readDate } from "../dates/dateInput";
import { addMonths, fundStatus, PASSPORT_DAYS, profile, SPEND_MONTHS, underspend, type FundStatus } from "./funding";
import { findHeaderRow } from "../sheet/headerRow";
import type { CellChange, CellValue, Plan, SheetData } from "../sheet/workbook";
import { unusedSheetName } from "../sheet/sheetName";

export type FundingRole =
  | "fund" | "funder" | "round" | "start" | "end" | "allocation" | "received" | "receivedAmount" | "passportBy"
  | "passported" | "spendBy" | "spent" | "returned" | "remaining" | "expected" | "status";

const PATTERNS: ReadonlyArray<readonly [FundingRole, RegExp]> = [
  ["receivedAmount", /^received \(?£\)?$|^amount received/],
  ["received", /^(received|date received|received on|receipt date)$/],
  ["passportBy", /passport(ed)? by/],
  ["passported", /^passported/],
  ["spendBy", /spend by|spent by|deadline/],
  ["expected", /expected|profile/],
  ["spent", /^spent|spend to date|^spend$/],
  ["returned", /returned|clawback|repaid/],
  ["remaining", /remaining|unspent|balance/],
  ["allocation", /allocation|^amount|grant value/],
  ["start", /(period )?start|^from$/],
  ["end", /(period )?end|^to$|^until$/],
  ["round", /^(round|tranche|year)$/],
  ["funder", /^(funder|source|funded by|department)$/],
  ["fund", /^(fund|funding stream|grant|stream)( name)?$/],
  ["status", /^(status|rag)$/],
];

export interface FundingTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<FundingRole, number>>>;
  readonly rows: readonly number[];
}

export function detectFundingTable(sheet: SheetData): FundingTable | null {
  const header = findHeaderRow(sheet, PATTERNS, ["fund", "allocation", "start", "end"]);
  const { fund, allocation } = header?.columns ?? {};
  if (!header || fund === undefined || allocation === undefined) return null;
  const rows: number[] = [];
  for (let below = header.index + 1; below < sheet.values.length; below++) {
    const cells = sheet.values[below];
    const name = cells[fund - sheet.left];
    // A stream row names its fund and has an allocation; the totals row and notes do not qualify.
    if (typeof name !== "string" || /^totals?$/i.test(name.trim()) || !readNumber(cells[allocation - sheet.left] ?? null).ok) continue;
    rows.push(sheet.top + below);
  }
  return { sheet: sheet.name, headerRow: sheet.top + header.index, columns: header.columns, rows };
}

export interface StreamAnalysis {
  readonly row: number;
  readonly fund: string;
  readonly funder: string;
  readonly round: string;
  readonly allocation: number;
  readonly spent: number;
  readonly expected: number | null;
  readonly underspend: number | null;
  readonly status: FundStatus | null;
  /** What could not be read, each naming its cell; with one, no status or projection is claimed. */
  readonly problem: string | null;
  readonly passportBy: number | null;
  readonly spendBy: number | null;
}

export interface Deadline {
  readonly row: number;
  readonly fund: string;
  readonly kind: "Passport to providers" | "Spend";
  readonly due: number;
}

export function analyseFunding(sheet: SheetData, table: FundingTable, asOf: number): StreamAnalysis[] {
  const cell = (row: number, role: FundingRole): CellValue => {
    const column = table.columns[role];
    return column === undefined ? null : (sheet.values[row - sheet.top]?.[column - sheet.left] ?? null);
  };
  const at = (row: number, role: FundingRole) => cellAddress(row, table.columns[role] ?? table.columns.fund ?? 0);
  return table.rows.map((row) => {
    const problems: string[] = [];
    // A blank amount is nothing (yet); text that is not an amount is a problem, never a silent 0.
    const amount = (role: FundingRole, name: string) => {
      const given = cell(row, role);
      if (isBlankLike(given)) return 0;
      const value = readNumber(given);
      if (value.ok) return value.value;
      problems.push(`${at(row, role)}: the ${name} ${typeof given === "string" ? `"${given}"` : String(given)} is not an amount.`);
      return null;
    };
    const allocation = amount("allocation", "allocation");
    const spent = amount("spent", "amount spent");
    const returned = amount("returned", "amount returned");
    const received = isBlankLike(cell(row, "received")) ? null : readDate(cell(row, "received"), "date received", "start");
    if (received && !received.ok) problems.push(`${at(row, "received")}: ${received.error.message}`);
    // A deadline written in the tracker is used as written; a mistyped one is a problem, never replaced by the
    // default worked out from the date received.
    const dateIn = (role: FundingRole, fallback: (from: number) => number) => {
      const given = cell(row, role);
      if (!isBlankLike(given)) {
        const read = readDate(given, "deadline", "start");
        if (read.ok) return read.value;
        problems.push(`${at(row, role)}: ${read.error.message}`);
        return null;
      }
      return received && received.ok ? fallback(received.value) : null;
    };
    const passportBy = dateIn("passportBy", (from) => from + PASSPORT_DAYS);
    const spendBy = dateIn("spendBy", (from) => addMonths(from, SPEND_MONTHS));
    const readable = allocation !== null && spent !== null && returned !== null;
    const status = readable ? fundStatus(cell(row, "allocation"), spent + returned, cell(row, "start"), cell(row, "end"), asOf, null) : null;
    if (status && !status.ok) problems.push(`${at(row, "fund")}: ${status.error.message}`);
    const expected = readable ? profile(cell(row, "allocation"), cell(row, "start"), cell(row, "end"), asOf) : null;
    const projected = readable ? underspend(cell(row, "allocation"), spent, cell(row, "start"), cell(row, "end"), asOf) : null;
    return {
      row,
      fund: String(cell(row, "fund") ?? ""),
      funder: String(cell(row, "funder") ?? ""),
      round: String(cell(row, "round") ?? ""),
      allocation: allocation ?? 0,
      spent: spent ?? 0,
      expected: expected?.ok ? expected.value : null,
      underspend: projected?.ok ? projected.value : null,
      status: status?.ok ? status.value : null,
      problem: problems.length > 0 ? problems.join(" ") : null,
      passportBy,
      spendBy,
    };
  });
}

/** Deadlines falling from the report date to `days` after it, soonest first. */
export function deadlinesWithin(streams: readonly StreamAnalysis[], asOf: number, days: number): Deadline[] {
  const due: Deadline[] = [];
  for (const s of streams) {
    if (s.status === "Complete") continue;
    if (s.passportBy !== null && s.passportBy >= asOf && s.passportBy <= asOf + days) due.push({ row: s.row, fund: `${s.fund} ${s.round}`.trim(), kind: "Passport to providers", due: s.passportBy });
    if (s.spendBy !== null && s.spendBy >= asOf && s.spendBy <= asOf + days) due.push({ row: s.row, fund: `${s.fund} ${s.round}`.trim(), kind: "Spend", due: s.spendBy });
  }
  return due.sort((a, b) => a.due - b.due);
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
