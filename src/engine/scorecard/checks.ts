/**
 * Data checks on scorecard rows, run by the pane and the CLI before a paper goes out. Each finding names its
 * cell, so the analyst can go straight to it.
 */
import { isBlankLike, readFigure, readFigureInto, type FigureSlot } from "../core/cellNumber";
import { isPercentFormat, slackOf, type Finding, type SourceCell } from "../core/findings";
import { describeNumber } from "./explain";
import { parsePolarity } from "../core/polarity";
import { quote } from "../core/result";
import { parseTarget } from "./target";
import { describeFraction } from "../core/tolerance";
import type { CellValue } from "../sheet/workbook";
import { combine, type YtdMethod } from "./ytd";


export interface ScorecardRowCells {
  readonly measure: string;
  readonly polarity?: SourceCell;
  readonly target?: SourceCell;
  /** The period columns in order (Quarter 1 … Quarter 4). */
  readonly periods: readonly SourceCell[];
  readonly ytd?: SourceCell;
  /** Other figure columns: benchmarks, last year's outturn. */
  readonly others?: readonly SourceCell[];
  /** How the YTD should be made, when the measure's type is known. */
  readonly ytdMethod?: YtdMethod;
}

/**
 * A row of a sheet as the checks read it, one column at a time: the planner passes the sheet's own row, so no cell
 * object is made for the many cells that are fine.
 */
export interface RowReader {
  value(column: number): CellValue;
  numberFormat(column: number): string | undefined;
  /** Spelled out only when a finding names the cell. */
  address(column: number): string;
}

/** Which columns of the row hold what. */
export interface RowColumns {
  readonly polarity?: number;
  readonly target?: number;
  readonly periods: readonly number[];
  readonly ytd?: number;
  readonly others: readonly number[];
  readonly ytdMethod?: YtdMethod;
}

/**
 * The figures read from some of a row's cells, in parallel arrays reused from row to row: a refresh checks 50,000
 * rows, and an object per cell read would be most of its garbage.
 */
class Figures {
  length = 0;
  readonly columns: number[] = [];
  readonly values: number[] = [];
  readonly percents: boolean[] = [];

  clear(): this {
    this.length = 0;
    return this;
  }

  /** Reads `columns` of the row afresh; a cell that is not blank and cannot be read is a finding. */
  read(row: RowReader, columns: readonly number[], findings: Finding[]): this {
    this.clear();
    for (let i = 0; i < columns.length; i++) this.add(row, columns[i], findings);
    return this;
  }

  add(row: RowReader, column: number, findings: Finding[]): void {
    const value = row.value(column);
    if (isBlankLike(value)) return;
    if (!readFigureInto(value, READ)) {
      const message = String(value).startsWith("#") ? figureError(value) : `${quote(String(value))} cannot be read as a number.`;
      findings.push({ cell: row.address(column), severity: "error", message });
      return;
    }
    const at = this.length++;
    this.columns[at] = column;
    this.values[at] = READ.value;
    this.percents[at] = READ.percent || isPercentFormat(row.numberFormat(column));
  }

  /** The figures read, as a list: only for the messages of rows that have a finding. */
  list(): number[] {
    return this.values.slice(0, this.length);
  }
}

const READ: FigureSlot = { value: 0, percent: false };
const figureError = (value: CellValue) => {
  const figure = readFigure(value);
  return figure.ok ? "" : figure.error.message;
};

// One set for the periods, one for the YTD and one for the other figures: rows are checked one at a time.
const PERIODS = new Figures();
const YTD = new Figures();
const OTHERS = new Figures();

function checkPercentRange(row: RowReader, cells: Figures, findings: Finding[]): void {
  for (let i = 0; i < cells.length; i++) {
    const value = cells.values[i];
    if (cells.percents[i] && (value < 0 || value > 1)) {
      findings.push({ cell: row.address(cells.columns[i]), severity: "error", message: `${shown(value, true)} is outside 0–100%.` });
    }
  }
}

const shown = (value: number, percent: boolean) => (percent ? describeFraction(value) : describeNumber(value, false));

