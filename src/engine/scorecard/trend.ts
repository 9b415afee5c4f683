/**
 * Direction of travel against the previous period (or the same period last year): Improving / Worsening /
 * No change by polarity; Up / Down / No change where the measure has no good direction.
 */
import { isBlankLike, readFigure } from "../core/cellNumber";
import { judgeMove, polarityParameter } from "../core/polarity";
import { callDeclared, cellParameter, declareFunction } from "../core/parameters";
import { fail, ok, quote, type Result } from "../core/result";
import { onCommonScale, relativeDifference } from "../core/scale";
import { toleranceParameter } from "../core/tolerance";

export type Trend = "Improving" | "Worsening" | "No change" | "Up" | "Down" | "";

function figureOf(input: unknown, name: string) {
  const figure = readFigure(input);
  if (figure.ok) return figure;
  const shown = typeof input === "string" ? quote(input) : String(input);
  return fail<never>("value", `The ${name} value ${shown} is not a number.`);
}

export const TREND = declareFunction(
  "TREND",
  // A blank figure is no direction (""), and the figures' messages name them, so they are read here.
  [cellParameter("current"), cellParameter("previous"), polarityParameter("polarity"), toleranceParameter("threshold", 0)],
  (current, previous, polarity, threshold): Result<Trend> => {
    if (isBlankLike(current) || isBlankLike(previous)) return ok("");
    const now = figureOf(current, "current");
    if (!now.ok) return now;
    const before = figureOf(previous, "previous");
    if (!before.ok) return before;
    const [a, b] = onCommonScale(now.value, before.value);
    if (relativeDifference(a, b) <= threshold + 1e-12) return ok("No change");
    return ok(judgeMove<Trend>(a > b, polarity, { better: "Improving", worse: "Worsening", up: "Up", down: "Down" }));
  },
);

export function trend(current: unknown, previous: unknown, polarity: unknown, threshold: unknown): Result<Trend> {
  return callDeclared(TREND, [current, previous, polarity, threshold]);
}
