/**
 * RAG ratings, the project's default contract:
 * Green meets the target (a strict comparator must be strictly met); Amber misses it by no more than the
 * tolerance, relative to the target; Red misses by more. A range target is Green inside, Amber within tolerance
 * of the nearer bound. No rating (not an error) without a value, without a target, or without a direction.
 */
import { isBlankLike, readFigure, excelErrorIn, readFigureInto, type FigureSlot } from "../core/cellNumber";
import { polarityParameter, type Polarity } from "../core/polarity";
import { parameter, readParameters } from "../core/parameters";
import { fail, ok, quote, type Result } from "../core/result";
import { parseTarget, type Target } from "./target";
import { toleranceLimit, toleranceParameter, withinTolerance } from "../core/tolerance";

export type Rating = "Green" | "Amber" | "Red" | "";

/** A target, polarity and tolerance read once, then applied to any number of values. */
export interface RagRule {
  readonly target: Target | null;
  /** The direction that is good: stated, or implied by the target's comparator. */
  readonly direction: "high" | "low" | null;
  readonly statedPolarity: Polarity | null;
  readonly tolerance: number;
  /** Why nothing is rated under this rule, when that is so whatever the value. */
  readonly noRatingReason: string | null;
}

/** The rule's parameters, as every RAG function declares them: target, polarity, tolerance. */
export const RULE_PARAMETERS = [
  parameter("target", parseTarget),
  polarityParameter("polarity"),
  toleranceParameter("tolerance"),
] as const;

/** The rule from its read parameters: a comparator in the target is the more specific statement of direction. */
export function ruleOf(t: Target | null, stated: Polarity | null, tolerance: number): RagRule {
  // Only a single target has a comparator: a range's is always undefined.
  const implied = t?.comparator ? (t.comparator.startsWith("<") ? "low" : "high") : null;
  const direction = implied ?? (stated === "high" || stated === "low" ? stated : null);
  let noRatingReason: string | null = null;
  if (!t) noRatingReason = "there is no target";
  else if (t.kind === "single" && !direction) {
    noRatingReason = stated === "none" ? "the polarity is n/a and the target has no < or >" : "there is no polarity and the target has no < or >";
  }
  return { target: t, direction, statedPolarity: stated, tolerance, noRatingReason };
}

export function prepareRule(target: unknown, polarity: unknown, tolerance: unknown): Result<RagRule> {
  const read = readParameters(RULE_PARAMETERS, [target, polarity, tolerance]);
  return read.ok ? ok(ruleOf(...read.value)) : read;
}

/**
 * A plain number against a "%" target: 74.8 means 74.8% (0.748), while 0.748 is already a fraction. The one
 * statement of the rule; the RAG function's hot paths call it too.
 */
export const plainOnPercentScale = (value: number): number => (value > 1 || value < -1 ? value / 100 : value);

/** The value on the target's scale: 74.8 against "75%" is 74.8%, and 74.8% against 75 is 74.8. */
export function onTargetScale(value: number, valueIsPercent: boolean, target: Target): number {
  const targetMagnitude = target.kind === "single" ? Math.abs(target.value) : Math.abs(target.high);
  if (target.percent && !valueIsPercent) return plainOnPercentScale(value);
  if (!target.percent && valueIsPercent && targetMagnitude > 1) return value * 100;
  return value;
}

/** How far the value misses, relative to the target (0 when it meets it). */
export function relativeMiss(value: number, rule: RagRule): number {
  const t = rule.target;
  if (!t) return 0;
  // Any miss of a zero target is +∞: a positive gap over 0.
  const relative = (gap: number, base: number) => (gap <= 0 ? 0 : gap / Math.abs(base));
  if (t.kind === "range") return value < t.low ? relative(t.low - value, t.low) : relative(value - t.high, t.high);
  return rule.direction === "low" ? relative(value - t.value, t.value) : relative(t.value - value, t.value);
}

/** The rating of a number already on the target's scale. The hot path: no allocation. */
export function rateNumber(value: number, rule: RagRule): Rating {
  const t = rule.target;
  if (rule.noRatingReason !== null || !t) return "";
  let meets: boolean;
  if (t.kind === "range") meets = value >= t.low && value <= t.high;
  else if (rule.direction === "low") meets = t.comparator === "<" ? value < t.value : value <= t.value;
  else meets = t.comparator === ">" ? value > t.value : value >= t.value;
  if (meets) return "Green";
  return withinTolerance(relativeMiss(value, rule), rule.tolerance) ? "Amber" : "Red";
}

