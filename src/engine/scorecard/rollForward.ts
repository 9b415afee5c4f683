/**
 * "Start next financial year", planned (pure): the sheet is copied for the new year (by the adapter), and this
 * plan then writes only the copy: year headers moved on, last year's year to date as the new "Year end" outturn,
 * the quarters, the year to date and the ratings cleared, targets and comments kept or cleared as the analyst
 * chooses, and the table's settings carried over to the copy. The old sheet is not in the plan at all.
 */
import { isBlankLike } from "../core/cellNumber";
import { fail, ok, type Result } from "../core/result";
import { cellAddress } from "../sheet/address";
import type { CellChange, CellRange, CellValue, Plan, SheetData } from "../sheet/workbook";
import type { ColumnMatch, TableMapping } from "../sheet/table";
import { classifyRows } from "./detect";
import { currentPeriod, periodName, type ReportingPeriod } from "./reportingPeriod";
import { serialiseSettings, type StoredSettings, type TableSettings } from "./settings";
import { shiftYears, writeYear } from "./yearHeaders";

export interface YearRollChoices {
  readonly keepTargets: boolean;
  readonly keepComments: boolean;
}

export interface YearRoll {
  readonly source: string;
  /** The new year's sheet, a copy of `source` the adapter makes before the plan is written. */
  readonly sheet: string;
  readonly from: ReportingPeriod;
  readonly to: ReportingPeriod;
  /** Writes the copy only (and the settings). */
  readonly plan: Plan;
  readonly headers: readonly { readonly cell: string; readonly from: string; readonly to: string }[];
  /** Measures whose year to date became the new "Year end" outturn. */
  readonly outturns: number;
  /** Cells emptied on the copy (quarters, year to date, ratings, and targets or comments if chosen). */
  readonly cleared: number;
  /** What was not done, and why, in plain words. */
  readonly notes: readonly string[];
}

/** The new year's sheet name: the old one's year moved on, or the new year added ("Scorecard 2022-23"). */
export function newYearSheetName(source: string, nextYear: number): string {
  return shiftYears(source) ?? `${source} ${writeYear(nextYear, { firstDigits: 4, secondDigits: 2, separator: "-" })}`;
}

const OUTPUT_COLUMNS = ["rag", "direction", "vsBenchmark", "explanation"] as const;

/**
 * Plans the new year for the tables on `sheet` (all of them share the copy). `existingSheets`: every sheet name,
 * so a year already started is refused rather than numbered.
 */
export function planYearRoll(sheet: SheetData, tables: readonly TableSettings[], stored: StoredSettings, existingSheets: readonly string[], choices: YearRollChoices): Result<YearRoll> {
  if (tables.length === 0) return fail("value", `No scorecard table is set up on "${sheet.name}" to start a new year from.`);
  const period = currentPeriod(sheet, tables[0]);
  if (!period.ok) return period;
  const from = period.value;
  const to: ReportingPeriod = { year: from.year + 1, quarter: 1 };
  const name = newYearSheetName(sheet.name, to.year);
  if (existingSheets.some((s) => s.toLowerCase() === name.toLowerCase())) {
    return fail("value", `Nothing was written: a sheet called "${name}" already exists, so ${periodName(to).slice(3)} looks started already. Rename or delete that sheet to start it again.`);
  }
  if (name.length > 31 || /[\\/?*[\]:]/.test(name)) return fail("value", `Nothing was written: "${name}" cannot be a sheet name (at most 31 characters, none of \\ / ? * [ ] :). Rename "${sheet.name}" shorter first.`);

  const edit = new CopyEdit(sheet, name);
  const notes: string[] = [];
  const headers: YearRoll["headers"][number][] = [];
  const carried: TableSettings[] = [];
  let outturns = 0;
  const ordered = [...tables].sort((a, b) => a.headerRow - b.headerRow);
  for (let t = 0; t < ordered.length; t++) {
    const table = ordered[t];
    const endRow = (ordered[t + 1]?.headerRow ?? sheet.top + sheet.values.length) - 1;
    const rows = classifyRows(sheet, table.headerRow, table.mapping, endRow);
    const headerRows = [table.headerRow, ...rows.filter((r) => r.kind === "header").map((r) => r.row)];
    const renamed = new Map<number, string>();
    for (const row of headerRows) {
      const cells = sheet.values[row - sheet.top] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const before = cells[c];
        const after = typeof before === "string" ? shiftYears(before) : null;
        if (after === null || typeof before !== "string" || !edit.set(row, c + sheet.left, after, true)) continue;
        if (row === table.headerRow) {
          renamed.set(c + sheet.left, after);
          headers.push({ cell: cellAddress(row, c + sheet.left), from: before, to: after });
        }
      }
    }
    const { mapping } = table;
    const measureRows = rows.filter((r) => r.kind === "measure").map((r) => r.row);
    const lastRow = rows.reduce((last, r) => Math.max(last, r.row), table.headerRow);
    const clearColumn = (match: ColumnMatch | undefined, keepFormulas: boolean) => {
      if (match) for (const row of measureRows) edit.clear(row, match.column, keepFormulas, lastRow, table.headerRow);
    };
    if (mapping.previous && mapping.ytd) {
      for (const row of measureRows) {
        // Copied as it is, "N/A" included: the outturn says what the year to date said.
        const ytd = edit.value(row, mapping.ytd.column);
        edit.set(row, mapping.previous.column, ytd, false, edit.format(row, mapping.ytd.column), lastRow, table.headerRow);
        if (!isBlankLike(ytd)) outturns++;
      }
    } else {
      notes.push(mapping.ytd ? "There is no \"Year end\" column, so last year's year to date is not carried over: the old sheet keeps it." : "There is no year-to-date column, so no outturn is carried over.");
    }
    for (const period of mapping.periods) clearColumn(period, false);
    // A year to date or a rating worked out by a formula recalculates to blank; typed ones are last year's.
    clearColumn(mapping.ytd, true);
    for (const kind of OUTPUT_COLUMNS) {
      const column = table.rules.outputs[kind];
      if (column !== undefined) clearColumn({ column, header: "", confidence: 1 }, true);
    }
    if (!choices.keepTargets) clearColumn(mapping.target, false);
    if (!choices.keepComments) clearColumn(mapping.comments, false);
    carried.push({ ...table, id: `${name}!${table.headerRow + 1}`, sheet: name, mapping: renameMapping(mapping, renamed), period: to });
  }
  if (shiftYears(titleText(sheet, ordered[0].headerRow)) !== null) notes.push("The title above the table names a year: it is left as it was on the new sheet, for you to word.");

  const tables0 = stored.tables.length > 0 ? stored.tables : tables;
  const settings: StoredSettings = { ...stored, tables: [...tables0, ...carried] };
  const plan: Plan = { changes: edit.changes, allowed: edit.allowed(), settings: serialiseSettings(settings) };
  return ok({ source: sheet.name, sheet: name, from, to, plan, headers, outturns, cleared: edit.cleared, notes });
}

