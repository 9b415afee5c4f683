/**
 * Data checks on scorecard rows, run by the pane and the CLI before a paper goes out. Each finding names its
 * cell, so the analyst can go straight to it.
 */
import { isBlankLike, readFigure } from "./cellNumber";
import { parsePolarity } from "./polarity";
import { quote } from "./result";
import { parseTarget } from "./target";
import { describeFraction } from "./tolerance";
import type { CellValue } from "./workbook";
import { combine, type YtdMethod } from "./ytd";

const UP_TO_TWO_DECIMALS = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** "Scorecard!K12" */
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface SourceCell {
  readonly address: string;
  readonly value: CellValue;
  /** The cell's Excel number format; a "%" in it means the number is a fraction shown as a percentage. */
  readonly numberFormat?: string;
}

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

interface ReadCell {
  readonly cell: SourceCell;
  readonly value: number;
  readonly percent: boolean;
  /** Half a unit of the last shown decimal place: how close two figures must be to be "the same". */
  readonly slack: number;
}

const isPercentFormat = (format?: string) => Boolean(format && format.replace(/"[^"]*"/g, "").includes("%"));

/** Half a unit of the last decimal place a cell shows: 8.3 could be anything from 8.25 to 8.35. */
export function slackOf(cell: SourceCell, percent: boolean): number {
  let decimals: number;
  if (typeof cell.value === "string") decimals = (/\.(\d+)/.exec(cell.value)?.[1].length ?? 0) + (percent ? 2 : 0);
  else if (cell.numberFormat && cell.numberFormat !== "General") decimals = (/\.(0+)/.exec(cell.numberFormat)?.[1].length ?? 0) + (percent ? 2 : 0);
  else return 1e-9;
  return 0.5 * 10 ** -decimals + 1e-12;
}

function readCells(cells: readonly SourceCell[], findings: Finding[]): ReadCell[] {
  const read: ReadCell[] = [];
  for (const cell of cells) {
    if (isBlankLike(cell.value)) continue;
    const figure = readFigure(cell.value);
    if (!figure.ok) {
      const message = String(cell.value).startsWith("#") ? figure.error.message : `${quote(String(cell.value))} cannot be read as a number.`;
      findings.push({ cell: cell.address, severity: "error", message });
      continue;
    }
    const percent = figure.value.percent || isPercentFormat(cell.numberFormat);
    read.push({ cell, value: figure.value.value, percent, slack: slackOf(cell, percent) });
  }
  return read;
}

const shown = (value: number, percent: boolean) =>
  percent ? describeFraction(value) : UP_TO_TWO_DECIMALS.format(value);

export function checkRow(row: ScorecardRowCells): Finding[] {
  const findings: Finding[] = [];
  if (row.polarity) {
    const polarity = parsePolarity(row.polarity.value);
    if (!polarity.ok) findings.push({ cell: row.polarity.address, severity: "error", message: polarity.error.message });
  }
  let targetPercent: boolean | null = null;
  let targetMagnitude = 0;
  if (row.target && !isBlankLike(row.target.value)) {
    const target = parseTarget(row.target.value);
    if (!target.ok) findings.push({ cell: row.target.address, severity: "error", message: target.error.message });
    else if (target.value) {
      targetPercent = target.value.percent || isPercentFormat(row.target.numberFormat);
      targetMagnitude = Math.abs(target.value.kind === "single" ? target.value.value : target.value.high);
    }
  }
  const periods = readCells(row.periods, findings);
  const ytd = row.ytd ? readCells([row.ytd], findings)[0] : undefined;
  const others = readCells(row.others ?? [], findings);

  for (const cell of [...periods, ...(ytd ? [ytd] : []), ...others]) {
    if (cell.percent && (cell.value < 0 || cell.value > 1)) {
      findings.push({ cell: cell.cell.address, severity: "error", message: `${shown(cell.value, true)} is outside 0–100%.` });
    }
  }

  const values = [...periods, ...(ytd ? [ytd] : [])];
  if (targetPercent === true && values.some((v) => !v.percent && Math.abs(v.value) > 1) && row.target) {
    findings.push({
      cell: row.target.address,
      severity: "warning",
      message: `The target ${quote(String(row.target.value))} is a percentage but the values are plain numbers (e.g. ${values.find((v) => !v.percent)?.value}); they are read as percentages.`,
    });
  }
  if (targetPercent === false && targetMagnitude > 1 && values.length > 0 && values.every((v) => v.percent) && row.target) {
    findings.push({
      cell: row.target.address,
      severity: "warning",
      message: `The target ${quote(String(row.target.value))} is a plain number but the values are percentages; write it as ${targetMagnitude}%.`,
    });
  }

  if (ytd && periods.length > 0) for (const finding of checkYtd(ytd, periods, row.ytdMethod)) findings.push(finding);
  return findings;
}

const RULE_NAMES: Readonly<Record<YtdMethod, string>> = {
  sum: "the sum",
  latest: "the latest",
  average: "the mean",
  min: "the lowest",
  max: "the highest",
};

function checkYtd(ytd: ReadCell, periods: readonly ReadCell[], expected?: YtdMethod): Finding[] {
  const figures = periods.map((p) => p.value);
  const candidates: YtdMethod[] = ytd.percent ? ["latest", "average"] : ["sum", "latest", "average"];
  const matches = (method: YtdMethod) => Math.abs(combine(figures, method) - ytd.value) <= ytd.slack;
  const shownYtd = shown(ytd.value, ytd.percent);
  if (expected) {
    if (matches(expected)) return [];
    const other = candidates.find(matches);
    const message = other
      ? `YTD ${shownYtd} is ${RULE_NAMES[other]} of the periods, not ${RULE_NAMES[expected]} (${shown(combine(figures, expected), ytd.percent)}) that this measure's type calls for.`
      : `YTD ${shownYtd} does not reconcile with the periods: ${wouldGive([expected, ...candidates.filter((m) => m !== expected)], figures, ytd.percent)}.`;
    return [{ cell: ytd.cell.address, severity: "warning", message }];
  }
  if (candidates.some(matches)) return [];
  return [{ cell: ytd.cell.address, severity: "warning", message: `YTD ${shownYtd} matches no rule: ${wouldGive(candidates, figures, ytd.percent)}.` }];
}

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