/**
 * rateNumber for one rule, specialised once: the comparison and the miss are fixed closures over the target's
 * numbers, so rating a million cells costs a comparison or two each (the RAG custom function's hot path).
 * Gives exactly what rateNumber gives.
 */
export function compileRating(rule: RagRule): (value: number) => Rating {
  const t = rule.target;
  if (rule.noRatingReason !== null || !t) return () => "";
  const limit = toleranceLimit(rule.tolerance);
  if (t.kind === "range") {
    const { low, high } = t;
    // Only a value outside the range is measured, so its gap to the nearer bound is above 0: a bound of 0 gives +∞.
    const missBy = (gap: number, base: number) => gap / Math.abs(base);
    return (value) => (value >= low && value <= high ? "Green" : (value < low ? missBy(low - value, low) : missBy(value - high, high)) <= limit ? "Amber" : "Red");
  }
  const target = t.value;
  const base = Math.abs(target);
  const amberOrRed = (gap: number): Rating => ((gap <= 0 ? 0 : gap / base) <= limit ? "Amber" : "Red");
  if (rule.direction === "low") {
    return t.comparator === "<" ? (value) => (value < target ? "Green" : amberOrRed(value - target)) : (value) => (value <= target ? "Green" : amberOrRed(value - target));
  }
  return t.comparator === ">" ? (value) => (value > target ? "Green" : amberOrRed(target - value)) : (value) => (value >= target ? "Green" : amberOrRed(target - value));
}

export interface RagAssessment {
  readonly rating: Rating;
  /** Set when rating is "": why this value is not rated. */
  readonly reason: string | null;
  /** The value on the target's scale, when there is one. */
  readonly value: number | null;
  readonly valueIsPercent: boolean;
  readonly miss: number;
}

/** Rates one cell's value under a rule; unreadable value text is an error quoting it. */
export function assess(input: unknown, rule: RagRule): Result<RagAssessment> {
  if (typeof input === "number" && rule.target && rule.noRatingReason === null && Number.isFinite(input)) {
    const value = onTargetScale(input, false, rule.target);
    return ok({ rating: rateNumber(value, rule), reason: null, value, valueIsPercent: false, miss: relativeMiss(value, rule) });
  }
  // Without a target or a direction nothing is rated, whatever the value says: that is the reason to give.
  if (rule.noRatingReason !== null || !rule.target) {
    return ok({ rating: "", reason: rule.noRatingReason ?? "there is no target", value: null, valueIsPercent: false, miss: 0 });
  }
  if (isBlankLike(input)) return ok({ rating: "", reason: "there is no value", value: null, valueIsPercent: false, miss: 0 });
  // An error cell (#N/A from a lookup) is not rated, and says why: one error must not stop a whole column.
  const error = excelErrorIn(input);
  if (error) return ok({ rating: "", reason: `the value is the Excel error ${error}`, value: null, valueIsPercent: false, miss: 0 });
  const figure = readFigure(input);
  if (!figure.ok) {
    const shown = typeof input === "string" ? quote(input) : String(input);
    return fail("value", `The value ${shown} is not a number.`);
  }
  const value = onTargetScale(figure.value.value, figure.value.percent, rule.target);
  return ok({ rating: rateNumber(value, rule), reason: null, value, valueIsPercent: figure.value.percent, miss: relativeMiss(value, rule) });
}

/**
 * The rating `assess` gives, or "" where it fails, without building the assessment: the planner rates 50,000 rows,
 * keeps only each rating, and assesses a row again when its explanation is read.
 */
export function ratingOf(input: unknown, rule: RagRule): Rating {
  const target = rule.target;
  // rateNumber gives "" under a rule with a reason not to rate.
  if (!target) return "";
  // A blank-like mark ("N/A", "-") or an error cell ("#N/A") does not read as a figure, so it is "" here too.
  return readFigureInto(input, RATED) ? rateNumber(onTargetScale(RATED.value, RATED.percent, target), rule) : "";
}

const RATED: FigureSlot = { value: 0, percent: false };

export function rag(value: unknown, target: unknown, polarity: unknown, tolerance: unknown): Result<Rating> {
  const rule = prepareRule(target, polarity, tolerance);
  if (!rule.ok) return rule;
  const assessment = assess(value, rule.value);
  return assessment.ok ? ok(assessment.value.rating) : assessment;
}
