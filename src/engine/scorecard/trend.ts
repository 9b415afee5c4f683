/**
 * Direction of travel against the previous period (or the same period last year): Improving / Worsening /
 * No change by polarity; Up / Down / No change where the measure has no good direction.
 */
import { isBlankLike, readFigure } from "../core/cellNumber";
import { judgeMove, parsePolarity } from "../core/polarity";
import { fail, ok, quote, type Result } from "../core/result";
import { onCommonScale, relativeDifference } from "../core/scale";
import { parseTolerance } from "../core/tolerance";

export type Trend = "Improving" | "Worsening" | "No change" | "Up" | "Down" | "";

function figureOf(input: unknown, name: string) {
  const figure = readFigure(input);
  if (figure.ok) return figure;
  const shown = typeof input === "string" ? quote(input) : String(input);
  return fail<never>("value", `The ${name} value ${shown} is not a number.`);
}

export function trend(current: unknown, previous: unknown, polarity: unknown, threshold: unknown): Result<Trend> {
  const parsedPolarity = parsePolarity(polarity);
  if (!parsedPolarity.ok) return parsedPolarity;
  const parsedThreshold = parseTolerance(threshold, 0, "threshold");
  if (!parsedThreshold.ok) return parsedThreshold;
  if (isBlankLike(current) || isBlankLike(previous)) return ok("");
  const now = figureOf(current, "current");
  if (!now.ok) return now;
  const before = figureOf(previous, "previous");
  if (!before.ok) return before;
  const [a, b] = onCommonScale(now.value, before.value);
  if (relativeDifference(a, b) <= parsedThreshold.value + 1e-12) return ok("No change");
  return ok(judgeMove<Trend>(a > b, parsedPolarity.value, { better: "Improving", worse: "Worsening", up: "Up", down: "Down" }));
}
