/**
 * Whole-column references: =SCORECARD.RAG(K:K, "<530") hands the function 1,048,576 rows. Every spilling path
 * must return a full spill, not "Maximum call stack size exceeded" (spreading that many rows into Math.max did).
 */
import { installCustomFunctions, shown } from "../../test/helpers/customFunctionsRuntime";
import { shapeOf } from "../engine/sheet/grid";

installCustomFunctions();
const scorecard = require("./scorecard") as typeof import("./scorecard");
const dates = require("./dates") as typeof import("./dates");

const ROWS = 1_048_576;
// Crash tests, not speed tests (the bench measures speed): a million cells a call takes seconds on a slow runner.
jest.setTimeout(60_000);
/** K:K as Excel sends it: the scorecard's figures at the top, then empty cells (null on the web). */
const wholeColumn = (top: unknown[]): unknown[][] => Array.from({ length: ROWS }, (_, r) => [r < top.length ? top[r] : null]);

describe("whole-column ranges (1,048,576 rows)", () => {
  it("the shape of a whole column is measured without spreading it", () => {
    expect(shapeOf(wholeColumn([438]))).toEqual({ rows: ROWS, columns: 1 });
  });

  it("RAG spills one rating per row: the fast path", async () => {
    const ratings = await scorecard.rag(wholeColumn([438, 545, "600", "N/A"]), [["<530"]], [["Low is good"]], null);
    expect(ratings).toHaveLength(ROWS);
    expect(ratings.slice(0, 5).map((row) => shown(row[0]))).toEqual(["Green", "Amber", "Red", "", ""]);
    expect(shown(ratings[ROWS - 1][0])).toBe("");
  });

  it("RAG with a target per row (the general path) and TREND over two whole columns", async () => {
    const targets = wholeColumn(["<530", "<30"]);
    const ratings = await scorecard.rag(wholeColumn([438, 18]), targets, null, null);
    expect(ratings).toHaveLength(ROWS);
    expect(ratings.slice(0, 2).map((row) => shown(row[0]))).toEqual(["Green", "Green"]);
    const trends = await scorecard.trend(wholeColumn([18]), wholeColumn([15]), [["Low is good"]], null);
    expect(trends).toHaveLength(ROWS);
    expect(shown(trends[0][0])).toBe("Worsening");
  });

  it("NUMBER and FINYEAR spill over a whole column too", () => {
    const numbers = scorecard.number(wholeColumn(["86.90%"]));
    expect(numbers).toHaveLength(ROWS);
    expect(numbers[0][0]).toBe(0.869);
    expect(dates.finYear(wholeColumn([44696]))).toHaveLength(ROWS);
  });
});
