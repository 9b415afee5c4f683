/**
 * Identity, not position: before a table is planned, every column its settings name is found again on the header row
 * by the header text stored at set-up. Analysts insert a benchmark column or delete last year's outturn between
 * refreshes; a rating written by stored position would then land in the wrong column. A column that moved is
 * re-mapped and said; one that cannot be found, or is found twice, stops the refresh before anything is planned.
 */
import { cellAddress } from "../sheet/address";
import { SINGLE_ROLES, type ColumnMatch, type ColumnRole, type TableMapping } from "../sheet/table";
import type { CellValue, SheetData } from "../sheet/workbook";
import { fail, ok, type Result } from "../core/result";
import { roleOf } from "./detect";
import { OUTPUT_HEADERS, type OutputKind, type TableRules, type TableSettings } from "./settings";

export interface Refound {
  /** The settings with every column where it now is (the same object when nothing moved). */
  readonly table: TableSettings;
  /** One line per column that moved or was renamed: "RAG column moved from L to M since set-up". */
  readonly notes: readonly string[];
}

/** Header text as compared: case, spacing and non-breaking spaces do not make a column another one. */
export function headerKey(value: CellValue | undefined): string {
  return typeof value === "string" ? value.replace(/[\s\u00a0]+/g, " ").trim().toLowerCase() : typeof value === "number" ? String(value) : "";
}

export const columnLetter = (column: number): string => cellAddress(0, column).replace(/\d+$/, "");

const WHAT_TO_DO = "Open the pane (Scorecard tools), choose Find scorecard on this sheet and check the mapping, then refresh again.";

interface Wanted {
  /** What the analyst calls it in a message: the header text stored at set-up. */
  readonly header: string;
  readonly column: number;
  readonly role: ColumnRole | null;
}

/**
 * Finds every mapped and output column of `table` on its header row. Pure and one pass over the header row, so a
 * refresh of 50,000 measures pays for one row, not for the table.
 */
export function refindColumns(sheet: SheetData, setUp: TableSettings): Result<Refound> {
  const headerRow = headerRowNow(sheet, setUp);
  const table = headerRow === setUp.headerRow ? setUp : { ...setUp, headerRow };
  const found = refindOnRow(sheet, table);
  if (!found.ok || headerRow === setUp.headerRow) return found;
  const note = `Header row moved from ${setUp.headerRow + 1} to ${headerRow + 1} since set-up`;
  return ok({ table: found.value.table, notes: [note, ...found.value.notes] });
}

/**
 * The header row where it is now: the stored row while it still holds the measure column's header, else the one row
 * (rows inserted or deleted above the table) holding that header and most of the others. Else the stored row, where
 * the columns then cannot be found, and the refresh stops saying so.
 */
function headerRowNow(sheet: SheetData, table: TableSettings): number {
  const measureKey = headerKey(table.mapping.measure.header);
  const rowHas = (row: number) => (sheet.values[row - sheet.top] ?? []).some((cell) => headerKey(cell) === measureKey);
  if (rowHas(table.headerRow)) return table.headerRow;
  const wanted = new Set<string>();
  for (const role of SINGLE_ROLES) if (table.mapping[role]) wanted.add(headerKey(table.mapping[role]?.header));
  for (const m of table.mapping.periods) wanted.add(headerKey(m.header));
  let found = -1;
  for (let r = 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    let hits = 0;
    let measure = false;
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      // Header cells are short text: skip figures and long names without normalising them.
      if (typeof value !== "string" || value.length > 120) continue;
      const key = headerKey(value);
      if (key === measureKey) measure = true;
      if (wanted.has(key)) hits++;
    }
    if (!measure || hits * 2 < wanted.size) continue;
    if (found >= 0) return table.headerRow; // a second candidate (a repeated page header): not beyond doubt
    found = sheet.top + r;
  }
  return found >= 0 ? found : table.headerRow;
}

