/**
 * The scorecard's history: each Apply appends measure × period × figure × rating to a visible "Scorecard history"
 * sheet (as "Timeline baselines" keeps the timeline's), only where a measure's figure or rating differs from what
 * was last recorded for it in that period, so an unchanged refresh records nothing. "Worse than last time" reads
 * the last rating recorded in an earlier period, and the pane shows a measure's quarters side by side.
 * Measures are known by name, so a row that moves, or a new year's sheet, keeps its history.
 */
import { isBlankLike } from "../core/cellNumber";
import type { CellRange, CellValue, Plan, SheetData } from "../sheet/workbook";
import { comparePeriods, parsePeriodName, type ReportingPeriod } from "./reportingPeriod";
import type { TableSettings } from "./settings";

export const HISTORY_SHEET = "Scorecard history";
export const HISTORY_HEADERS = ["Recorded", "Sheet", "Measure", "Period", "Figure", "Rating"] as const;

export interface HistoryEntry {
  readonly sheet: string;
  readonly measure: string;
  /** "Q3 2021/22". */
  readonly period: string;
  readonly figure: CellValue;
  readonly rating: string;
}

/** The entries on the history sheet, in the order recorded; rows that are not entries are passed over. */
export function readHistory(sheet: SheetData | null): HistoryEntry[] {
  if (!sheet) return [];
  const entries: HistoryEntry[] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const at = (c: number) => row[c - sheet.left] ?? null;
    const [measure, period] = [at(2), at(3)];
    if (typeof measure !== "string" || measure.trim() === "" || !parsePeriodName(period)) continue;
    entries.push({ sheet: String(at(1) ?? ""), measure, period: String(period).trim(), figure: at(4), rating: String(at(5) ?? "") });
  }
  return entries;
}

export interface QuarterFigure {
  readonly period: string;
  readonly figure: CellValue;
  readonly rating: string;
}

export class History {
  /** Each measure's entries, in the order recorded. */
  private readonly byMeasure = new Map<string, HistoryEntry[]>();

  constructor(readonly entries: readonly HistoryEntry[]) {
    for (const entry of entries) {
      const key = entry.measure.trim();
      const list = this.byMeasure.get(key);
      if (list) list.push(entry);
      else this.byMeasure.set(key, [entry]);
    }
  }

  /** The last entry recorded for the measure in the period. */
  latest(measure: string, period: string): HistoryEntry | undefined {
    const list = this.byMeasure.get(measure.trim()) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].period === period) return list[i];
    return undefined;
  }

  /** The last rating recorded for the measure in the latest period before `current`: "last time" for a committee. */
  lastTime(measure: string, current: ReportingPeriod): HistoryEntry | undefined {
    let best: { entry: HistoryEntry; period: ReportingPeriod } | undefined;
    for (const entry of this.byMeasure.get(measure.trim()) ?? []) {
      const period = parsePeriodName(entry.period);
      if (!period || comparePeriods(period, current) >= 0) continue;
      // The later period wins; within one period, the later record.
      if (!best || comparePeriods(period, best.period) >= 0) best = { entry, period };
    }
    return best?.entry;
  }

  /** The measure's periods side by side, oldest first: the last record of each. */
  quarters(measure: string): QuarterFigure[] {
    const last = new Map<string, { entry: HistoryEntry; period: ReportingPeriod }>();
    for (const entry of this.byMeasure.get(measure.trim()) ?? []) {
      const period = parsePeriodName(entry.period);
      if (period) last.set(entry.period, { entry, period });
    }
    return [...last.values()].sort((a, b) => comparePeriods(a.period, b.period)).map(({ entry: { period, figure, rating } }) => ({ period, figure, rating }));
  }

  measures(): string[] {
    return [...this.byMeasure.keys()];
  }
}

const same = (a: CellValue, b: CellValue) => (isBlankLike(a) && isBlankLike(b)) || a === b;

/** The entries that differ from the last recorded for their measure and period: what an Apply appends. */
export function newEntries(current: readonly HistoryEntry[], history: History): HistoryEntry[] {
  const fresh: HistoryEntry[] = [];
  for (const entry of current) {
    const last = history.latest(entry.measure, entry.period);
    if (!last || !same(last.figure, entry.figure) || last.rating !== entry.rating) fresh.push(entry);
  }
  return fresh;
}

/** The figure a table's rules rate on a row, as the cell holds it: the year to date, or the latest period with one. */
export function ratedFigureOf(sheet: SheetData, table: TableSettings, row: number): CellValue {
  const cells = sheet.values[row - sheet.top] ?? [];
  const at = (column: number) => cells[column - sheet.left] ?? null;
  const { mapping, rules } = table;
  if (mapping.ytd && rules.rate !== "latest") return at(mapping.ytd.column);
  for (let i = mapping.periods.length - 1; i >= 0; i--) if (!isBlankLike(at(mapping.periods[i].column))) return at(mapping.periods[i].column);
  return null;
}

/** Appends entries after the history sheet's last row (creating it, with its headers, when there is none). */
export function planHistoryRows(entries: readonly HistoryEntry[], historySheet: SheetData | null, today: number): Plan {
  if (entries.length === 0) return { changes: [], allowed: [] };
  const changes: Plan["changes"][number][] = [];
  // Plain literals, no spreads: a first Apply at 50,000 measures appends 300,000 cells.
  const put = (row: number, column: number, value: CellValue) => changes.push({ kind: "value", sheet: HISTORY_SHEET, row, column, value });
  let row = historySheet ? historySheet.top + historySheet.values.length : 1;
  if (!historySheet) HISTORY_HEADERS.forEach((header, c) => put(0, c, header));
  const start = row;
  for (const entry of entries) {
    changes.push({ kind: "value", sheet: HISTORY_SHEET, row, column: 0, value: today, numberFormat: "dd/mm/yyyy" });
    put(row, 1, entry.sheet);
    put(row, 2, entry.measure);
    put(row, 3, entry.period);
    if (!isBlankLike(entry.figure)) put(row, 4, entry.figure);
    if (entry.rating !== "") put(row, 5, entry.rating);
    row++;
  }
  const allowed: CellRange[] = [{ sheet: HISTORY_SHEET, top: historySheet ? start : 0, bottom: row - 1, left: 0, right: HISTORY_HEADERS.length - 1 }];
  return { changes, allowed, createSheets: historySheet ? [] : [HISTORY_SHEET] };
}

/** What puts the appended rows back to empty: the undo of a history append (the sheet itself stays). */
export function planHistoryUndo(append: Plan): Plan {
  return { changes: append.changes.map((c) => ({ kind: "value" as const, sheet: c.sheet, row: c.row, column: c.column, value: null })), allowed: append.allowed };
}
