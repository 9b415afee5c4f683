/**
 * Reading a funding tracker with the columns stored in the workbook (src/engine/sheet/storedTrackers.ts) when there
 * are some, in place of finding them by meaning; and the entry to store for the columns the analyst confirmed.
 */
import { fail, ok, type Result } from "../core/result";
import { storedFundingFor, type StoredFundingColumns, type StoredTrackers } from "../sheet/storedTrackers";
import type { CellValue, SheetData } from "../sheet/workbook";
import { fundingTableWith, readFundingTable, type FundingTable } from "./fundingTable";
import { FUNDING_ROLES, FUNDING_ROLE_NAMES, type FundingMapping, type FundingRole } from "./trackerColumns";

export interface StoredReading {
  readonly table: FundingTable;
  /** Whether the columns are the ones stored in the workbook (not found by meaning). */
  readonly stored: boolean;
}

const normal = (value: CellValue): string => (typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "");
const isRole = (role: string): role is FundingRole => (FUNDING_ROLES as readonly string[]).includes(role);

/**
 * Each stored role's column now, found by its header in the stored header row. A header no longer there stops with
 * its text and role named: another column is never read in its place.
 */
export function resolveStoredColumns(sheet: SheetData, stored: StoredFundingColumns): Result<Partial<Record<FundingRole, number>>> {
  const cells = sheet.values[stored.headerRow - sheet.top] ?? [];
  const columns: Partial<Record<FundingRole, number>> = {};
  const gone: string[] = [];
  for (const [role, header] of Object.entries(stored.headers)) {
    if (!isRole(role)) return fail("value", `The funding columns stored for "${sheet.name}" name a column "${header}" as "${role}", which this version of the add-in does not know. Choose the columns again on the Columns card.`);
    const at = cells.findIndex((value) => normal(value) === normal(header));
    if (at < 0) gone.push(`"${header}" (${FUNDING_ROLE_NAMES[role]})`);
    else columns[role] = sheet.left + at;
  }
  if (gone.length > 0) {
    return fail("value", `The funding columns stored for "${sheet.name}" name ${gone.join(", ")}, but header row ${stored.headerRow + 1} no longer has ${gone.length === 1 ? "that column" : "those columns"}. Nothing was read: choose the columns again on the Columns card.`);
  }
  return ok(columns);
}

/** The tracker on a sheet: by its stored columns where the workbook has them, else found by meaning; null when none. */
export function readFundingTableStored(sheet: SheetData, trackers: StoredTrackers | undefined): Result<StoredReading> | null {
  const stored = storedFundingFor(trackers, sheet.name);
  if (!stored) {
    const found = readFundingTable(sheet);
    return found && (found.ok ? ok({ table: found.value, stored: false }) : found);
  }
  const columns = resolveStoredColumns(sheet, stored);
  if (!columns.ok) return columns;
  const table = fundingTableWith(sheet, stored.headerRow, columns.value);
  return table.ok ? ok({ table: table.value, stored: true }) : table;
}

/** The entry to store for a tracker read with this mapping: each role's column by its header as it is on the sheet. */
export function storedFundingColumns(sheet: string, headerRow: number, mapping: FundingMapping): StoredFundingColumns {
  const headers: Partial<Record<FundingRole, string>> = {};
  for (const role of FUNDING_ROLES) {
    const header = mapping[role]?.header;
    if (header) headers[role] = header;
  }
  return { kind: "funding", sheet, headerRow, headers };
}
