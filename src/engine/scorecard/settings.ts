/**
 * What the add-in remembers in the workbook: each scorecard table's mapping and rules, and a short change log.
 * Stored as JSON on a very hidden sheet, which both hosts (Office.js and ExcelJS) read and write, so "Refresh
 * scorecards" works next quarter on a colleague's machine, or from the command line.
 */
import { OUTPUT_ROLES, SINGLE_ROLES, columnsOf, type ColumnMatch, type DetectedTable, type TableMapping } from "../sheet/table";
import { fail, ok, type Result } from "../core/result";
import { DEFAULT_RAG_TOLERANCE } from "../core/tolerance";
import { settingsChunks } from "../sheet/settingsChunks";
import type { CellChange, Plan, SheetData } from "../sheet/workbook";
import { unusedSheetName } from "../sheet/sheetName";
import { MEASURE_KINDS, type MeasureKind } from "./measureKind";
import { parseTrackers, type StoredTrackers } from "../sheet/storedTrackers";

export type RatedFigure = "ytd" | "latest" | "forecast";
export type OutputMode = "values" | "formulas";
export type OutputKind = "rag" | "direction" | "vsBenchmark" | "explanation";

export const OUTPUT_HEADERS: Readonly<Record<OutputKind, string>> = {
  rag: "RAG",
  direction: "Direction",
  vsBenchmark: "vs benchmark",
  explanation: "Explanation",
};

export interface TableRules {
  /** Relative to the target: 0.05 is 5%. */
  readonly tolerance: number;
  readonly rate: RatedFigure;
  /** Benchmark columns (zero-based) compared in the "vs benchmark" output; the first is used. */
  readonly benchmarkColumns: readonly number[];
  readonly mode: OutputMode;
  /** Zero-based output columns; rag is always written. */
  readonly outputs: { readonly rag: number } & Partial<Record<Exclude<OutputKind, "rag">, number>>;
  /**
   * Rate a count's year to date against its annual target pro rata to the periods reported ("<530" at Q3 is
   * "<397.5"). Off (absent) by default.
   */
  readonly profileTarget?: boolean;
}

export interface TableSettings {
  readonly id: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly mapping: TableMapping;
  readonly rules: TableRules;
  /** Conditional fills already added to the output columns, so a refresh does not add them again. */
  readonly fillsApplied: boolean;
  /**
   * Each measure's kind as the analyst confirmed or corrected it in the pane, by measure name (a row that moves keeps
   * its kind). Measures not listed are detected from their name and figures at each refresh.
   */
  readonly kinds?: Readonly<Record<string, MeasureKind>>;
  /** The period the table reports, once a roll forward has set it (otherwise read from the sheet): reportingPeriod.ts. */
  readonly period?: { readonly year: number; readonly quarter: 1 | 2 | 3 | 4 };
}

export interface ChangeLogEntry {
  /** ISO date-time of the refresh. */
  readonly at: string;
  readonly table: string;
  /** The first LOG_CHANGES_KEPT rating changes of the refresh. */
  readonly changes: readonly { readonly cell: string; readonly measure: string; readonly from: string; readonly to: string }[];
  /** How many ratings changed in all, when that is more than the changes kept. */
  readonly total?: number;
}

export interface StoredSettings {
  readonly version: 1;
  readonly tables: readonly TableSettings[];
  readonly log: readonly ChangeLogEntry[];
  /** Funding trackers' and timelines' columns as the analyst confirmed them (absent until one is): storedTrackers.ts. */
  readonly trackers?: StoredTrackers;
}

export const EMPTY_SETTINGS: StoredSettings = { version: 1, tables: [], log: [] };
/** Refreshes remembered in the change log. */
export const LOG_LENGTH = 20;
/**
 * Rating changes kept per refresh in the log. The log lives in the workbook: at 50,000 measures an entry listing
 * every change is 4 MB of settings, twenty of them 80 MB. A committee reads the first few; the count says the rest.
 */
export const LOG_CHANGES_KEPT = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isColumn = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;
const isMatch = (value: unknown): value is ColumnMatch => isObject(value) && isColumn(value.column) && typeof value.header === "string";

