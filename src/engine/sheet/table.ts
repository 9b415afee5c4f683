/**
 * A table found on a sheet, as every capability describes it: which column holds what, how sure the match is, and
 * which rows are measures, section headings or repeated headers.
 */

export type ColumnRole =
  | "measure" | "polarity" | "target" | "benchmark" | "previous" | "period" | "ytd"
  | "rag" | "direction" | "vsBenchmark" | "explanation" | "comments";

export interface ColumnMatch {
  /** Zero-based sheet column. */
  readonly column: number;
  readonly header: string;
  /** 0–1: how sure the header's meaning is, and how well the cells below fit it. */
  readonly confidence: number;
}

export interface TableMapping {
  readonly measure: ColumnMatch;
  readonly polarity?: ColumnMatch;
  readonly target?: ColumnMatch;
  readonly benchmarks: readonly ColumnMatch[];
  readonly previous?: ColumnMatch;
  readonly periods: readonly ColumnMatch[];
  readonly ytd?: ColumnMatch;
  readonly rag?: ColumnMatch;
  readonly direction?: ColumnMatch;
  readonly vsBenchmark?: ColumnMatch;
  readonly explanation?: ColumnMatch;
  readonly comments?: ColumnMatch;
}

/** The mapping's one-column roles, in the order sheets usually have them: the one list settings, planning and detection use. */
export const SINGLE_ROLES = ["measure", "polarity", "target", "previous", "ytd", "rag", "direction", "vsBenchmark", "explanation", "comments"] as const;
export type SingleRole = (typeof SINGLE_ROLES)[number];

/** The columns the add-in writes: never read as a table's figures. */
export const OUTPUT_ROLES: readonly SingleRole[] = ["rag", "direction", "vsBenchmark", "explanation"];

/** Roles whose cells make a row a measure rather than a heading or a note (with the periods and benchmarks). */
export const FIGURE_ROLES: readonly SingleRole[] = ["polarity", "target", "previous", "ytd"];

/** The mapped columns of the given one-column roles, then every period and benchmark column. */
export function columnsOf(mapping: TableMapping, roles: readonly SingleRole[]): number[] {
  const columns: number[] = [];
  for (const role of roles) {
    const match = mapping[role];
    if (match) columns.push(match.column);
  }
  for (const match of mapping.periods) columns.push(match.column);
  for (const match of mapping.benchmarks) columns.push(match.column);
  return columns;
}

export type RowKind = "measure" | "heading" | "header";

export interface TableRow {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
}

export interface DetectedTable {
  readonly sheet: string;
  /** Zero-based sheet row of the (first) header row. */
  readonly headerRow: number;
  readonly mapping: TableMapping;
  readonly rows: readonly TableRow[];
  /** Mean confidence of the mapped columns. */
  readonly confidence: number;
}

/**
 * An Excel table (a ListObject) on a sheet, as both hosts report it: its range, the rows that are its header and
 * its totals (never measures), and its columns' names, which Excel shows in the header cells.
 */
export interface SheetTable {
  readonly name: string;
  /** Zero-based, inclusive: the whole table, header and totals rows included. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Zero-based sheet row of its header, or null when the table shows none. */
  readonly headerRow: number | null;
  /** Zero-based sheet row of its totals row (`=SUBTOTAL(…)`), or null when it shows none. */
  readonly totalsRow: number | null;
  /** Its columns' names, left to right. */
  readonly columns: readonly string[];
}

/** The sheet rows that are some table's totals row: never a measure, and never written. */
export function totalsRows(tables: readonly SheetTable[] | undefined): ReadonlySet<number> {
  const rows = new Set<number>();
  for (const table of tables ?? []) if (table.totalsRow !== null) rows.add(table.totalsRow);
  return rows;
}
