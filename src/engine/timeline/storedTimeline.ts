/**
 * Reading a timeline with the columns stored in the workbook (src/engine/sheet/storedTrackers.ts) when there are
 * some, in place of finding them by meaning; and the entry to store for the columns the analyst confirmed. Each
 * column is found again by its header, so a column inserted before it moves nothing; a header gone, or headed the
 * same as another column, stops the reading with its name rather than reading a column that is not the one kept.
 */
import type { Finding } from "../core/findings";
import { fail, ok, type Result } from "../core/result";
import { sheetCellAddress } from "../sheet/address";
import { storedTimelineFor, type StoredTimelineColumns, type StoredTrackers } from "../sheet/storedTrackers";
import type { CellValue, SheetData } from "../sheet/workbook";
import { detectMilestoneTable } from "./timeline";
import { milestoneTableWith, TIMELINE_ROLE_NAMES, TIMELINE_ROLES, type MilestoneTable, type TimelineColumns, type TimelineRole } from "./milestoneTable";
import { isVersionHeader } from "./versionColumns";

export interface StoredTimelineReading {
  readonly table: MilestoneTable;
  /** Whether the columns are the ones stored in the workbook (not found by meaning). */
  readonly stored: boolean;
}

const normal = (value: CellValue): string => (typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "");
const isRole = (role: string, layout: StoredTimelineColumns["layout"]): role is TimelineRole => (TIMELINE_ROLES[layout] as readonly string[]).includes(role);

/**
 * Each stored column now, found by its header in the stored header row; and, a column per version, any version
 * column added since (a new "Revised" column each committee cycle), read as a version and said.
 */
export function resolveStoredTimeline(sheet: SheetData, stored: StoredTimelineColumns): Result<{ columns: TimelineColumns; added: Finding[] }> {
  const cells = sheet.values[stored.headerRow - sheet.top] ?? [];
  const gone: string[] = [];
  const twice: string[] = [];
  const find = (header: string, name: string): number | undefined => {
    const at: number[] = [];
    cells.forEach((value, c) => {
      if (normal(value) === normal(header)) at.push(sheet.left + c);
    });
    if (at.length === 0) gone.push(`"${header}" (${name})`);
    if (at.length > 1) twice.push(`"${header}" (${name})`);
    return at.length === 1 ? at[0] : undefined;
  };
  const roles: Partial<Record<TimelineRole, number>> = {};
  for (const [role, header] of Object.entries(stored.headers)) {
    if (!isRole(role, stored.layout)) return fail("value", `The timeline columns stored for "${sheet.name}" name a column "${header}" as "${role}", which this version of the add-in does not know. Choose the columns again on the Columns card.`);
    const column = find(header, TIMELINE_ROLE_NAMES[role]);
    if (column !== undefined) roles[role] = column;
  }
  const versions: number[] = [];
  for (const header of stored.versions) {
    const column = find(header, "forecast version");
    if (column !== undefined) versions.push(column);
  }
  const row = stored.headerRow + 1;
  if (gone.length > 0) {
    return fail("value", `The timeline columns stored for "${sheet.name}" name ${gone.join(", ")}, but header row ${row} no longer has ${gone.length === 1 ? "that column" : "those columns"}. Nothing was read: choose the columns again on the Columns card.`);
  }
  if (twice.length > 0) {
    return fail("value", `The timeline columns stored for "${sheet.name}" name ${twice.join(", ")}, but header row ${row} has more than one column headed so, and which is meant cannot be told. Nothing was read: rename one, or choose the columns again on the Columns card.`);
  }
  const added: Finding[] = [];
  if (stored.layout === "columns") {
    const known = new Set([...Object.values(stored.headers), ...stored.versions, ...stored.notVersions].map(normal));
    cells.forEach((value, c) => {
      if (!isVersionHeader(value) || known.has(normal(value))) return;
      versions.push(sheet.left + c);
      added.push({ cell: sheetCellAddress(sheet.name, stored.headerRow, sheet.left + c), severity: "info", message: `"${String(value).trim()}" is read as a forecast version: it was not on the sheet when the columns were kept. Keep the columns again to confirm it.` });
    });
  }
  return ok({ columns: { layout: stored.layout, roles, versions }, added });
}

/** The timeline on a sheet: by its stored columns where the workbook has them, else found by meaning; null when none. */
export function readMilestoneTableStored(sheet: SheetData, trackers: StoredTrackers | undefined): Result<StoredTimelineReading> | null {
  const stored = storedTimelineFor(trackers, sheet.name);
  if (!stored) {
    const found = detectMilestoneTable(sheet);
    return found && ok({ table: found, stored: false });
  }
  const resolved = resolveStoredTimeline(sheet, stored);
  if (!resolved.ok) return resolved;
  const table = milestoneTableWith(sheet, stored.headerRow, resolved.value.columns);
  if (!table.ok) return table;
  return ok({ table: { ...table.value, findings: [...(table.value.findings ?? []), ...resolved.value.added] }, stored: true });
}

/**
 * The entry to store for a timeline read with this mapping: each column by its header as it is on the sheet, and
 * the version-like headers left out of it, so that only a version column added later is read as new.
 */
export function storedTimelineColumns(sheet: SheetData, table: MilestoneTable): StoredTimelineColumns {
  const headers: Partial<Record<TimelineRole, string>> = {};
  const used = new Set<number>();
  for (const role of TIMELINE_ROLES[table.layout]) {
    const match = table.mapping.roles[role];
    if (match?.header) headers[role] = match.header;
    if (match) used.add(match.column);
  }
  for (const v of table.mapping.versions) used.add(v.column);
  const notVersions: string[] = [];
  if (table.layout === "columns") {
    (sheet.values[table.headerRow - sheet.top] ?? []).forEach((value, c) => {
      if (isVersionHeader(value) && !used.has(sheet.left + c)) notVersions.push(String(value).trim());
    });
  }
  return { kind: "timeline", sheet: table.sheet, headerRow: table.headerRow, layout: table.layout, headers, versions: table.mapping.versions.map((v) => v.header), notVersions };
}
