/**
 * One plain-English sentence per rating, starting with the rating, so a committee member can see why:
 * "Amber: 545 is 2.8% above the target of below 530 (low is good; tolerance 5%)."
 */
import { memoize } from "../core/memo";
import { assess, RULE_PARAMETERS, ruleOf, type RagAssessment, type RagRule } from "./rag";
import { callDeclared, cellParameter, declareFunction, parameter } from "../core/parameters";
import { describePolarity } from "../core/polarity";
import { isPercentFormat } from "../core/findings";
import { ok, type Result } from "../core/result";
import { parseTarget, type Target } from "./target";
import { describeFraction } from "../core/tolerance";

// One formatter, made once: toLocaleString with options builds a new one on every call (~60 µs each).
const UP_TO_TWO_DECIMALS = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

// Figures repeat across rows (targets, round counts): each is formatted once.
const describePercent = memoize((value: number) => `${UP_TO_TWO_DECIMALS.format(Number((value * 100).toFixed(2)))}%`);
const describePlain = memoize((value: number) => UP_TO_TWO_DECIMALS.format(value));

/** A figure for a sentence: "1,234.5", or "75.25%" for a fraction shown as a percentage. */
export function describeNumber(value: number, percent: boolean): string {
  return percent ? describePercent(value) : describePlain(value);
}

export function describeTarget(target: Target): string {
  if (target.kind === "range") {
    return `between ${describeNumber(target.low, target.percent)} and ${describeNumber(target.high, target.percent)}`;
  }
  const figure = describeNumber(target.value, target.percent);
  switch (target.comparator) {
    case "<":
      return `below ${figure}`;
    case "<=":
      return `${figure} or below`;
    case ">":
      return `above ${figure}`;
    case ">=":
      return `${figure} or above`;
    default:
      return figure;
  }
}

function context(rule: RagRule): string {
  const polarity = rule.direction ? describePolarity(rule.direction) : rule.statedPolarity ? describePolarity(rule.statedPolarity) : null;
  return `(${polarity ? `${polarity}; ` : ""}tolerance ${describeFraction(rule.tolerance)})`;
}

/** "19.5 percentage points", "1 percentage point": the gap between two fractions shown as percentages. */
export const describePoints = memoize((gap: number): string => {
  const points = Number((Math.abs(gap) * 100).toFixed(2));
  return `${UP_TO_TWO_DECIMALS.format(points)} percentage point${points === 1 ? "" : "s"}`;
});

/** How far a missed target is missed: percentage points for a percentage, else relative to the target ("2.8%"). */
function describeMiss(number: number, target: Target, miss: number): string {
  if (!target.percent) return describeFraction(miss);
  const bound = target.kind === "range" ? (number < target.low ? target.low : target.high) : target.value;
  return describePoints(number - bound);
}

export function explainRating(value: unknown, rule: RagRule): Result<string> {
  const assessment = assess(value, rule);
  return assessment.ok ? ok(explainAssessment(assessment.value, rule)) : assessment;
}

/** The sentence for a value already assessed under `rule` (the planner assesses each row once). */
export function explainAssessment(assessment: RagAssessment, rule: RagRule): string {
  const { rating, reason, value: number, miss } = assessment;
  const target = rule.target;
  if (rating === "" || number === null || !target) return (`No rating: ${reason ?? "there is nothing to rate"}.`);
  const shownValue = describeNumber(number, target.percent);
  const shownTarget = `the target of ${describeTarget(target)}`;
  if (rating === "Green") {
    const where = target.kind === "range" ? "is within" : "meets";
    return (`Green: ${shownValue} ${where} ${shownTarget} ${context(rule)}.`);
  }
  const side =
    target.kind === "range" ? (number < target.low ? "below" : "above") : rule.direction === "low" ? "above" : "below";
  const by =
    miss === 0 ? "is level with, but does not beat," : Number.isFinite(miss) || target.percent ? `is ${describeMiss(number, target, miss)} ${side}` : `is ${side}`;
  return (`${rating}: ${shownValue} ${by} ${shownTarget} ${context(rule)}.`);
}

/** The text a cell shows for a number in a percentage format: 0.555 formatted "0.0%" shows "55.5%". */
export const percentShown = memoize((value: number) => `${Number((value * 100).toPrecision(12))}%`);

/** A cell as it shows under `format`: a number in a percentage format is its percentage text, else the cell itself. */
export function asCellShows(value: unknown, format: string): unknown {
  return typeof value === "number" && isPercentFormat(format) ? percentShown(value) : value;
}

const formatParameter = (name: string) => parameter(name, (input) => ok(typeof input === "string" ? input : ""), "");

/**
 * The value and target are taken as their cells show them (`valueFormat`, `targetFormat`: the cells' number formats,
 * which the planner writes into a live formula), because Excel hands a function a percentage cell's number (0.555),
 * and a paper words it as shown (55.5%).
 */
export const EXPLAIN = declareFunction(
  "EXPLAIN",
  // The target is read here, after its format: the rule's own reader would take 0.75 as a plain number.
  [cellParameter("value"), cellParameter("target"), RULE_PARAMETERS[1], RULE_PARAMETERS[2], formatParameter("valueFormat"), formatParameter("targetFormat")],
  (value, target, polarity, tolerance, valueFormat, targetFormat) => {
    const read = parseTarget(asCellShows(target, targetFormat));
    return read.ok ? explainRating(asCellShows(value, valueFormat), ruleOf(read.value, polarity, tolerance)) : read;
  },
);

export function explain(value: unknown, target: unknown, polarity: unknown, tolerance: unknown, valueFormat: unknown = null, targetFormat: unknown = null): Result<string> {
  return callDeclared(EXPLAIN, [value, target, polarity, tolerance, valueFormat, targetFormat]);
}

/** One period's figure as a sentence names it: the column's own header and the figure as the cell shows it. */
export interface PeriodFigure {
  readonly period: string;
  readonly value: number;
  readonly percent: boolean;
}

/** A row's latest figure against the one before, for the "worsening" sentence; in-period figures for a running total. */
export interface Movement {
  readonly previous: PeriodFigure;
  readonly latest: PeriodFigure;
  readonly runningTotal: boolean;
}

/**
 * "Worse than the period before: 803 in Quarter 2, 794 in Quarter 3." A percentage adds its move in percentage
 * points; a running total says the figures are each period's own.
 */
export function describeMovement({ previous, latest, runningTotal }: Movement): string {
  const figures = `${describeNumber(previous.value, previous.percent)} in ${previous.period}, ${describeNumber(latest.value, latest.percent)} in ${latest.period}`;
  const points = previous.percent && latest.percent && latest.value !== previous.value ? ` (${describePoints(latest.value - previous.value)} ${latest.value > previous.value ? "higher" : "lower"})` : "";
  return runningTotal
    ? `Worse than the period before, on each period's own figure (the row is a running total): ${figures}.`
    : `Worse than the period before: ${figures}${points}.`;
}
