/**
 * A funding tracker's columns read by meaning, as the scorecard's Find reads its headers: "Expenditure to date",
 * "Amount spent" and "Actual spend" are all spend; "Passport deadline" is not the "Spend deadline"; "Name of fund",
 * "Grant" and "Scheme" name the stream; a "Funding period" column may hold the whole span as text. Each column
 * gets a confidence (how sure the header is, times how well the cells below fit), and a required column that is
 * not found stops with its name: it is never read as 0.
 */
import { isBlankLike, readNumber } from "../core/cellNumber";
import { fail, ok, type Result } from "../core/result";
import { readDate, readDateSpan } from "../dates/dateInput";
import type { CellValue, SheetData } from "../sheet/workbook";

export type FundingRole =
  | "fund" | "funder" | "round" | "period" | "start" | "end" | "allocation" | "received" | "receivedAmount"
  | "passportBy" | "passportDays" | "passported" | "spendBy" | "spendMonths" | "dayBasis" | "spent" | "returned"
  | "remaining" | "expected" | "status";

/** Every role, in the order the mapping card lists them. */
export const FUNDING_ROLES: readonly FundingRole[] = [
  "fund", "funder", "round", "period", "start", "end", "allocation", "received", "receivedAmount", "passportBy",
  "passportDays", "passported", "spendBy", "spendMonths", "dayBasis", "spent", "returned", "remaining", "expected", "status",
];

/** What each role is called in messages and on the mapping card. */
export const FUNDING_ROLE_NAMES: Readonly<Record<FundingRole, string>> = {
  fund: "fund name", funder: "funder", round: "round", period: "funding period", start: "period start", end: "period end",
  allocation: "allocation", received: "date received", receivedAmount: "amount received", passportBy: "passport deadline",
  passportDays: "days to passport", passported: "amount passported", spendBy: "spend deadline", spendMonths: "months to spend",
  dayBasis: "working or calendar days", spent: "amount spent", returned: "amount returned", remaining: "remaining",
  expected: "expected spend", status: "status",
};

/** Header patterns by role, most specific first: a cell takes the first role it matches that is still free. */
const PATTERNS: ReadonlyArray<readonly [FundingRole, RegExp, number]> = [
  ["expected", /^expected|profiled? spend|^profile/, 1],
  ["receivedAmount", /^received \(?£\)?$|^amount received|^received amount/, 1],
  ["received", /^(date )?received( on| date)?$|^receipt( date)?$|^date of receipt/, 1],
  ["passportDays", /passport.*\(.*days\)|days to passport|passport within/, 1],
  ["passportBy", /passport(ed|ing)? ?(to providers )?(by|deadline|date|due)|deadline.*passport/, 1],
  ["passported", /^passported|passed to providers|^amount passported/, 1],
  ["spendMonths", /spend within|months to spend|spend.*\(months\)/, 1],
  ["dayBasis", /working or calendar|calendar or working|day basis|days basis|^working days\??$/, 1],
  ["spendBy", /(spend|spent|spending|expenditure) ?(by|deadline|due)|^deadline$|^spend-by/, 1],
  ["returned", /returned|clawback|clawed back|repaid/, 1],
  ["remaining", /remaining|unspent|balance|left to spend/, 1],
  ["spent", /^spent|^spend( to date| \(£\))?$|spend to date|expenditure|amount spent|actual spend|^actuals?( \(£\))?$|^paid to date/, 1],
  ["allocation", /allocation|^amount( \(£\))?$|grant value|^award|amount awarded|^value( \(£\))?$|^budget|^grant amount/, 1],
  ["period", /^(funding |grant )?period$|^period covered|^dates?$|^timescales?$/, 1],
  ["start", /start|^from$|^begins?$/, 1],
  ["end", /\bend\b|^to$|^until$|^ends?$|^finish/, 1],
  ["round", /^(round|tranche|year|allocation round|phase)$/, 1],
  ["funder", /^(funder|source|funded by|department|funding body|awarding body)$/, 1],
  ["fund", /^(fund|funding stream|grant|stream|scheme|funding)( name)?$|^name of (the )?(fund|grant|scheme|funding stream)$|^(grant|fund|scheme) name$/, 1],
  ["status", /^(status|rag|rag status)$/, 1],
];

export interface FundingColumn {
  /** Zero-based sheet column. */
  readonly column: number;
  readonly header: string;
  /** 0–1: how sure the header's meaning is, times how well the cells below fit it. */
  readonly confidence: number;
}

export type FundingMapping = Readonly<Partial<Record<FundingRole, FundingColumn>>>;

const normal = (value: CellValue): string => (typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "");

export function fundingRoleOf(value: CellValue): { role: FundingRole; weight: number } | null {
  const text = normal(value);
  if (!text || text.length > 60) return null;
  for (const [role, pattern, weight] of PATTERNS) if (pattern.test(text)) return { role, weight };
  return null;
}

/** The header row: the first whose cells name a fund and an allocation. */
function headerRowOf(sheet: SheetData): { index: number; columns: Partial<Record<FundingRole, number>> } | null {
  for (let index = 0; index < sheet.values.length; index++) {
    const columns: Partial<Record<FundingRole, number>> = {};
    sheet.values[index].forEach((value, c) => {
      const text = normal(value);
      if (!text || text.length > 60) return;
      const found = PATTERNS.find(([role, pattern]) => columns[role] === undefined && pattern.test(text));
      if (found) columns[found[0]] = sheet.left + c;
    });
    if (columns.fund !== undefined && columns.allocation !== undefined) return { index, columns };
  }
  return null;
}

