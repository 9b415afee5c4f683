/**
 * One plain-English sentence per rating, starting with the rating, so a committee member can see why:
 * "Amber: 545 is 2.8% above the target of below 530 (low is good; tolerance 5%)."
 */
import { memoize } from "../core/memo";
import { assess, RULE_PARAMETERS, ruleOf, type RagAssessment, type RagRule } from "./rag";
import { callDeclared, cellParameter, declareFunction } from "../core/parameters";
import { describePolarity } from "../core/polarity";
import { ok, type Result } from "../core/result";
import type { Target } from "./target";
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
    miss === 0 ? "is level with, but does not beat," : Number.isFinite(miss) ? `is ${describeFraction(miss)} ${side}` : `is ${side}`;
  return (`${rating}: ${shownValue} ${by} ${shownTarget} ${context(rule)}.`);
}

export const EXPLAIN = declareFunction("EXPLAIN", [cellParameter("value"), ...RULE_PARAMETERS], (value, target, polarity, tolerance) =>
  explainRating(value, ruleOf(target, polarity, tolerance)),
);

export function explain(value: unknown, target: unknown, polarity: unknown, tolerance: unknown): Result<string> {
  return callDeclared(EXPLAIN, [value, target, polarity, tolerance]);
}
