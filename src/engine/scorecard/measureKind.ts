/**
 * What kind of figure a measure is, because the rules that fit one kind are wrong for another: a count of
 * admissions adds up through the year and can be forecast to the year end; a percentage, a rate per 100,000 or the
 * number in care at the quarter's end cannot (85% "forecast" to 113% is nonsense). Read from the measure's name
 * first, then its figures; the analyst can correct any row in the pane, and the correction is stored.
 */
import { isBlankLike, readFigure, type CellValue } from "../core/cellNumber";
import { isPercentFormat } from "../core/findings";
import { fail, ok, type Result } from "../core/result";
import type { TableMapping } from "../sheet/table";
import type { SheetData } from "../sheet/workbook";
import { classifyRows } from "./detect";

export type MeasureKind = "countInYear" | "countCumulative" | "percentage" | "snapshot" | "rate" | "other";

export const MEASURE_KINDS: readonly MeasureKind[] = ["countInYear", "countCumulative", "percentage", "snapshot", "rate", "other"];

export const MEASURE_KIND_LABELS: Readonly<Record<MeasureKind, string>> = {
  countInYear: "Count in the period",
  countCumulative: "Count, cumulative in the year",
  percentage: "Percentage or proportion",
  snapshot: "Snapshot (position at a date)",
  rate: "Rate (per 1,000 or 100,000)",
  other: "Other",
};

/** How the kind is said in a sentence: "this is a percentage". */
const IN_A_SENTENCE: Readonly<Record<MeasureKind, string>> = {
  countInYear: "a count in the period",
  countCumulative: "a count that accumulates through the year",
  percentage: "a percentage",
  snapshot: "a snapshot (a position at a date)",
  rate: "a rate per head of population",
  other: "not a count",
};

/** Counts that add up through the year: the only kinds a year-end forecast or a profiled target fits. */
export function isCount(kind: MeasureKind): boolean {
  return kind === "countInYear" || kind === "countCumulative";
}

/** The note a row gets instead of a scaled figure when a forecast is asked for. */
export function noForecastNote(kind: MeasureKind, ratedOn: "year to date" | "latest period"): string {
  return `Not forecast: this is ${IN_A_SENTENCE[kind]}, and only counts that add up through the year are forecast to the year end; rated on its ${ratedOn} as it stands.`;
}

export function parseMeasureKind(value: unknown): Result<MeasureKind> {
  return typeof value === "string" && (MEASURE_KINDS as readonly string[]).includes(value) ? ok(value as MeasureKind) : fail("value", `"${String(value)}" is not a kind of measure.`);
}

const RATE = /\bper\s*(1,?000|10,?000|100,?000|10k|100k|1k|thousand|hundred thousand)\b|\brate of\b|\b(crude|standardised) rate\b/i;
const PERCENT = /\b(percentage|proportion|per ?cent)\b|%/i;
const OTHER = /\b(average|mean|median|days|weeks|hours|score|ratio|index|£)\b/i;
const CUMULATIVE = /\b(cumulative|year to date|to date|ytd)\b/i;
const SNAPSHOT = /\b(currently|current|awaiting|waiting|register|snapshot|as at|at (the )?(end|close) of|in receipt of|caseload|open cases)\b/i;
const IN_PERIOD = /\bin (the |a |each )?(period|quarter|month|year)\b|\b(received|completed|concluded|concluding|starting|started|new)\b/i;

/** A year to date within rounding of the sum of the periods is a count in the period. */
const sumsTo = (figures: readonly number[], ytd: number) => {
  let sum = 0;
  for (const x of figures) sum += x;
  return Math.abs(sum - ytd) <= 0.5 + 1e-9 * Math.abs(ytd);
};

/**
 * The kind a row's name and figures say it is. `periods` are the period cells in order and `ytd` the year-to-date
 * cell, each as the analyst sees it ("85%" for 0.85 formatted as a percentage).
 */
export function detectMeasureKind(measure: CellValue, periods: readonly CellValue[], ytd: CellValue): MeasureKind {
  const name = typeof measure === "string" ? measure : "";
  if (RATE.test(name)) return "rate";
  const figures: number[] = [];
  let percent = false;
  let unreadable = false;
  for (const cell of periods) {
    if (isBlankLike(cell)) continue;
    const figure = readFigure(cell);
    if (!figure.ok) {
      unreadable = true;
      continue;
    }
    figures.push(figure.value.value);
    percent ||= figure.value.percent;
  }
  const stated = isBlankLike(ytd) ? null : readFigure(ytd);
  if (stated?.ok && stated.value.percent) percent = true;
  if (PERCENT.test(name) || percent) return "percentage";
  if (OTHER.test(name)) return "other";
  if (CUMULATIVE.test(name)) return "countCumulative";
  if (SNAPSHOT.test(name)) return "snapshot";
  const total = stated?.ok ? stated.value.value : null;
  if (figures.length >= 2 && total !== null && sumsTo(figures, total)) return "countInYear";
  if (IN_PERIOD.test(name)) return "countInYear";
  if (figures.length === 0) return unreadable ? "other" : "countInYear";
  const first = figures[0];
  const last = figures[figures.length - 1];
  let rising = true;
  for (let i = 1; i < figures.length; i++) if (figures[i] < figures[i - 1]) rising = false;
  // A total that climbs from a small first figure (417, 949, 1,038) is a running total; one that barely moves
  // (2,181, 2,226, 2,267 on a register) is where things stand at each date.
  if (rising && figures.length >= 2 && last >= 1.5 * first && (total === null || total === last)) return "countCumulative";
  return "snapshot";
}

/** An annual count target pro rata to the periods reported: "<530" after 3 of 4 quarters is "<397.5". */
export function profiledShare(elapsed: number, periodsInYear: number): number {
  return Math.min(1, Math.max(0, elapsed / periodsInYear));
}

/** A measure row and its kind, as the mapping card lists them. */
export interface MeasureKindRow {
  readonly row: number;
  readonly measure: string;
  readonly kind: MeasureKind;
}

/**
 * Every measure row's kind as detected, reading a number formatted as a percentage (0.85 shown 85%) as one, as the
 * planner does. Corrections (`stored`, by measure name) win.
 */
export function measureKindsOf(sheet: SheetData, headerRow: number, mapping: TableMapping, stored: Readonly<Record<string, MeasureKind>> = {}): MeasureKindRow[] {
  const rows = classifyRows(sheet, headerRow, mapping, sheet.top + sheet.values.length - 1);
  const shown = (row: number, column: number): CellValue => {
    const value = sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
    return typeof value === "number" && isPercentFormat(sheet.numberFormats[row - sheet.top]?.[column - sheet.left]) ? `${value * 100}%` : value;
  };
  const kinds: MeasureKindRow[] = [];
  for (const { row, kind } of rows) {
    if (kind !== "measure") continue;
    const name = shown(row, mapping.measure.column);
    const measure = typeof name === "string" ? name.trim() : String(name ?? "");
    const periods = mapping.periods.map((p) => shown(row, p.column));
    kinds.push({ row, measure, kind: stored[measure] ?? detectMeasureKind(name, periods, mapping.ytd ? shown(row, mapping.ytd.column) : null) });
  }
  return kinds;
}