function validTable(value: unknown): value is TableSettings {
  if (!isObject(value) || typeof value.id !== "string" || typeof value.sheet !== "string" || !isColumn(value.headerRow)) return false;
  const mapping = value.mapping;
  const rules = value.rules;
  if (!isObject(mapping) || !isMatch(mapping.measure) || !Array.isArray(mapping.periods) || !Array.isArray(mapping.benchmarks)) return false;
  if (![...mapping.periods, ...mapping.benchmarks].every(isMatch)) return false;
  if (!isObject(rules) || typeof rules.tolerance !== "number" || rules.tolerance < 0) return false;
  if (!["ytd", "latest", "forecast"].includes(String(rules.rate)) || !["values", "formulas"].includes(String(rules.mode))) return false;
  if (rules.profileTarget !== undefined && typeof rules.profileTarget !== "boolean") return false;
  if (value.kinds !== undefined && !(isObject(value.kinds) && Object.values(value.kinds).every((k) => (MEASURE_KINDS as readonly unknown[]).includes(k)))) return false;
  return isObject(rules.outputs) && isColumn(rules.outputs.rag) && Array.isArray(rules.benchmarkColumns);
}

/** Reads stored settings; anything unreadable is an error saying so, never a silent reset. */
export function parseSettings(json: string | null): Result<StoredSettings> {
  if (json === null || json.trim() === "") return ok(EMPTY_SETTINGS);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail("value", `The stored scorecard settings (sheet "ScorecardSettings") are not readable JSON.`);
  }
  if (!isObject(parsed) || parsed.version !== 1 || !Array.isArray(parsed.tables)) {
    return fail("value", "The stored scorecard settings are from another version of the add-in, or damaged.");
  }
  const bad = parsed.tables.findIndex((table) => !validTable(table));
  if (bad >= 0) return fail("value", `Scorecard table ${bad + 1} in the stored settings is incomplete; set it up again in the pane.`);
  const trackers = parseTrackers(parsed.trackers);
  if (!trackers.ok) return trackers;
  const log = Array.isArray(parsed.log) ? (parsed.log as ChangeLogEntry[]) : [];
  // The trackers section is kept as read, so rewriting the scorecard's settings never drops it.
  return ok({ version: 1, tables: parsed.tables as TableSettings[], log, ...(parsed.trackers !== undefined ? { trackers: trackers.value } : {}) });
}

/** Where unreadable settings are kept, visible, before starting afresh. */
export const UNREADABLE_SETTINGS_COPY = "Unreadable scorecard settings";

/**
 * Keeps the stored text that no longer reads on a visible sheet of its own (so nothing is lost, and it can be
 * mended or sent to support), then stores empty settings. Only ever on the analyst's say-so.
 */
export function planKeepUnreadableSettings(raw: string, existingSheets: readonly string[]): Plan {
  const name = unusedSheetName(UNREADABLE_SETTINGS_COPY, existingSheets);
  const chunks = settingsChunks(raw);
  const changes: CellChange[] = [
    { kind: "value", sheet: name, row: 0, column: 0, value: "These are the scorecard settings this workbook held when they could no longer be read. The add-in started afresh; nothing here is used." },
    ...chunks.map((chunk, i): CellChange => ({ kind: "value", sheet: name, row: i + 2, column: 0, value: chunk, numberFormat: "@" })),
  ];
  return {
    createSheets: [name],
    changes,
    allowed: [{ sheet: name, top: 0, left: 0, bottom: chunks.length + 2, right: 0 }],
    settings: serialiseSettings(EMPTY_SETTINGS),
  };
}

export function serialiseSettings(settings: StoredSettings): string {
  return JSON.stringify(settings);
}

/** The first column right of the table that is empty in the header row and every table row. */
export function freeColumnAfter(sheet: SheetData, table: DetectedTable, taken: readonly number[] = []): number {
  const mapped = mappedColumns(table.mapping);
  let column = [...mapped, ...taken].reduce((last, c) => Math.max(last, c), -1) + 1;
  const rows = [table.headerRow, ...table.rows.map((r) => r.row)];
  const empty = (c: number) =>
    rows.every((r) => {
      const value = sheet.values[r - sheet.top]?.[c - sheet.left];
      return value === null || value === undefined || value === "";
    });
  while (!empty(column)) column++;
  return column;
}

export function mappedColumns(mapping: TableMapping): number[] {
  return columnsOf(mapping, SINGLE_ROLES);
}

