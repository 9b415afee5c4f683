/**
 * The figure a measure row is rated on, as the planner reads it (the latest period's, the year to date, or the
 * year-end forecast, as the table's rules and the measure's kind say), and the formula that computes the same
 * figure in formula mode: the two kept side by side so they say the same.
 */
import { cellAddress } from "../sheet/address";
import { isBlankLike } from "../core/cellNumber";
import type { EngineError } from "../core/result";
import type { ColumnMatch } from "../sheet/table";
import type { CellValue } from "../sheet/workbook";
import type { TableSettings } from "./settings";
import { DEFAULT_PERIODS_IN_YEAR, forecastYearEnd } from "./ytd";
import { isCount, type MeasureKind } from "./measureKind";
import { forecastsFor } from "./kindRules";

type Cells = readonly CellValue[];

/** Where a row's periods stand: the latest and the one before it that have figures, and how many have. */
export interface PeriodsSoFar {
  readonly latest: ColumnMatch | null;
  readonly previous: ColumnMatch | null;
  readonly elapsed: number;
}

export function periodsSoFar(cells: Cells, periods: readonly ColumnMatch[], left: number): PeriodsSoFar {
  let latest: ColumnMatch | null = null;
  let previous: ColumnMatch | null = null;
  let elapsed = 0;
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i];
    if (isBlankLike(cells[period.column - left])) continue;
    previous = latest;
    latest = period;
    elapsed++;
  }
  return { latest, previous, elapsed };
}

/** The figure the rules rate, as a cell value; a forecast that cannot be made says why. */
export function ratedFigure(cells: Cells, periods: PeriodsSoFar, table: TableSettings, left: number, kind: MeasureKind): { value: unknown; problem?: EngineError } {
  const { mapping, rules } = table;
  if ((rules.rate === "ytd" || (rules.rate === "forecast" && !isCount(kind))) && mapping.ytd) return { value: cells[mapping.ytd.column - left] };
  if (forecastsFor(table, kind)) {
    const ytd = mapping.ytd ? cells[mapping.ytd.column - left] : null;
    const forecast = periods.elapsed > 0 && !isBlankLike(ytd) ? forecastYearEnd(ytd, periods.elapsed, Math.max(DEFAULT_PERIODS_IN_YEAR, mapping.periods.length)) : null;
    // A forecast that cannot be made is that, not "no value": the reason goes in the explanation.
    if (forecast && !forecast.ok) return { value: null, problem: forecast.error };
    return { value: forecast ? forecast.value : null };
  }
  return { value: periods.latest ? cells[periods.latest.column - left] : null };
}

/** The formula that computes the rated figure, for formula mode. */
export function ratedFigureFormula(row: number, table: TableSettings, kind: MeasureKind): string {
  const { mapping, rules } = table;
  const ref = (m: ColumnMatch) => cellAddress(row, m.column);
  const periodsRef = mapping.periods.length > 0 ? `${ref(mapping.periods[0])}:${ref(mapping.periods[mapping.periods.length - 1])}` : null;
  if ((rules.rate === "ytd" || (rules.rate === "forecast" && !isCount(kind))) && mapping.ytd) return ref(mapping.ytd);
  if (forecastsFor(table, kind)) {
    return mapping.ytd && periodsRef ? `SCORECARD.FORECAST(${ref(mapping.ytd)},COUNTA(${periodsRef}),${Math.max(DEFAULT_PERIODS_IN_YEAR, mapping.periods.length)})` : '""';
  }
  return periodsRef ? `SCORECARD.YTD(${periodsRef},"latest")` : '""';
}
