/**
 * Data checks on scorecard rows, run by the pane and the CLI before a paper goes out. Each finding names its
 * cell, so the analyst can go straight to it.
 */
import { isBlankLike, readFigure } from "../core/cellNumber";
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

interface ReadCell {
  readonly column: number;
  readonly value: number;
  readonly percent: boolean;
}

/** The figure in one cell, or null when it is blank or unreadable (which is a finding). */
function readCell(row: RowReader, column: number, findings: Finding[]): ReadCell | null {
  const value = row.value(column);
  if (isBlankLike(value)) return null;
  const figure = readFigure(value);
  if (!figure.ok) {
    const message = String(value).startsWith("#") ? figure.error.message : `${quote(String(value))} cannot be read as a number.`;
    findings.push({ cell: row.address(column), severity: "error", message });
    return null;
  }
  return { column, value: figure.value.value, percent: figure.value.percent || isPercentFormat(row.numberFormat(column)) };
}

function checkPercentRange(row: RowReader, cells: readonly ReadCell[], findings: Finding[]): void {
  for (const cell of cells) {
    if (cell.percent && (cell.value < 0 || cell.value > 1)) {
      findings.push({ cell: row.address(cell.column), severity: "error", message: `${shown(cell.value, true)} is outside 0–100%.` });
    }
  }
}

function readCells(row: RowReader, columns: readonly number[], findings: Finding[]): ReadCell[] {
  const read: ReadCell[] = [];
  for (const column of columns) {
    const cell = readCell(row, column, findings);
    if (cell) read.push(cell);
  }
  return read;
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
  const periods = readCells(row, columns.periods, findings);
  const ytd = columns.ytd === undefined ? null : readCell(row, columns.ytd, findings);
  const others = readCells(row, columns.others, findings);
  checkPercentRange(row, periods, findings);
  if (ytd) checkPercentRange(row, [ytd], findings);
  checkPercentRange(row, others, findings);

  if (columns.target !== undefined && targetPercent !== null) {
    const plain = firstPlain(periods, ytd);
    if (targetPercent && plain && hasLargePlain(periods, ytd)) {
      findings.push({
        cell: row.address(columns.target),
        severity: "warning",
        message: `The target ${quote(String(targetValue))} is a percentage but the values are plain numbers (e.g. ${plain.value}); they are read as percentages.`,
      });
    }
    if (!targetPercent && targetMagnitude > 1 && (periods.length > 0 || ytd) && !plain) {
      findings.push({
        cell: row.address(columns.target),
        severity: "warning",
        message: `The target ${quote(String(targetValue))} is a plain number but the values are percentages; write it as ${targetMagnitude}%.`,
      });
    }
  }

  if (ytd && columns.ytd !== undefined && periods.length > 0) {
    const slack = slackOf({ value: row.value(columns.ytd), numberFormat: row.numberFormat(columns.ytd) }, ytd.percent);
    const finding = checkYtd(ytd, slack, periods, columns.ytdMethod);
    if (finding) findings.push({ cell: row.address(columns.ytd), severity: "warning", message: finding });
  }
  return findings;
}

/** The first of the periods, then the YTD, that is a plain number (not a percentage). */
function firstPlain(periods: readonly ReadCell[], ytd: ReadCell | null): ReadCell | undefined {
  for (const cell of periods) if (!cell.percent) return cell;
  return ytd && !ytd.percent ? ytd : undefined;
}

/** Whether any of the periods or the YTD is a plain number above 1, so cannot be a fraction. */
function hasLargePlain(periods: readonly ReadCell[], ytd: ReadCell | null): boolean {
  for (const cell of periods) if (!cell.percent && Math.abs(cell.value) > 1) return true;
  return ytd !== null && !ytd.percent && Math.abs(ytd.value) > 1;
}

const RULE_NAMES: Readonly<Record<YtdMethod, string>> = {
  sum: "the sum",
  latest: "the latest",
  average: "the mean",
  min: "the lowest",
  max: "the highest",
};

/** What is wrong with the YTD against its periods, or null when it is one of the rules' results. */
function checkYtd(ytd: ReadCell, slack: number, periods: readonly ReadCell[], expected?: YtdMethod): string | null {
  const candidates: readonly YtdMethod[] = ytd.percent ? PERCENT_RULES : COUNT_RULES;
  // The common case, a YTD that reconciles, is decided without building the figures list.
  if (expected ? matchesRule(ytd, slack, periods, expected) : candidates.some((m) => matchesRule(ytd, slack, periods, m))) return null;
  const figures = periods.map((p) => p.value);
  if (expected) {
    const other = candidates.find((m) => matchesRule(ytd, slack, periods, m));
    const shownYtd = shown(ytd.value, ytd.percent);
    return other
      ? `YTD ${shownYtd} is ${RULE_NAMES[other]} of the periods, not ${RULE_NAMES[expected]} (${shown(combine(figures, expected), ytd.percent)}) that this measure's type calls for.`
      : `YTD ${shownYtd} does not reconcile with the periods: ${wouldGive([expected, ...candidates.filter((m) => m !== expected)], figures, ytd.percent)}.`;
  }
  return `YTD ${shown(ytd.value, ytd.percent)} matches no rule: ${wouldGive(candidates, figures, ytd.percent)}.`;
}

/** Whether the YTD is `method` of the periods, to the precision it shows; the same arithmetic as `combine`. */
function matchesRule(ytd: ReadCell, slack: number, periods: readonly ReadCell[], method: YtdMethod): boolean {
  let result: number;
  if (method === "latest") result = periods[periods.length - 1].value;
  else {
    let total = 0;
    let low = Infinity;
    let high = -Infinity;
    for (const period of periods) {
      total += period.value;
      low = Math.min(low, period.value);
      high = Math.max(high, period.value);
    }
    result = method === "sum" ? total : method === "average" ? total / periods.length : method === "min" ? low : high;
  }
  return Math.abs(result - ytd.value) <= slack;
}

const PERCENT_RULES: readonly YtdMethod[] = ["latest", "average"];
const COUNT_RULES: readonly YtdMethod[] = ["sum", "latest", "average"];

function wouldGive(methods: readonly YtdMethod[], figures: readonly number[], percent: boolean): string {
  return methods.map((m) => `${RULE_NAMES[m]} would give ${shown(combine(figures, m), percent)}`).join(", ");
}

/** Polarity written in different spellings across one table ("Low is good" and "Low is Good"). */
export function checkPolaritySpelling(cells: readonly SourceCell[]): Finding[] {
  const spellings = new Map<string, Map<string, SourceCell[]>>();
  for (const cell of cells) {
    const polarity = parsePolarity(cell.value);
    if (!polarity.ok || polarity.value === null || typeof cell.value !== "string") continue;
    const bySpelling = spellings.get(polarity.value) ?? new Map<string, SourceCell[]>();
    spellings.set(polarity.value, bySpelling);
    const spelling = cell.value.trim();
    const cells = bySpelling.get(spelling);
    if (cells) cells.push(cell);
    else bySpelling.set(spelling, [cell]);
  }
  const findings: Finding[] = [];
  for (const bySpelling of spellings.values()) {
    if (bySpelling.size < 2) continue;
    const [usual, usualCells] = [...bySpelling.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    for (const [spelling, odd] of bySpelling) {
      if (spelling === usual) continue;
      for (const cell of odd) {
        findings.push({
          cell: cell.address,
          severity: "warning",
          message: `Polarity is spelled ${quote(spelling)} here but ${quote(usual)} in ${usualCells.length} other rows.`,
        });
      }
    }
  }
  return findings;
}
