/**
 * A direction of travel where the sheet has no earlier period's figure: the first quarter typed into a new year's
 * sheet, whose last quarter is only in the history. The caller looks the figure up (the app reads the "Scorecard
 * history" sheet); the planner never reads the history itself.
 */
import { readFigure } from "../core/cellNumber";
import type { CellValue } from "../sheet/workbook";
import type { Movement } from "./explain";
import { isCount, type MeasureKind } from "./measureKind";
import type { TableSettings } from "./settings";

/** The measure's last figure recorded in a period before the table's own, and that period ("Q4 2021/22"). */
export type EarlierFigure = (table: TableSettings, measure: string) => { readonly figure: CellValue; readonly period: string } | undefined;

export interface EarlierComparison {
  /** The recorded figure as the sheet shows its figures: a fraction becomes "12%" beside a percentage. */
  readonly figure: CellValue;
  readonly movement: Movement;
}

/**
 * The recorded figure to compare the latest period's with, or null where none fits. The history records the figure
 * the rules rate: the year to date where the table rates it, which a count's quarter cannot be compared with, so a
 * count is compared only where the table rates its latest period; a running total never (its quarter's own figure
 * is not what was recorded). A recorded figure that does not read is no comparison, not an error on this sheet.
 */
export function earlierComparison(lookup: EarlierFigure, table: TableSettings, measure: string, latestHeader: string, latestCell: CellValue, kind: MeasureKind): EarlierComparison | null {
  if (kind === "countCumulative") return null;
  if (isCount(kind) && table.mapping.ytd && table.rules.rate !== "latest") return null;
  const recorded = lookup(table, measure);
  if (!recorded) return null;
  const before = readFigure(recorded.figure);
  const now = readFigure(latestCell);
  if (!before.ok || !now.ok) return null;
  // The history keeps a cell's number (0.12); the planner reads a percentage-formatted cell as shown ("5%"), so the
  // number is compared as the percentage it was shown as. (0.12 × 100 is 12.000000000000002: rounded to 12 figures.)
  const asPercent = now.value.percent && !before.value.percent && typeof recorded.figure === "number";
  const percent = before.value.percent || asPercent;
  return {
    figure: asPercent ? `${Number((before.value.value * 100).toPrecision(12))}%` : recorded.figure,
    movement: {
      previous: { period: recorded.period, value: before.value.value, percent },
      latest: { period: latestHeader.trim(), value: now.value.value, percent: now.value.percent },
      runningTotal: false,
    },
  };
}
