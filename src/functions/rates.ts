/* Rates per head of population. The JSDoc below is the metadata: the webpack plugin writes functions.json from it
   and appends the CustomFunctions.associate calls, so there is no hand-kept list to drift. */
import { rate as rateOf } from "../engine/rate";
import { spill } from "./excelResults";

/**
 * A rate per head of population: count ÷ population × per, rounded half away from zero. Accepts ranges and spills.
 * @customfunction RATE
 * @param count Number of people or events, e.g. admissions in the year. Text such as "3,382" is read as a number.
 * @param population Population the rate is per, e.g. the ONS mid-year estimate for the age band (87,009).
 * @param [per] Rate base: 100000 (the default) for per 100,000; 10000 for carers per 10,000.
 * @param [decimals] Decimal places to round to: 1 (the default), as ASCOF publishes.
 * @returns The rate, or #DIV/0! for a population of 0 and #VALUE! for text that is not a number.
 */
export function rate(count: unknown[][], population: unknown[][], per?: unknown[][], decimals?: unknown[][]): unknown[][] {
  return spill(
    [
      { name: "count", grid: count },
      { name: "population", grid: population },
      { name: "per", grid: per },
      { name: "decimals", grid: decimals },
    ],
    ([c, p, base, places]) => rateOf(c, p, base, places),
  );
}