/** The checks on one row of named cells: the pane's and the tests' way in. */
export function checkRow(row: ScorecardRowCells): Finding[] {
  const cells: SourceCell[] = [];
  const columnOf = (cell: SourceCell | undefined) => (cell ? cells.push(cell) - 1 : undefined);
  const polarity = columnOf(row.polarity);
  const target = columnOf(row.target);
  const periods = row.periods.map((cell) => cells.push(cell) - 1);
  const ytd = columnOf(row.ytd);
  const others = (row.others ?? []).map((cell) => cells.push(cell) - 1);
  const reader: RowReader = { value: (c) => cells[c].value, numberFormat: (c) => cells[c].numberFormat, address: (c) => cells[c].address };
  return checkRowCells(reader, {
    ...(polarity === undefined ? {} : { polarity }),
    ...(target === undefined ? {} : { target }),
    periods,
    ...(ytd === undefined ? {} : { ytd }),
    others,
    ...(row.ytdMethod ? { ytdMethod: row.ytdMethod } : {}),
  });
}

/** The checks on one scorecard row read in place: polarity and target text, figures, percentages, and the YTD. */
export function checkRowCells(row: RowReader, columns: RowColumns): Finding[] {
  const findings: Finding[] = [];
  checkRowInto(row, columns, findings);
  return findings;
}

/** As checkRowCells, adding what it finds to `findings`: the planner's way, without a list per row. */
export function checkRowInto(row: RowReader, columns: RowColumns, findings: Finding[]): void {
  if (columns.polarity !== undefined) {
    const polarity = parsePolarity(row.value(columns.polarity));
    if (!polarity.ok) findings.push({ cell: row.address(columns.polarity), severity: "error", message: polarity.error.message });
  }
  let targetPercent: boolean | null = null;
  let targetMagnitude = 0;
  const targetValue = columns.target === undefined ? null : row.value(columns.target);
  if (columns.target !== undefined && !isBlankLike(targetValue)) {
    const target = parseTarget(targetValue);
    if (!target.ok) findings.push({ cell: row.address(columns.target), severity: "error", message: target.error.message });
    else if (target.value) {
      targetPercent = target.value.percent || isPercentFormat(row.numberFormat(columns.target));
      targetMagnitude = Math.abs(target.value.kind === "single" ? target.value.value : target.value.high);
    }
  }
  const periods = PERIODS.read(row, columns.periods, findings);
  const ytd = YTD.clear();
  if (columns.ytd !== undefined) ytd.add(row, columns.ytd, findings);
  const others = OTHERS.read(row, columns.others, findings);
  checkPercentRange(row, periods, findings);
  checkPercentRange(row, ytd, findings);
  checkPercentRange(row, others, findings);

  if (columns.target !== undefined && targetPercent !== null) {
    const plain = firstPlain(periods, ytd);
    if (targetPercent && plain !== null && hasLargePlain(periods, ytd)) {
      findings.push({
        cell: row.address(columns.target),
        severity: "warning",
        message: `The target ${quote(String(targetValue))} is a percentage but the values are plain numbers (e.g. ${plain}); they are read as percentages.`,
      });
    }
    if (!targetPercent && targetMagnitude > 1 && (periods.length > 0 || ytd.length > 0) && plain === null) {
      findings.push({
        cell: row.address(columns.target),
        severity: "warning",
        message: `The target ${quote(String(targetValue))} is a plain number but the values are percentages; write it as ${targetMagnitude}%.`,
      });
    }
  }

  if (ytd.length > 0 && columns.ytd !== undefined && periods.length > 0) {
    const ytdPercent = ytd.percents[0];
    const slack = slackOf({ value: row.value(columns.ytd), numberFormat: row.numberFormat(columns.ytd) }, ytdPercent);
    const finding = checkYtd(ytd.values[0], ytdPercent, slack, periods, columns.ytdMethod);
    if (finding) findings.push({ cell: row.address(columns.ytd), severity: "warning", message: finding });
  }
}

/** The first of the periods, then the YTD, that is a plain number (not a percentage); null when all are percentages. */
function firstPlain(periods: Figures, ytd: Figures): number | null {
  for (let i = 0; i < periods.length; i++) if (!periods.percents[i]) return periods.values[i];
  return ytd.length > 0 && !ytd.percents[0] ? ytd.values[0] : null;
}

/** Whether any of the periods or the YTD is a plain number above 1, so cannot be a fraction. */
function hasLargePlain(periods: Figures, ytd: Figures): boolean {
  for (let i = 0; i < periods.length; i++) if (!periods.percents[i] && Math.abs(periods.values[i]) > 1) return true;
  return ytd.length > 0 && !ytd.percents[0] && Math.abs(ytd.values[0]) > 1;
}