/** The columns the table's figures and text come from: every mapped column but the add-in's own outputs. */
export function inputColumns(mapping: TableMapping): number[] {
  return columnsOf(mapping, SINGLE_ROLES.filter((role) => !OUTPUT_ROLES.includes(role)));
}

/**
 * The defaults, used too wherever no settings are stored: rate the YTD column where there is one, else the
 * latest period with a value; tolerance 5%; write into the existing RAG/Status column, else a new "RAG" column.
 */
export function defaultTableSettings(sheet: SheetData, table: DetectedTable): TableSettings {
  const outputs: TableRules["outputs"] = {
    rag: table.mapping.rag?.column ?? freeColumnAfter(sheet, table),
    ...(table.mapping.direction ? { direction: table.mapping.direction.column } : {}),
    ...(table.mapping.vsBenchmark ? { vsBenchmark: table.mapping.vsBenchmark.column } : {}),
    ...(table.mapping.explanation ? { explanation: table.mapping.explanation.column } : {}),
  };
  return {
    id: `${table.sheet}!${table.headerRow + 1}`,
    sheet: table.sheet,
    headerRow: table.headerRow,
    mapping: table.mapping,
    rules: {
      tolerance: DEFAULT_RAG_TOLERANCE,
      rate: table.mapping.ytd ? "ytd" : "latest",
      benchmarkColumns: table.mapping.benchmarks.map((b) => b.column),
      mode: "values",
      outputs,
    },
    fillsApplied: false,
  };
}

/** The wizard's rules form, as the analyst fills it in. */
export interface RulesForm {
  /** 5 for 5%. */
  readonly tolerancePercent: number;
  readonly rate: RatedFigure;
  readonly benchmarkColumn: number | null;
  readonly direction: boolean;
  readonly vsBenchmark: boolean;
  readonly explanation: boolean;
  readonly mode: OutputMode;
  /** Rate counts against the annual target profiled to the periods reported (off when absent). */
  readonly profileTarget?: boolean;
}

export function rulesFormFor(settings: TableSettings): RulesForm {
  const { rules } = settings;
  return {
    tolerancePercent: Number((rules.tolerance * 100).toFixed(4)),
    rate: rules.rate,
    benchmarkColumn: rules.benchmarkColumns[0] ?? null,
    direction: rules.outputs.direction !== undefined,
    vsBenchmark: rules.outputs.vsBenchmark !== undefined,
    explanation: rules.outputs.explanation !== undefined,
    mode: rules.mode,
    profileTarget: rules.profileTarget === true,
  };
}

/** Settings for a table from the analyst's (possibly corrected) mapping, rules and measure kinds. */
export function buildTableSettings(sheet: SheetData, table: DetectedTable, mapping: TableMapping, form: RulesForm, kinds?: Readonly<Record<string, MeasureKind>>): TableSettings {
  const corrected: DetectedTable = { ...table, mapping };
  const taken: number[] = [];
  const outputColumn = (existing: ColumnMatch | undefined) => {
    const column = existing?.column ?? freeColumnAfter(sheet, corrected, taken);
    taken.push(column);
    return column;
  };
  const rag = outputColumn(mapping.rag);
  const outputs: TableRules["outputs"] = {
    rag,
    ...(form.direction ? { direction: outputColumn(mapping.direction) } : {}),
    ...(form.vsBenchmark ? { vsBenchmark: outputColumn(mapping.vsBenchmark) } : {}),
    ...(form.explanation ? { explanation: outputColumn(mapping.explanation) } : {}),
  };
  return {
    id: `${table.sheet}!${table.headerRow + 1}`,
    sheet: table.sheet,
    headerRow: table.headerRow,
    mapping,
    rules: {
      tolerance: Math.max(0, form.tolerancePercent) / 100,
      rate: form.rate === "ytd" && !mapping.ytd ? "latest" : form.rate,
      benchmarkColumns: form.benchmarkColumn === null ? [] : [form.benchmarkColumn],
      mode: form.mode,
      outputs,
      ...(form.profileTarget ? { profileTarget: true } : {}),
    },
    fillsApplied: false,
    ...(kinds && Object.keys(kinds).length > 0 ? { kinds } : {}),
  };
}
