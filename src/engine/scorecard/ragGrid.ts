/**
 * RAG over whole ranges in one call. With one target, polarity and tolerance for the whole range (the usual
 * `=SCORECARD.RAG(K6:K60, "<530", "Low is good")`), the rule is read once and numbers take an allocation-free
 * path; otherwise each distinct rule is read once and cached.
 */
import { mapGrids, shapeOf, type Grid } from "../sheet/grid";
import { excelErrorIn, isBlankLike, readFigure } from "../core/cellNumber";
import { assess, compileRating, onTargetScale, plainOnPercentScale, prepareRule, rateNumber, RULE_PARAMETERS, ruleOf, type RagRule, type Rating } from "./rag";
import { cellParameter, declareFunction } from "../core/parameters";
import { ok, type EngineError, type Result } from "../core/result";


const isSingle = (grid: Grid<unknown> | null | undefined) => {
  const shape = shapeOf(grid);
  return shape.rows === 1 && shape.columns === 1;
};
const only = (grid: Grid<unknown> | null | undefined): unknown => (grid && grid[0] ? grid[0][0] : null);

function rateCell<E>(value: unknown, rule: RagRule, onError: (error: EngineError) => E): Rating | E {
  const target = rule.target;
  if (typeof value === "number" && target && rule.noRatingReason === null && Number.isFinite(value)) {
    // onTargetScale for a plain number: only a "%" target rescales it (74.8 → 74.8%).
    return rateNumber(target.percent ? plainOnPercentScale(value) : value, rule);
  }
  const assessment = assess(value, rule);
  return assessment.ok ? assessment.value.rating : onError(assessment.error);
}

/** Ratings for every value; `onError` turns a cell's error into what the caller shows (an Excel error). */
export function ragGrid<E>(
  values: Grid<unknown>,
  target: Grid<unknown> | null | undefined,
  polarity: Grid<unknown> | null | undefined,
  tolerance: Grid<unknown> | null | undefined,
  onError: (error: EngineError) => E,
): Result<(Rating | E)[][]> {
  if (isSingle(target) && isSingle(polarity) && isSingle(tolerance)) {
    const rule = prepareRule(only(target), only(polarity), only(tolerance));
    if (!rule.ok) return rule;
    const rate = compileRating(rule.value);
    const ruleTarget = rule.value.target;
    const percentTarget = ruleTarget?.percent === true;
    const rateOne = (value: unknown): Rating | E => {
      if (typeof value === "number" && value - value === 0) return rate(percentTarget ? plainOnPercentScale(value) : value);
      // Text that reads as a figure ("86.90%", "1,024"): each distinct text is parsed once (readFigure's memo).
      if (typeof value === "string" && ruleTarget && !isBlankLike(value) && excelErrorIn(value) === null) {
        const figure = readFigure(value);
        if (figure.ok) return rate(onTargetScale(figure.value.value, figure.value.percent, ruleTarget));
      }
      return rateCell(value, rule.value, onError);
    };
    const output = new Array<(Rating | E)[]>(values.length);
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      // A column (the usual range) is one cell a row: an array literal is the cheapest row there is.
      if (row.length === 1) {
        output[r] = [rateOne(row[0])];
        continue;
      }
      const outRow = new Array<Rating | E>(row.length);
      for (let c = 0; c < row.length; c++) outRow[c] = rateOne(row[c]);
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
      return rule.ok ? rateCell(value, rule.value, onError) : onError(rule.error);
    },
  );
}

/** RAG as Excel calls it: cell by cell for the planner and tests, and `ragGrid` for a whole call. */
export const RAG = declareFunction(
  "RAG",
  [cellParameter("value"), ...RULE_PARAMETERS],
  (value, target, polarity, tolerance): Result<Rating> => {
    const assessment = assess(value, ruleOf(target, polarity, tolerance));
    return assessment.ok ? ok(assessment.value.rating) : assessment;
  },
  { wholeRange: (inputs, onError) => ragGrid(inputs[0] ?? [[null]], inputs[1], inputs[2], inputs[3], onError) },
);