const RULE_NAMES: Readonly<Record<YtdMethod, string>> = {
  sum: "the sum",
  latest: "the latest",
  average: "the mean",
  min: "the lowest",
  max: "the highest",
};

/** What is wrong with the YTD against its periods, or null when it is one of the rules' results. */
function checkYtd(ytd: number, percent: boolean, slack: number, periods: Figures, expected?: YtdMethod): string | null {
  const candidates: readonly YtdMethod[] = percent ? PERCENT_RULES : COUNT_RULES;
  // The common case, a YTD that reconciles, is decided without building the figures list.
  if (expected ? matchesRule(ytd, slack, periods, expected) : matchesAny(ytd, slack, periods, candidates)) return null;
  const figures = periods.list();
  if (expected) {
    const other = candidates.find((m) => matchesRule(ytd, slack, periods, m));
    const shownYtd = shown(ytd, percent);
    return other
      ? `YTD ${shownYtd} is ${RULE_NAMES[other]} of the periods, not ${RULE_NAMES[expected]} (${shown(combine(figures, expected), percent)}) that this measure's type calls for.`
      : `YTD ${shownYtd} does not reconcile with the periods: ${wouldGive([expected, ...candidates.filter((m) => m !== expected)], figures, percent)}.`;
  }
  return `YTD ${shown(ytd, percent)} matches no rule: ${wouldGive(candidates, figures, percent)}.`;
}

function matchesAny(ytd: number, slack: number, periods: Figures, methods: readonly YtdMethod[]): boolean {
  for (let i = 0; i < methods.length; i++) if (matchesRule(ytd, slack, periods, methods[i])) return true;
  return false;
}

/** Whether the YTD is `method` of the periods, to the precision it shows; the same arithmetic as `combine`. */
function matchesRule(ytd: number, slack: number, periods: Figures, method: YtdMethod): boolean {
  let result: number;
  if (method === "latest") result = periods.values[periods.length - 1];
  else {
    let total = 0;
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < periods.length; i++) {
      const value = periods.values[i];
      total += value;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    result = method === "sum" ? total : method === "average" ? total / periods.length : method === "min" ? low : high;
  }
  return Math.abs(result - ytd) <= slack;
}

const PERCENT_RULES: readonly YtdMethod[] = ["latest", "average"];
const COUNT_RULES: readonly YtdMethod[] = ["sum", "latest", "average"];

function wouldGive(methods: readonly YtdMethod[], figures: readonly number[], percent: boolean): string {
  return methods.map((m) => `${RULE_NAMES[m]} would give ${shown(combine(figures, m), percent)}`).join(", ");
}

/** Polarity written in different spellings across one table ("Low is good" and "Low is Good"). */
export function checkPolaritySpelling(cells: readonly SourceCell[]): Finding[] {
  return polaritySpellings(cells.length, (i) => cells[i].value, (i) => cells[i].address);
}

/**
 * The same check over `count` cells read by index, each address spelled out only for a finding: the planner checks
 * a column of 50,000 polarities this way.
 */
export function polaritySpellings(count: number, valueAt: (index: number) => CellValue, addressAt: (index: number) => string): Finding[] {
  const spellings = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < count; i++) {
    const value = valueAt(i);
    const polarity = parsePolarity(value);
    if (!polarity.ok || polarity.value === null || typeof value !== "string") continue;
    const bySpelling = spellings.get(polarity.value) ?? new Map<string, number[]>();
    spellings.set(polarity.value, bySpelling);
    const spelling = value.trim();
    const cells = bySpelling.get(spelling);
    if (cells) cells.push(i);
    else bySpelling.set(spelling, [i]);
  }
  const findings: Finding[] = [];
  for (const bySpelling of spellings.values()) {
    if (bySpelling.size < 2) continue;
    const [usual, usualCells] = [...bySpelling.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    for (const [spelling, odd] of bySpelling) {
      if (spelling === usual) continue;
      for (const index of odd) {
        findings.push({
          cell: addressAt(index),
          severity: "warning",
          message: `Polarity is spelled ${quote(spelling)} here but ${quote(usual)} in ${usualCells.length} other rows.`,
        });
      }
    }
  }
  return findings;
}
