/** Comparison with a benchmark (NW average, England, nearest neighbours): Similar = within the tolerance. */
import { isBlankLike, readFigure } from "../core/cellNumber";
import { judgeMove, polarityParameter } from "../core/polarity";
import { callDeclared, cellParameter, declareFunction } from "../core/parameters";
import { fail, ok, quote, type Result } from "../core/result";
import { onCommonScale, relativeDifference } from "../core/scale";
import { toleranceParameter, withinTolerance } from "../core/tolerance";

export type BenchmarkComparison = "Better" | "Similar" | "Worse" | "Higher" | "Lower" | "";

export const BENCHMARK = declareFunction(
  "BENCHMARK",
  // A blank figure is no comparison (""), and the figures' messages name them, so they are read here.
  [cellParameter("value"), cellParameter("benchmark"), polarityParameter("polarity"), toleranceParameter("tolerance")],
  (value, benchmarkValue, polarity, tolerance): Result<BenchmarkComparison> => {
    if (isBlankLike(value) || isBlankLike(benchmarkValue)) return ok("");
    const ours = readFigure(value);
    if (!ours.ok) return fail("value", `The value ${typeof value === "string" ? quote(value) : String(value)} is not a number.`);
    const theirs = readFigure(benchmarkValue);
    if (!theirs.ok) {
      return fail("value", `The benchmark ${typeof benchmarkValue === "string" ? quote(benchmarkValue) : String(benchmarkValue)} is not a number.`);
    }
    const [a, b] = onCommonScale(ours.value, theirs.value);
    if (withinTolerance(relativeDifference(a, b), tolerance)) return ok("Similar");
    return ok(judgeMove<BenchmarkComparison>(a > b, polarity, { better: "Better", worse: "Worse", up: "Higher", down: "Lower" }));
  },
);

export function benchmark(value: unknown, benchmarkValue: unknown, polarity: unknown, tolerance: unknown): Result<BenchmarkComparison> {
  return callDeclared(BENCHMARK, [value, benchmarkValue, polarity, tolerance]);
}
