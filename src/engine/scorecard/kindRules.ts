/**
 * The rules that depend on a measure's kind, for the planner: which kind a row is, whether it is forecast, and the
 * target it is rated against (its own, or with "rate against the target profiled to date", pro rata).
 */
import { quote } from "../core/result";
import type { CellValue } from "../sheet/workbook";
import { detectMeasureKind, isCount, profiledShare, type MeasureKind } from "./measureKind";
import type { TableSettings } from "./settings";
import { profileTarget } from "./target";
import { DEFAULT_PERIODS_IN_YEAR } from "./ytd";

type Cells = readonly CellValue[];

export const periodsInYear = (table: TableSettings) => Math.max(DEFAULT_PERIODS_IN_YEAR, table.mapping.periods.length);

/** A row's kind: as the analyst set it in the pane (by measure name), else as its name and figures say. */
export function kindOf(table: TableSettings, measure: CellValue, cells: Cells, left: number): MeasureKind {
  const stored = table.kinds && typeof measure === "string" ? table.kinds[measure.trim()] : undefined;
  if (stored) return stored;
  const { mapping } = table;
  const periods: CellValue[] = [];
  for (let i = 0; i < mapping.periods.length; i++) periods.push(cells[mapping.periods[i].column - left] ?? null);
  return detectMeasureKind(measure, periods, mapping.ytd ? (cells[mapping.ytd.column - left] ?? null) : null);
}

/** Forecasts fit counts only: another kind is rated on its year to date (or latest) as it stands, and says so. */
export const forecastsFor = (table: TableSettings, kind: MeasureKind) => table.rules.rate === "forecast" && isCount(kind);

/**
 * The target a row is rated against: the cell as it is, or with "rate against the target profiled to date" on, a
 * count's annual target pro rata to the periods reported, said in the explanation.
 */
export function targetFor(table: TableSettings, kind: MeasureKind, cell: CellValue, elapsed: number): { value: CellValue; profiled: boolean; note: string | null } {
  const { rules } = table;
  const yearToDate = rules.rate === "ytd" || (rules.rate === "latest" && kind === "countCumulative");
  if (!rules.profileTarget || !isCount(kind) || !yearToDate || elapsed === 0) return { value: cell, profiled: false, note: null };
  const inYear = periodsInYear(table);
  const profiled = profileTarget(cell, profiledShare(elapsed, inYear));
  if (profiled === null) return { value: cell, profiled: false, note: null };
  return { value: profiled, profiled: true, note: `The annual target ${quote(String(cell))} is profiled to ${elapsed} of ${inYear} periods: ${profiled}.` };
}