function refindOnRow(sheet: SheetData, table: TableSettings): Result<Refound> {
  const headerCells = sheet.values[table.headerRow - sheet.top] ?? [];
  const at = (column: number) => headerCells[column - sheet.left] ?? null;
  // Each header text's columns, left to right.
  const byText = new Map<string, number[]>();
  for (let i = 0; i < headerCells.length; i++) {
    const key = headerKey(headerCells[i]);
    if (!key) continue;
    const list = byText.get(key);
    if (list) list.push(sheet.left + i);
    else byText.set(key, [sheet.left + i]);
  }

  const { mapping, rules } = table;
  const wanted: Wanted[] = [];
  for (const role of SINGLE_ROLES) {
    const match = mapping[role];
    if (match) wanted.push({ header: match.header, column: match.column, role });
  }
  for (const match of mapping.periods) wanted.push({ header: match.header, column: match.column, role: "period" });
  for (const match of mapping.benchmarks) wanted.push({ header: match.header, column: match.column, role: "benchmark" });
  // Outputs the mapping does not name (a "RAG" column the add-in added) are found by the header it gave them.
  const mappedColumns = new Set(wanted.map((w) => w.column));
  for (const [kind, column] of Object.entries(rules.outputs) as [OutputKind, number | undefined][]) {
    if (column !== undefined && !mappedColumns.has(column)) wanted.push({ header: OUTPUT_HEADERS[kind], column, role: null });
  }

  // Columns with one stored header text are claimed in order: two "England" benchmark columns stay two.
  const sameText = new Map<string, Wanted[]>();
  for (const w of wanted) {
    const key = headerKey(w.header);
    const list = sameText.get(key);
    if (list) list.push(w);
    else sameText.set(key, [w]);
  }
  const moved = new Map<number, number>();
  const renamed = new Map<number, string>();
  const claimed = new Set<number>();
  const notes: string[] = [];
  const missing: Wanted[] = [];
  for (const [key, group] of sameText) {
    const found = byText.get(key) ?? [];
    if (found.length === group.length) {
      const ordered = [...group].sort((a, b) => a.column - b.column);
      ordered.forEach((w, i) => {
        moved.set(w.column, found[i]);
        claimed.add(found[i]);
      });
    } else if (found.length > group.length) {
      const letters = found.map(columnLetter);
      const where = `${letters.slice(0, -1).join(", ")} and ${letters[letters.length - 1]}`;
      return fail("value", `Nothing was written: the "${group[0].header}" column cannot be told apart, because columns ${where} on "${table.sheet}" row ${table.headerRow + 1} are ${found.length === 2 ? "both" : "all"} headed "${group[0].header}". Rename one of them, or ${WHAT_TO_DO.charAt(0).toLowerCase()}${WHAT_TO_DO.slice(1)}`);
    } else if (found.length === 0) {
      for (const w of group) missing.push(w);
    } else {
      return fail("value", `Nothing was written: ${group.length} columns were headed "${group[0].header}" at set-up, and only ${found.length} ${found.length === 1 ? "is" : "are"} now on "${table.sheet}" row ${table.headerRow + 1}. ${WHAT_TO_DO}`);
    }
  }

  for (const w of missing) {
    const found = renamedColumn(w, at, claimed, headerCells.length + sheet.left, byText.size > 0 ? headerCells : []);
    if (found === null) {
      const blank = headerKey(at(w.column)) === "" && w.role === null;
      // An output column the add-in has not yet headed (set up, never applied) stays where it was set up.
      if (blank && !claimed.has(w.column)) {
        moved.set(w.column, w.column);
        claimed.add(w.column);
        continue;
      }
      return fail("value", `Nothing was written: the "${w.header}" column (${columnLetter(w.column)} at set-up) is no longer on "${table.sheet}" row ${table.headerRow + 1}: it was deleted, or renamed so that it cannot be recognised. ${WHAT_TO_DO}`);
    }
    moved.set(w.column, found);
    claimed.add(found);
    renamed.set(w.column, String(at(found)).trim());
    notes.push(`"${w.header}" column is now headed "${String(at(found)).trim()}" (${columnLetter(found)}) since set-up`);
  }

  for (const w of wanted) {
    const now = moved.get(w.column);
    if (now !== undefined && now !== w.column) notes.push(`${w.header} column moved from ${columnLetter(w.column)} to ${columnLetter(now)} since set-up`);
  }
  if (notes.length === 0) return ok({ table, notes });
  return ok({ table: remapped(table, moved, renamed), notes: dedupe(notes) });
}

/**
 * A column whose stored header is gone is taken as renamed only when that is beyond doubt: the one unclaimed column
 * whose header has the same role ("Target 22/23" for "21-22 Target"), preferring the one where it was.
 */
function renamedColumn(w: Wanted, at: (column: number) => CellValue, claimed: ReadonlySet<number>, end: number, headerCells: readonly CellValue[]): number | null {
  if (w.role === null || headerCells.length === 0) return null;
  const sameRole = (column: number) => !claimed.has(column) && roleOf(at(column))?.role === w.role;
  if (sameRole(w.column)) return w.column;
  // Periods and benchmarks come several to a table: another column of the role could be any of them.
  if (w.role === "period" || w.role === "benchmark") return null;
  let found: number | null = null;
  for (let column = 0; column < end; column++) {
    if (!sameRole(column)) continue;
    if (found !== null) return null;
    found = column;
  }
  return found;
}

function dedupe(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

function remapped(table: TableSettings, moved: ReadonlyMap<number, number>, renamed: ReadonlyMap<number, string>): TableSettings {
  const column = (c: number) => moved.get(c) ?? c;
  const match = (m: ColumnMatch): ColumnMatch => ({ ...m, column: column(m.column), header: renamed.get(m.column) ?? m.header });
  const optional = (m: ColumnMatch | undefined) => (m ? match(m) : undefined);
  const mapping: TableMapping = {
    ...table.mapping,
    measure: match(table.mapping.measure),
    periods: table.mapping.periods.map(match),
    benchmarks: table.mapping.benchmarks.map(match),
  };
  const single: Record<string, ColumnMatch | undefined> = {};
  for (const role of SINGLE_ROLES) if (role !== "measure" && table.mapping[role]) single[role] = optional(table.mapping[role]);
  const outputs = {} as Record<OutputKind, number | undefined>;
  for (const [kind, c] of Object.entries(table.rules.outputs) as [OutputKind, number | undefined][]) if (c !== undefined) outputs[kind] = column(c);
  const rules: TableRules = { ...table.rules, benchmarkColumns: table.rules.benchmarkColumns.map(column), outputs: outputs as TableRules["outputs"] };
  return { ...table, mapping: { ...mapping, ...single }, rules };
}