const AMOUNTS = new Set<FundingRole>(["allocation", "receivedAmount", "passported", "spent", "returned", "remaining", "expected"]);
const DATES = new Set<FundingRole>(["start", "end", "received", "passportBy", "spendBy"]);

/** How well a role's cells fit it: the share of the non-blank cells below that read as that role's kind. */
function fitOf(role: FundingRole, cells: readonly CellValue[]): number {
  const given = cells.filter((c) => !isBlankLike(c));
  if (given.length === 0) return 0.5;
  const fits = (value: CellValue): boolean => {
    if (AMOUNTS.has(role)) return readNumber(value).ok;
    if (DATES.has(role)) return readDate(value, "date", "start").ok;
    if (role === "period") return readDateSpan(value, "period").ok;
    if (role === "passportDays" || role === "spendMonths") return /\d/.test(String(value));
    return typeof value === "string";
  };
  return given.filter(fits).length / given.length;
}

const TOTALS = /^(grand )?totals?\b/i;

/** A row is a stream when it names one (not a total) and has an allocation, spend or period: every such row is read. */
export function isStreamRow(cells: readonly CellValue[], columns: Partial<Record<FundingRole, number>>, left: number): boolean {
  const at = (role: FundingRole) => (columns[role] === undefined ? null : (cells[(columns[role] ?? 0) - left] ?? null));
  const name = at("fund");
  if (typeof name !== "string" || name.trim() === "" || TOTALS.test(name.trim())) return false;
  return (["allocation", "spent", "period", "start", "end"] as const).some((role) => !isBlankLike(at(role)));
}

/** The tracker's own totals row ends it: what is below (notes, a table of stated totals) is not a stream. */
function isTotalsRow(cells: readonly CellValue[], columns: Partial<Record<FundingRole, number>>, left: number): boolean {
  const name = columns.fund === undefined ? null : cells[columns.fund - left];
  return typeof name === "string" && TOTALS.test(name.trim());
}

export interface FundingLayout {
  readonly headerRow: number;
  readonly mapping: FundingMapping;
  readonly rows: readonly number[];
}

/** The columns a tracker cannot be read without, each by its name when missing. */
export function missingFundingColumns(mapping: FundingMapping): string[] {
  const missing: string[] = [];
  for (const role of ["fund", "allocation", "spent"] as const) if (!mapping[role]) missing.push(FUNDING_ROLE_NAMES[role]);
  if (!mapping.period && !(mapping.start && mapping.end)) {
    if (!mapping.start) missing.push("period start (or a funding period column)");
    if (!mapping.end) missing.push("period end (or a funding period column)");
  }
  return missing;
}

/** The stream rows below a header row, for a mapping (found, or chosen on the mapping card). */
export function streamRows(sheet: SheetData, headerRow: number, mapping: FundingMapping): number[] {
  const columns: Partial<Record<FundingRole, number>> = {};
  for (const role of FUNDING_ROLES) if (mapping[role]) columns[role] = mapping[role]?.column;
  const rows: number[] = [];
  for (let below = headerRow - sheet.top + 1; below < sheet.values.length; below++) {
    if (isTotalsRow(sheet.values[below], columns, sheet.left)) break;
    if (isStreamRow(sheet.values[below], columns, sheet.left)) rows.push(sheet.top + below);
  }
  return rows;
}

/**
 * Finds the tracker on a sheet. No header naming a fund and an allocation: null (no tracker here). One found
 * without a column it needs: an error naming that column.
 */
export function findFundingLayout(sheet: SheetData): Result<FundingLayout> | null {
  const header = headerRowOf(sheet);
  if (!header) return null;
  const headerRow = sheet.top + header.index;
  const mapping = mappingOf(sheet, headerRow, header.columns);
  const missing = missingFundingColumns(mapping);
  if (missing.length > 0) {
    return fail("value", `The funding table on "${sheet.name}" (header row ${headerRow + 1}) has no ${missing.map((m) => `"${m}"`).join(", ")} column. Nothing is read as 0: add the column, or choose it on the mapping card.`);
  }
  return ok({ headerRow, mapping, rows: streamRows(sheet, headerRow, mapping) });
}

/** A mapping with each column's confidence, from the columns chosen for each role. */
export function mappingOf(sheet: SheetData, headerRow: number, columns: Partial<Record<FundingRole, number>>): FundingMapping {
  const cell = (row: number, column: number) => sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
  const mapping: Partial<Record<FundingRole, FundingColumn>> = {};
  const dataRows = rowsNamingAFund(sheet, headerRow, columns);
  for (const role of FUNDING_ROLES) {
    const column = columns[role];
    if (column === undefined) continue;
    const header = cell(headerRow, column);
    const weight = fundingRoleOf(header)?.role === role ? 1 : 0.6; // a column chosen by hand whose header says otherwise
    const fit = fitOf(role, dataRows.map((r) => cell(r, column)));
    mapping[role] = { column, header: String(header ?? "").trim(), confidence: Math.round(weight * fit * 100) / 100 };
  }
  return mapping;
}

function rowsNamingAFund(sheet: SheetData, headerRow: number, columns: Partial<Record<FundingRole, number>>): number[] {
  const rows: number[] = [];
  for (let below = headerRow - sheet.top + 1; below < sheet.values.length; below++) {
    if (isTotalsRow(sheet.values[below], columns, sheet.left)) break;
    if (isStreamRow(sheet.values[below], columns, sheet.left)) rows.push(sheet.top + below);
  }
  return rows;
}
