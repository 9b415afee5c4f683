/** Tolerances are relative: 0.05 or "5%" means within 5% of the target (or benchmark). */
import { memoize } from "./memo";
import { readFigure } from "./cellNumber";
import { parameter, type Parameter } from "./parameters";
import { fail, ok, quote, type Result } from "./result";

export const DEFAULT_RAG_TOLERANCE = 0.05;

/**
 * Slack for binary arithmetic at the tolerance's edge: 105 against 100 at 5% is within it, though the division may
 * land a few 1e-16 over. Dividing figures typed to 15 digits errs by under 1e-15, so 1e-12 catches that and nothing
 * a person would call outside (a miss of 5.000000001% is outside 5%).
 */
const EDGE_SLACK = 1e-12;

/** The largest relative miss or difference that is still within `tolerance`: the one comparison RAG and BENCHMARK make. */
export function toleranceLimit(tolerance: number): number {
  return tolerance + EDGE_SLACK;
}

/** Whether a relative miss (RAG) or difference (BENCHMARK) is within the tolerance, its edge included. */
export function withinTolerance(relative: number, tolerance: number): boolean {
  return relative <= toleranceLimit(tolerance);
}

export function parseTolerance(input: unknown, fallback = DEFAULT_RAG_TOLERANCE, name = "tolerance"): Result<number> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) return ok(fallback);
  const figure = readFigure(input);
  if (!figure.ok) {
    const shown = typeof input === "string" ? quote(input) : String(input);
    return fail("value", `The ${name} ${shown} is not a number or a percentage such as 5%.`);
  }
  if (figure.value.comparator) return fail("value", `The ${name} ${quote(String(input))} should be a number, without < or >.`);
  if (figure.value.value < 0) return fail("value", `The ${name} ${String(input)} is negative.`);
  return ok(figure.value.value);
}

/** A tolerance parameter (relative, 0.05 or "5%"), with `label` naming it in messages. */
export function toleranceParameter(name: string, fallback = DEFAULT_RAG_TOLERANCE, label = name): Parameter<number> {
  return parameter(name, (input) => parseTolerance(input, fallback, label), fallback);
}

const EN_GB = new Intl.NumberFormat("en-GB");

/** "5%", "2.5%" — for explanations. */
export const describeFraction = memoize((fraction: number): string => {
  const percent = Number((fraction * 100).toFixed(1));
  return `${EN_GB.format(percent)}%`;
});
