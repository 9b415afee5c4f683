/**
 * Setting up a scorecard table, host-agnostic: find the table on a sheet with its default rules, describe the
 * wizard's choices as stored settings, and merge them with the tables already stored.
 */
import { detectTables } from "../engine/scorecard/detect";
import { buildTableSettings, defaultTableSettings, parseSettings, rulesFormFor, type RulesForm, type StoredSettings, type TableSettings } from "../engine/scorecard/settings";
import { fail, ok, type Result } from "../engine/core/result";
import type { DetectedTable, TableMapping } from "../engine/sheet/table";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import { measureKindsOf, type MeasureKind } from "../engine/scorecard/measureKind";

/** The wizard's state for one table: where it is, how its columns map, and the rules chosen. */
export interface TableSetup {
  readonly stored: StoredSettings;
  readonly sheet: SheetData;
  readonly table: DetectedTable;
  readonly mapping: TableMapping;
  readonly form: RulesForm;
  /** Each measure's kind as the analyst corrected it in the mapping card, by measure name. */
  readonly kinds?: Readonly<Record<string, MeasureKind>>;
}

/**
 * Kinds are stored for every measure of a table up to this size, so a kind read from the figures does not change
 * as the year fills in; a longer table stores the analyst's corrections only (its settings stay small).
 */
export const STORED_KINDS_LIMIT = 5_000;

/** The table on a sheet already read, with its default rules; or why there is none, naming the sheet. */
export function setupOn(stored: StoredSettings, sheet: SheetData): Result<TableSetup> {
  const [table] = detectTables(sheet);
  if (!table) return fail("value", `No scorecard table was found on "${sheet.name}": it needs a header row with a measure column and period, year-to-date or target columns.`);
  return ok({ stored, sheet, table, mapping: table.mapping, form: rulesFormFor(defaultTableSettings(sheet, table)) });
}

/** Settings as stored, or as they fail to read: unreadable settings stop set-up before anything can overwrite them. */
export type SetupStart = { readonly kind: "setup"; readonly setup: Result<TableSetup> } | { readonly kind: "unreadable"; readonly raw: string; readonly reason: string };

/**
 * Finds the table on the active sheet. The settings are read again here, so a table set up is added to what is
 * stored now.
 */
export async function findTableSetup(workbook: WorkbookAdapter): Promise<SetupStart> {
  const context = await workbook.readContext();
  const parsed = parseSettings(context.settings);
  if (!parsed.ok) return { kind: "unreadable", raw: context.settings ?? "", reason: parsed.error.message };
  return { kind: "setup", setup: setupOn(parsed.value, await workbook.readSheet(context.activeSheet)) };
}

/** The table the wizard's choices describe, with each measure's kind as shown (detected, or corrected). */
export function tableOf(setup: TableSetup): TableSettings {
  const corrected = setup.kinds ?? {};
  const rows = measureKindsOf(setup.sheet, setup.table.headerRow, setup.mapping, corrected);
  const kinds: Record<string, MeasureKind> = rows.length <= STORED_KINDS_LIMIT ? {} : { ...corrected };
  if (rows.length <= STORED_KINDS_LIMIT) for (const { measure, kind } of rows) kinds[measure] = kind;
  return buildTableSettings(setup.sheet, setup.table, setup.mapping, setup.form, kinds);
}

/**
 * The stored settings with the wizard's table in place of its earlier self, keeping the other tables. The colours
 * already added stay counted as added only while the rating column is the same one.
 */
export function settingsWithTable(setup: TableSetup): StoredSettings {
  const { stored } = setup;
  const table = tableOf(setup);
  const existing = stored.tables.find((t) => t.id === table.id);
  const fillsApplied = existing !== undefined && existing.fillsApplied && existing.rules.outputs.rag === table.rules.outputs.rag;
  return { ...stored, tables: [...stored.tables.filter((t) => t.id !== table.id), { ...table, fillsApplied }] };
}
