/**
 * Year to date from the period columns, by measure type: in-period counts sum; cumulative counts
 * and snapshots take the latest; percentages and averages take the latest or the mean. And the straight-line
 * year-end forecast for an in-period count.
 */
import { isBlankLike, readFigure } from "../core/cellNumber";
import { readArgument } from "../core/arguments";
import { fail, finite, ok, quote, type Result } from "../core/result";

/** Quarters: a year-end forecast's default number of periods in the year. */
export const DEFAULT_PERIODS_IN_YEAR = 4;

export type YtdMethod = "sum" | "latest" | "average" | "min" | "max";

const METHODS: Readonly<Record<string, YtdMethod>> = {
  sum: "sum", total: "sum",
  latest: "latest", last: "latest", snapshot: "latest", cumulative: "latest",
  average: "average", mean: "average",
  min: "min", minimum: "min",
  max: "max", maximum: "max",
};

export function parseYtdMethod(input: unknown): Result<YtdMethod> {
  if (input === null || input === undefined || (typeof input === "string" && input.trim() === "")) return ok("sum");
  const method = typeof input === "string" ? METHODS[input.trim().toLowerCase()] : undefined;
  if (method) return ok(method);
  const shown = typeof input === "string" ? quote(input) : String(input);
  return fail("value", `The method ${shown} is not one of sum, latest, average, min or max.`);
}

/** The figures in the first `count` period cells, skipping blanks and "N/A". */
export function periodFigures(periods: readonly unknown[], count = periods.length): Result<number[]> {
  const figures: number[] = [];
  for (const cell of periods.slice(0, count)) {
    if (isBlankLike(cell)) continue;
    const figure = readFigure(cell);
    if (!figure.ok) return fail("value", `The period value ${typeof cell === "string" ? quote(cell) : String(cell)} is not a number.`);
    figures.push(figure.value.value);
  }
  return ok(figures);
}

export function combine(figures: readonly number[], method: YtdMethod): number {
  switch (method) {
    case "sum":
      return figures.reduce((total, x) => total + x, 0);
    case "latest":
      return figures[figures.length - 1];
    case "average":
      return figures.reduce((total, x) => total + x, 0) / figures.length;
    case "min":
      return figures.reduce((low, x) => Math.min(low, x), Infinity);
    case "max":
      return figures.reduce((high, x) => Math.max(high, x), -Infinity);
  }
}

export function yearToDate(periods: readonly unknown[], method: unknown, periodsReported: unknown): Result<number | ""> {
  const parsedMethod = parseYtdMethod(method);
  if (!parsedMethod.ok) return parsedMethod;
  const count = readArgument(periodsReported, "number of periods reported", { fallback: periods.length });
  if (!count.ok) return count;
  if (!Number.isInteger(count.value) || count.value > periods.length) {
    return fail("value", `The number of periods reported (${count.value}) must be a whole number from 0 to ${periods.length}.`);
  }
  const figures = periodFigures(periods, count.value);
  if (!figures.ok) return figures;
  if (figures.value.length === 0) return ok("");
  return finite(combine(figures.value, parsedMethod.value), "year to date");
}

export function forecastYearEnd(ytd: unknown, periodsElapsed: unknown, periodsInYear: unknown): Result<number | ""> {
  if (isBlankLike(ytd)) return ok("");
  const value = readArgument(ytd, "year-to-date value", { allowNegative: true });
  if (!value.ok) return value;
  const elapsed = readArgument(periodsElapsed, "number of periods elapsed", { allowNegative: true });
  if (!elapsed.ok) return elapsed;
  if (elapsed.value <= 0) return fail("value", `The number of periods elapsed (${elapsed.value}) must be more than 0.`);
  const inYear = readArgument(periodsInYear, "number of periods in the year", { fallback: DEFAULT_PERIODS_IN_YEAR });
  if (!inYear.ok) return inYear;
  if (inYear.value <= 0) return fail("value", `The number of periods in the year (${inYear.value}) must be more than 0.`);
  return finite((value.value / elapsed.value) * inYear.value, "forecast");
}
