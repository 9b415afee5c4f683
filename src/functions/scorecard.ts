/* Scorecard formulas. The JSDoc below is the metadata Excel shows in its formula tooltips: the webpack plugin
   writes functions.json from it and appends the CustomFunctions.associate calls. */
import { benchmark as compareWithBenchmark } from "../engine/scorecard/benchmark";
import { readNumber } from "../engine/core/cellNumber";
import { explain as explainOne } from "../engine/scorecard/explain";
import { ragGrid } from "../engine/scorecard/ragGrid";
import { trend as trendOf } from "../engine/scorecard/trend";
import { forecastYearEnd, yearToDate } from "../engine/scorecard/ytd";
import { officeEmptyCellReader } from "../adapters/office/emptyCells";
import { errorsAsText, restoreBlanks, type ArgumentGrid, type InvocationAddresses } from "./excelInputs";
import { named, spill, toExcelError } from "./excelResults";

type Spilled = unknown[][];

/**
 * Runs `compute` on the arguments with error cells as their text and, where an older Excel desktop sent an empty
 * cell as 0, that cell blank again. Asynchronous (Promise) because that look-up is, though it happens only when a
 * 0 arrives with an address to check; the metadata generator reads a Promise's dimensionality, not a union's.
 */
async function withCellsAsTyped(args: readonly ArgumentGrid[], invocation: InvocationAddresses | null | undefined, compute: (args: readonly ArgumentGrid[]) => Spilled): Promise<Spilled> {
  return compute(await restoreBlanks(args.map(errorsAsText), invocation, officeEmptyCellReader()));
}

/**
 * The number in a cell as councils type it: "86.90%" → 0.869, "3,382" → 3382, "<30" → 30, "50% (89%)" → 0.5.
 * @customfunction NUMBER
 * @param value Cell or range to read. Blank, "N/A" or "-" gives #N/A; text that is not a number gives #VALUE!.
 * @returns The number, one per cell.
 */
export function number(value: unknown[][]): unknown[][] {
  return spill(named({ value }), ([cell]) => readNumber(cell));
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
  return withCellsAsTyped([value, target, polarity, tolerance], invocation, ([v, t, p, tol]) => {
    const ratings = ragGrid(v ?? [[null]], t, p, tol, toExcelError);
    return ratings.ok ? ratings.value : [[toExcelError(ratings.error)]];
  });
}

/**
 * One sentence explaining a RAG rating, starting with it: "Amber: 545 is 2.8% above the target of below 530 (low is good; tolerance 5%)."
 * @customfunction EXPLAIN
 * @requiresParameterAddresses
 * @param value The figure that was rated.
 * @param target The target as written: 530, "<530", "87%", or "80%–90%".
 * @param [polarity] "High is good" or "Low is good"; blank: taken from the target's < or >.
 * @param [tolerance] How far from the target is still Amber: 0.05 or "5%" (the default).
 * @returns The explanation, one per value.
 */
export function explain(value: unknown[][], target: unknown[][], polarity: unknown[][] | null, tolerance: unknown[][] | null, invocation?: CustomFunctions.Invocation): Promise<unknown[][]> {
  return withCellsAsTyped([value, target, polarity, tolerance], invocation, ([v, t, p, tol]) =>
    spill(named({ value: v, target: t, polarity: p, tolerance: tol }), ([vc, tc, pc, tolc]) => explainOne(vc, tc, pc, tolc)),
  );
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
  return withCellsAsTyped([current, previous, polarity, threshold], invocation, ([c, p, pol, t]) =>
    spill(named({ current: c, previous: p, polarity: pol, threshold: t }), ([cc, pc, polc, tc]) => trendOf(cc, pc, polc, tc)),
  );
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
  return withCellsAsTyped([value, benchmark, polarity, tolerance], invocation, ([v, b, p, t]) =>
    spill(named({ value: v, benchmark: b, polarity: p, tolerance: t }), ([vc, bc, pc, tc]) => compareWithBenchmark(vc, bc, pc, tc)),
  );
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
  const rows = periods.map((row) => [row]);
  return spill(
    [
      { name: "periods", grid: rows },
      { name: "method", grid: method },
      { name: "periodsReported", grid: periodsReported },
    ],
    ([row, m, n]) => yearToDate(row as unknown[], m, n),
  );
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
  return spill(
    named({ ytd, periodsElapsed, periodsInYear }),
    ([y, e, n]) => forecastYearEnd(y, e, n),
  );
}
