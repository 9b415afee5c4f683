/**
 * Rates per head of population: count ÷ population × per, rounded half away from zero as published statistics
 * are (ASCOF rates to 1 decimal place per 100,000; carers per 10,000).
 */
import { readArgument } from "../core/arguments";
import { amountParameter, callDeclared, declareFunction, parameter } from "../core/parameters";
import type { CellInput } from "../core/cellNumber";
import { fail, finite, ok, type Result } from "../core/result";
import { roundHalfAwayFromZero } from "../core/round";

export const DEFAULT_RATE_BASE = 100_000;
export const DEFAULT_RATE_DECIMALS = 1;

const ratePer = amountParameter("per", "rate base (per)", {
  fallback: DEFAULT_RATE_BASE,
  check: (per) => (per === 0 ? fail("value", "The rate base (per) must be more than 0, such as 100000.") : ok(per)),
});

export const RATE = declareFunction(
  "RATE",
  [amountParameter("count", "count"), amountParameter("population", "population"), ratePer, parameter("decimals", (input) => readDecimals(input), DEFAULT_RATE_DECIMALS)],
  (count, population, per, decimals) => {
    if (population === 0) return fail("div0", "The population is 0, so there is no rate.");
    return finite(roundHalfAwayFromZero((count / population) * per, decimals), "rate");
  },
);

export function rate(count: CellInput, population: CellInput, per: CellInput, decimals: CellInput): Result<number> {
  return callDeclared(RATE, [count, population, per, decimals]);
}

/** Decimal places: blank → the published default (1); a whole number from -10 to 15. */
export function readDecimals(input: CellInput, fallback = DEFAULT_RATE_DECIMALS): Result<number> {
  const parsed = readArgument(input, "number of decimal places", { fallback, allowNegative: true });
  if (!parsed.ok) return parsed;
  const places = parsed.value;
  if (!Number.isInteger(places) || places < -10 || places > 15) {
    return fail("value", `The number of decimal places ${places} must be a whole number from -10 to 15.`);
  }
  return ok(places);
}
