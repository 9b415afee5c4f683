/* Rates per head of population. The JSDoc below is the metadata: the webpack plugin writes functions.json from it
   and appends the CustomFunctions.associate calls, so there is no hand-kept list to drift. */
import { ASCOF, ASCOF_INFO, IMPLIED_POPULATION } from "../engine/rates/ascof";
import { RATE } from "../engine/rates/rate";
import { runDeclared } from "./runner";

/**
 * A rate per head of population: count ÷ population × per, rounded half away from zero. Accepts ranges and spills.
 * @customfunction RATE
 * @param count Number of people or events, e.g. admissions in the year. Text such as "3,382" is read as a number.
 * @param population Population the rate is per, e.g. the ONS mid-year estimate for the age band (87,009).
 * @param [per] Rate base: 100000 (the default) for per 100,000; 10000 for carers per 10,000.
 * @param [decimals] Decimal places to round to: 1 (the default), as ASCOF publishes.
 * @returns The rate, or #DIV/0! for a population of 0 and #VALUE! for text that is not a number.
 */
export function rate(count: unknown[][], population: unknown[][], per: unknown[][] | null, decimals: unknown[][] | null): unknown[][] {
  return runDeclared(RATE, [count, population, per, decimals]);
}

/**
 * An ASCOF measure from its numerator and denominator: per-100,000 measures give a rate to 1 dp; percentages give a fraction to 0.1 percentage point (format as %); survey scores their published places.
 * @customfunction ASCOF
 * @param measure The ASCOF id, read leniently: "2C", "2A(2)", "2A2", "2a2", "2A part 2", "3D part 2a", "ASC 1C part 2A".
 * @param numerator The count, e.g. permanent admissions aged 65+ in the year.
 * @param denominator The population (for rates) or the cohort (for percentages), e.g. the ONS mid-year estimate.
 * @param [framework] "2023-24" (the default), "2024-25" or "2014-22". An id not in that framework resolves in the nearest that has it.
 * @returns The measure's value, one per row.
 */
export function ascof(measure: unknown[][], numerator: unknown[][], denominator: unknown[][], framework: unknown[][] | null): unknown[][] {
  return runDeclared(ASCOF, [measure, numerator, denominator, framework]);
}

/**
 * What an ASCOF measure is: its name, unit, polarity, numerator, denominator, population, matching 2014-22 id, or the source of its definition.
 * @customfunction ASCOFINFO
 * @param measure The ASCOF id, such as "2C", "2A(2)" or "3D(2A)".
 * @param [field] "name" (the default), "unit", "polarity", "numerator", "denominator", "population", "otherid", "id", "framework" or "source".
 * @param [framework] "2023-24" (the default), "2024-25" or "2014-22".
 * @returns The text asked for, one per measure.
 */
export function ascofInfo(measure: unknown[][], field: unknown[][] | null, framework: unknown[][] | null): unknown[][] {
  return runDeclared(ASCOF_INFO, [measure, field, framework]);
}

/**
 * The population a published rate implies: count ÷ rate × per. Shows which denominator a rate used.
 * @customfunction IMPLIEDPOP
 * @param count The count the rate was made from.
 * @param rate The published rate.
 * @param [per] Rate base: 100000 (the default); 10000 for per 10,000.
 * @returns The implied population, one per pair.
 */
export function impliedPop(count: unknown[][], rate: unknown[][], per: unknown[][] | null): unknown[][] {
  return runDeclared(IMPLIED_POPULATION, [count, rate, per]);
}
