/** Comparison with a benchmark (NW average, England, nearest neighbours): Similar = within the tolerance. */
import { isBlankLike, readFigure } from "../core/cellNumber";
import { judgeMove, parsePolarity } from "../core/polarity";
import { fail, ok, quote, type Result } from "../core/result";
import { onCommonScale, relativeDifference } from "../core/scale";
import { DEFAULT_RAG_TOLERANCE, parseTolerance } from "../core/tolerance";

export type BenchmarkComparison = "Better" | "Similar" | "Worse" | "Higher" | "Lower" | "";

export function benchmark(value: unknown, benchmarkValue: unknown, polarity: unknown, tolerance: unknown): Result<BenchmarkComparison> {
  const parsedPolarity = parsePolarity(polarity);
  if (!parsedPolarity.ok) return parsedPolarity;
  const parsedTolerance = parseTolerance(tolerance, DEFAULT_RAG_TOLERANCE);
  if (!parsedTolerance.ok) return parsedTolerance;
  if (isBlankLike(value) || isBlankLike(benchmarkValue)) return ok("");
  const ours = readFigure(value);
  if (!ours.ok) return fail("value", `The value ${typeof value === "string" ? quote(value) : String(value)} is not a number.`);
  const theirs = readFigure(benchmarkValue);
  if (!theirs.ok) {
    return fail("value", `The benchmark ${typeof benchmarkValue === "string" ? quote(benchmarkValue) : String(benchmarkValue)} is not a number.`);
  }
  const [a, b] = onCommonScale(ours.value, theirs.value);
  if (relativeDifference(a, b) <= parsedTolerance.value + 1e-12) return ok("Similar");
  return ok(judgeMove<BenchmarkComparison>(a > b, parsedPolarity.value, { better: "Better", worse: "Worse", up: "Higher", down: "Lower" }));
}
