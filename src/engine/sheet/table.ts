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
