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
