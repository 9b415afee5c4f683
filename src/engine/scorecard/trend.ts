/**
 * Direction of travel against the previous period (or the same period last year): Improving / Worsening /
 * No change by polarity; Up / Down / No change where the measure has no good direction.
 */
import { isBlankLike, readFigureInto, type FigureSlot } from "../core/cellNumber";
import { judgeMove, polarityParameter } from "../core/polarity";
import { callDeclared, cellParameter, declareFunction } from "../core/parameters";
import { fail, ok, quote, type Result } from "../core/result";
import { dividedForCommonScale, relativeDifference } from "../core/scale";
import { toleranceParameter } from "../core/tolerance";

export type Trend = "Improving" | "Worsening" | "No change" | "Up" | "Down" | "";

// The two sides of the comparison, read in place: the planner works out 50,000 directions.
const NOW: FigureSlot = { value: 0, percent: false };
const BEFORE: FigureSlot = { value: 0, percent: false };

/** Reads a cell into `slot`; null when read, else the error naming the figure. */
function readInto(input: unknown, name: string, slot: FigureSlot): Result<never> | null {
  if (readFigureInto(input, slot)) return null;
  return fail<never>("value", `The ${name} value ${typeof input === "string" ? quote(input) : String(input)} is not a number.`);
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
    const unreadable = readInto(current, "current", NOW) ?? readInto(previous, "previous", BEFORE);
    if (unreadable) return unreadable;
    let a = NOW.value;
    let b = BEFORE.value;
    const divided = dividedForCommonScale(a, NOW.percent, b, BEFORE.percent);
    if (divided === "a") a /= 100;
    else if (divided === "b") b /= 100;
    if (relativeDifference(a, b) <= threshold + 1e-12) return RESULTS["No change"];
    return RESULTS[judgeMove<Trend>(a > b, polarity, WORDS)];
  },
);

export function trend(current: unknown, previous: unknown, polarity: unknown, threshold: unknown): Result<Trend> {
  return callDeclared(TREND, [current, previous, polarity, threshold]);
}
