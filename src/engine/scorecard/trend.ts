/**
 * Direction of travel against the previous period (or the same period last year): Improving / Worsening /
 * No change by polarity; Up / Down / No change where the measure has no good direction.
 */
import { isBlankLike, readFigure } from "../core/cellNumber";
import { judgeMove, polarityParameter } from "../core/polarity";
import { callDeclared, cellParameter, declareFunction } from "../core/parameters";
import { fail, ok, quote, type Result } from "../core/result";
import { dividedForCommonScale, relativeDifference } from "../core/scale";
import { toleranceParameter } from "../core/tolerance";

export type Trend = "Improving" | "Worsening" | "No change" | "Up" | "Down" | "";

function figureOf(input: unknown, name: string) {
  const figure = readFigure(input);
  if (figure.ok) return figure;
  const shown = typeof input === "string" ? quote(input) : String(input);
  return fail<never>("value", `The ${name} value ${shown} is not a number.`);
}

const WORDS = { better: "Improving", worse: "Worsening", up: "Up", down: "Down" } as const;
// Results are immutable: each direction's is made once, not once a row.
const RESULTS: Readonly<Record<Trend, Result<Trend>>> = {
  Improving: ok("Improving"),
  Worsening: ok("Worsening"),
  "No change": ok("No change"),
  Up: ok("Up"),
  Down: ok("Down"),
  "": ok(""),
};

export const TREND = declareFunction(
  "TREND",
  // A blank figure is no direction (""), and the figures' messages name them, so they are read here.
  [cellParameter("current"), cellParameter("previous"), polarityParameter("polarity"), toleranceParameter("threshold", 0)],
  (current, previous, polarity, threshold): Result<Trend> => {
    if (isBlankLike(current) || isBlankLike(previous)) return RESULTS[""];
    // A finite number is its own figure (as readFigure reads it), without a result to allocate.
    let a: number;
    let aPercent = false;
    if (typeof current === "number" && Number.isFinite(current)) a = current;
    else {
      const now = figureOf(current, "current");
      if (!now.ok) return now;
      a = now.value.value;
      aPercent = now.value.percent;
    }
    let b: number;
    let bPercent = false;
    if (typeof previous === "number" && Number.isFinite(previous)) b = previous;
    else {
      const before = figureOf(previous, "previous");
      if (!before.ok) return before;
      b = before.value.value;
      bPercent = before.value.percent;
    }
    const divided = dividedForCommonScale(a, aPercent, b, bPercent);
    if (divided === "a") a /= 100;
    else if (divided === "b") b /= 100;
    if (relativeDifference(a, b) <= threshold + 1e-12) return RESULTS["No change"];
    return RESULTS[judgeMove<Trend>(a > b, polarity, WORDS)];
  },
);

export function trend(current: unknown, previous: unknown, polarity: unknown, threshold: unknown): Result<Trend> {
  return callDeclared(TREND, [current, previous, polarity, threshold]);
}
