/**
 * RAG over whole ranges in one call. With one target, polarity and tolerance for the whole range (the usual
 * `=SCORECARD.RAG(K6:K60, "<530", "Low is good")`), the rule is read once and numbers take an allocation-free
 * path; otherwise each distinct rule is read once and cached.
 */
import { mapGrids, shapeOf, type Grid } from "./grid";
import { assess, onTargetScale, prepareRule, rateNumber, type RagRule, type Rating } from "./rag";
import { ok, type EngineError, type Result } from "./result";

export type RatingCell = Rating | EngineError;

const isSingle = (grid: Grid<unknown> | null | undefined) => {
  const shape = shapeOf(grid);
  return shape.rows === 1 && shape.columns === 1;
};
const only = (grid: Grid<unknown> | null | undefined): unknown => (grid && grid[0] ? grid[0][0] : null);

function rateCell(value: unknown, rule: RagRule): RatingCell {
  if (typeof value === "number" && rule.target && rule.noRatingReason === null && Number.isFinite(value)) {
    return rateNumber(onTargetScale(value, false, rule.target), rule);
  }
  const assessment = assess(value, rule);
  return assessment.ok ? assessment.value.rating : assessment.error;
}

export function ragGrid(
  values: Grid<unknown>,
  target: Grid<unknown> | null | undefined,
  polarity: Grid<unknown> | null | undefined,
  tolerance: Grid<unknown> | null | undefined,
): Result<RatingCell[][]> {
  if (isSingle(target) && isSingle(polarity) && isSingle(tolerance)) {
    const rule = prepareRule(only(target), only(polarity), only(tolerance));
    if (!rule.ok) return rule;
    const output: RatingCell[][] = new Array<RatingCell[]>(values.length);
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      const outRow: RatingCell[] = new Array<RatingCell>(row.length);
      for (let c = 0; c < row.length; c++) outRow[c] = rateCell(row[c], rule.value);
      output[r] = outRow;
    }
    return ok(output);
  }
  const rules = new Map<string, Result<RagRule>>();
  return mapGrids(
    [
      { name: "value", grid: values },
      { name: "target", grid: target },
      { name: "polarity", grid: polarity },
      { name: "tolerance", grid: tolerance },
    ],
    ([value, t, p, tol]) => {
      const key = `${typeof t}:${String(t)}\u0000${typeof p}:${String(p)}\u0000${typeof tol}:${String(tol)}`;
      let rule = rules.get(key);
      if (!rule) {
        rule = prepareRule(t, p, tol);
        rules.set(key, rule);
      }
      return rule.ok ? rateCell(value, rule.value) : rule.error;
    },
  );
}
