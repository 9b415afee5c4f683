/* Scorecard formulas. The JSDoc below is the metadata Excel shows in its formula tooltips: the webpack plugin
   writes functions.json from it and appends the CustomFunctions.associate calls. */
import { BENCHMARK } from "../engine/scorecard/benchmark";
import { NUMBER } from "../engine/core/number";
import { EXPLAIN } from "../engine/scorecard/explain";
import { RAG } from "../engine/scorecard/ragGrid";
import { TREND } from "../engine/scorecard/trend";
import { FORECAST, YEAR_TO_DATE } from "../engine/scorecard/ytd";
import { runDeclared, runDeclaredWithBlanks } from "./runner";

/**
 * The number in a cell as councils type it: "86.90%" → 0.869, "3,382" → 3382, "<30" → 30, "50% (89%)" → 0.5.
 * @customfunction NUMBER
 * @param value Cell or range to read. Blank, "N/A" or "-" gives #N/A; text that is not a number gives #VALUE!.
 * @returns The number, one per cell.
 */
export function number(value: unknown[][]): unknown[][] {
  return runDeclared(NUMBER, [value]);
}

/**
 * RAG rating against a target: "Green", "Amber", "Red", or "" where there is nothing to rate.
 * @customfunction RAG
 * @requiresParameterAddresses
 * @param value The figure to rate, e.g. the year to date. Text such as "86.90%" is read as a number.
 * @param target The target as written: 530, "<530", "87%", or a range "80%–90%". A blank target gives "".
 * @param [polarity] "High is good" or "Low is good" (also "Higher is better", "↑", "n/a"). Blank: taken from the target's < or >.
 * @param [tolerance] How far from the target is still Amber, relative to it: 0.05 or "5%" (the default).
 * @returns Green, Amber, Red or "", one per value.
 */
export function rag(value: unknown[][], target: unknown[][], polarity: unknown[][] | null, tolerance: unknown[][] | null, invocation?: CustomFunctions.Invocation): Promise<unknown[][]> {
  return runDeclaredWithBlanks(RAG, [value, target, polarity, tolerance], invocation);
}

/**
 * One sentence explaining a RAG rating, starting with it: "Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%)."
 * @customfunction EXPLAIN
 * @requiresParameterAddresses
 * @param value The figure that was rated.
 * @param target The target as written: 530, "<530", "87%", or "80%–90%".
 * @param [polarity] "High is good" or "Low is good"; blank: taken from the target's < or >.
 * @param [tolerance] How far from the target is still Amber: 0.05 or "5%" (the default).
 * @param [valueFormat] The value cell's number format, e.g. "0.0%": a number in a percentage format is worded as shown (55.5%, not 0.555); default "", worded as it is.
 * @param [targetFormat] The target cell's number format, likewise; default "", worded as it is.
 * @returns The explanation, one per value.
 */
export function explain(
  value: unknown[][],
  target: unknown[][],
  polarity: unknown[][] | null,
  tolerance: unknown[][] | null,
  valueFormat: unknown[][] | null,
  targetFormat: unknown[][] | null,
  invocation?: CustomFunctions.Invocation,
): Promise<unknown[][]> {
  return runDeclaredWithBlanks(EXPLAIN, [value, target, polarity, tolerance, valueFormat, targetFormat], invocation);
}

/**
 * Direction of travel from the previous figure: "Improving", "Worsening" or "No change"; "Up" or "Down" where polarity is n/a or blank.
 * @customfunction TREND
 * @requiresParameterAddresses
 * @param current This period's figure.
 * @param previous The previous period's figure (or the same period last year).
 * @param [polarity] "High is good" or "Low is good"; "n/a" or blank gives Up or Down.
 * @param [threshold] A change smaller than this, relative to the previous figure, is "No change": 0.01 or "1%". Default 0: any change counts.
 * @returns The direction, one per pair of figures; "" where either is blank.
 */
export function trend(current: unknown[][], previous: unknown[][], polarity: unknown[][] | null, threshold: unknown[][] | null, invocation?: CustomFunctions.Invocation): Promise<unknown[][]> {
  return runDeclaredWithBlanks(TREND, [current, previous, polarity, threshold], invocation);
}

/**
 * Comparison with a benchmark such as the regional or England average: "Better", "Similar" or "Worse" ("Higher", "Similar", "Lower" without polarity).
 * @customfunction BENCHMARK
 * @requiresParameterAddresses
 * @param value Our figure.
 * @param benchmark The benchmark figure, e.g. the NW or national average.
 * @param [polarity] "High is good" or "Low is good"; blank or "n/a" gives Higher or Lower.
 * @param [tolerance] Within this of the benchmark, relative to it, is "Similar": 0.05 or "5%" (the default).
 * @returns The comparison, one per value; "" where either figure is blank.
 */
export function benchmark(value: unknown[][], benchmark: unknown[][], polarity: unknown[][] | null, tolerance: unknown[][] | null, invocation?: CustomFunctions.Invocation): Promise<unknown[][]> {
  return runDeclaredWithBlanks(BENCHMARK, [value, benchmark, polarity, tolerance], invocation);
}

/**
 * Year to date from period figures, one result per row: sum (in-period counts), latest (cumulative counts, snapshots), average, min or max.
 * @customfunction YTD
 * @param periods The period figures, one row per measure (e.g. the Quarter 1 to Quarter 4 columns). Blank and "N/A" are skipped.
 * @param [method] "sum" (the default), "latest", "average", "min" or "max"; one for all rows, or one per row.
 * @param [periodsReported] Count only the first N periods. Excel desktop sends an empty cell as 0, so give this to stop a blank Q4 counting as 0.
 * @returns The year to date for each row; "" where a row has no figures.
 */
export function ytd(periods: unknown[][], method: unknown[][] | null, periodsReported: unknown[][] | null): unknown[][] {
  return runDeclared(YEAR_TO_DATE, [periods, method, periodsReported]);
}

/**
 * Year-end forecast for an in-period count: year to date ÷ periods elapsed × periods in the year.
 * @customfunction FORECAST
 * @param ytd The year-to-date figure.
 * @param periodsElapsed Periods reported so far, e.g. 3 after Quarter 3.
 * @param [periodsInYear] Periods in the year: 4 (the default) for quarters, 12 for months.
 * @returns The forecast, one per year-to-date figure; "" where it is blank.
 */
export function forecast(ytd: unknown[][], periodsElapsed: unknown[][], periodsInYear: unknown[][] | null): unknown[][] {
  return runDeclared(FORECAST, [ytd, periodsElapsed, periodsInYear]);
}