function titleText(sheet: SheetData, headerRow: number): string {
  const parts: string[] = [];
  for (let r = 0; r < headerRow - sheet.top && r < sheet.values.length; r++) for (const v of sheet.values[r]) if (typeof v === "string") parts.push(v);
  return parts.join(" ");
}

function renameMapping(mapping: TableMapping, renamed: ReadonlyMap<number, string>): TableMapping {
  const rename = <T extends ColumnMatch | undefined>(match: T): T => (match && renamed.has(match.column) ? { ...match, header: renamed.get(match.column) } : match) as T;
  const out: Record<string, unknown> = { ...mapping };
  for (const [key, value] of Object.entries(mapping)) {
    out[key] = Array.isArray(value) ? value.map((m: ColumnMatch) => rename(m)) : rename(value as ColumnMatch | undefined);
  }
  return out as unknown as TableMapping;
}

/** The copy's changes: same cells as the source (it is a copy), never inside a merge, only where they differ. */
class CopyEdit {
  readonly changes: CellChange[] = [];
  cleared = 0;
  private readonly columns = new Map<number, { top: number; bottom: number }>();

  constructor(
    private readonly source: SheetData,
    private readonly name: string,
  ) {}

  value(row: number, column: number): CellValue {
    return this.source.values[row - this.source.top]?.[column - this.source.left] ?? null;
  }

  format(row: number, column: number): string {
    return this.source.numberFormats[row - this.source.top]?.[column - this.source.left] ?? "General";
  }

  private formula(row: number, column: number): string | null {
    return this.source.formulas?.[row - this.source.top]?.[column - this.source.left] ?? null;
  }

  private hiddenByMerge(row: number, column: number): boolean {
    return (this.source.merges ?? []).some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left));
  }

  /** Plans a value where it differs; says whether it did. */
  set(row: number, column: number, value: CellValue, header: boolean, numberFormat?: string, bottom = row, top = row): boolean {
    if (this.hiddenByMerge(row, column)) return false;
    if (this.formula(row, column) === null && this.value(row, column) === value && (numberFormat === undefined || numberFormat === this.format(row, column))) return false;
    this.changes.push({ kind: "value", sheet: this.name, row, column, value, ...(numberFormat !== undefined && numberFormat !== this.format(row, column) ? { numberFormat } : {}) });
    const span = this.columns.get(column);
    const [lo, hi] = header ? [row, row] : [top, bottom];
    this.columns.set(column, { top: Math.min(span?.top ?? lo, lo), bottom: Math.max(span?.bottom ?? hi, hi) });
    return true;
  }

  clear(row: number, column: number, keepFormulas: boolean, bottom: number, top: number): void {
    if (keepFormulas && this.formula(row, column) !== null) return;
    if (this.formula(row, column) === null && this.value(row, column) === null) return;
    if (this.set(row, column, null, false, undefined, bottom, top)) this.cleared++;
  }

  allowed(): CellRange[] {
    return [...this.columns].map(([column, { top, bottom }]) => ({ sheet: this.name, top, bottom, left: column, right: column }));
  }
}
