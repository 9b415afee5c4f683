/**
 * Year to date from the period columns, by measure type: in-period counts sum; cumulative counts
 * and snapshots take the latest; percentages and averages take the latest or the mean. And the straight-line
 * year-end forecast for an in-period count.
 */
import { isBlankLike, readFigure } from "../core/cellNumber";
import { readArgument } from "../core/arguments";
import { amountParameter, callDeclared, cellParameter, declareFunction, parameter, rowParameter } from "../core/parameters";
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

export const YEAR_TO_DATE = declareFunction(
  "YTD",
  // How many periods count depends on the row's length, so that one is read here.
  [rowParameter("periods"), parameter("method", parseYtdMethod, "sum"), cellParameter("periodsReported")],
  (periods, method, periodsReported): Result<number | ""> => {
    const count = readArgument(periodsReported, "number of periods reported", { fallback: periods.length });
    if (!count.ok) return count;
    if (!Number.isInteger(count.value) || count.value > periods.length) {
      return fail("value", `The number of periods reported (${count.value}) must be a whole number from 0 to ${periods.length}.`);
    }
    const figures = periodFigures(periods, count.value);
    if (!figures.ok) return figures;
    if (figures.value.length === 0) return ok("");
    return finite(combine(figures.value, method), "year to date");
  },
);

export function yearToDate(periods: readonly unknown[], method: unknown, periodsReported: unknown): Result<number | ""> {
  return callDeclared(YEAR_TO_DATE, [periods, method, periodsReported]);
}

const mustBePositive = (label: string) => (value: number) => (value > 0 ? ok(value) : fail<number>("value", `The ${label} (${value}) must be more than 0.`));

export const FORECAST = declareFunction(
  "FORECAST",
  [
    amountParameter("ytd", "year-to-date value", { allowNegative: true }),
    amountParameter("periodsElapsed", "number of periods elapsed", { allowNegative: true, check: mustBePositive("number of periods elapsed") }),
    amountParameter("periodsInYear", "number of periods in the year", { fallback: DEFAULT_PERIODS_IN_YEAR, check: mustBePositive("number of periods in the year") }),
  ],
  (ytd, elapsed, inYear): Result<number | ""> => finite((ytd / elapsed) * inYear, "forecast"),
  // A blank year to date has no forecast (""), whatever the other arguments say.
  { whenBlank: { parameter: 0, result: "" } },
);

export function forecastYearEnd(ytd: unknown, periodsElapsed: unknown, periodsInYear: unknown): Result<number | ""> {
  return callDeclared(FORECAST, [ytd, periodsElapsed, periodsInYear]);
}
