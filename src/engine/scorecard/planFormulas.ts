/**
 * Formula mode's output cells: live SCORECARD formulas in place of the values the planner works out, so Excel
 * recalculates them itself; each formula reads the same cells the value mode reads.
 */
import { cellAddress } from "../sheet/address";
import { isPercentFormat } from "../core/findings";
import type { ColumnMatch } from "../sheet/table";
import type { CellValue, SheetData } from "../sheet/workbook";
import type { TableSettings } from "./settings";
import type { MeasureKind } from "./measureKind";
import type { PlanWriter } from "./planWriter";
import { ratedFigureFormula, type PeriodsSoFar } from "./ratedFigure";

/**
 * Formula mode: live SCORECARD formulas in the output columns, so Excel recalculates them itself. Says whether the
 * rating cell's formula changed.
 */
export function writeFormulas(table: TableSettings, row: number, runningTotal: readonly number[] | null, periods: PeriodsSoFar, writer: PlanWriter, kind: MeasureKind, profiled: CellValue, percent: ShownAsPercent): boolean {
  const { mapping, rules } = table;
  const figure = ratedFigureFormula(row, table, kind);
  // A profiled target is written as its text ("<397.5"): it moves on when the next quarter's refresh plans again.
  const target = typeof profiled === "string" ? `"${profiled}"` : mapping.target ? cellAddress(row, mapping.target.column) : '""';
  const polarity = mapping.polarity ? cellAddress(row, mapping.polarity.column) : '""';
  const tolerance = String(rules.tolerance);
  const ratingChanged = writer.setFormula(row, rules.outputs.rag, `=SCORECARD.RAG(${figure},${target},${polarity},${tolerance})`);
  if (rules.outputs.direction !== undefined) {
    const { latest, previous } = periods;
    writer.setFormula(row, rules.outputs.direction, runningTotal ? runningTotalTrend(row, runningTotal, polarity) : latest && previous ? `=SCORECARD.TREND(${cellAddress(row, latest.column)},${cellAddress(row, previous.column)},${polarity})` : '=""');
  }
  const benchmarkColumn = rules.benchmarkColumns[0];
  if (rules.outputs.vsBenchmark !== undefined) {
    if (benchmarkColumn === undefined) writer.setValue(row, rules.outputs.vsBenchmark, "");
    else writer.setFormula(row, rules.outputs.vsBenchmark, `=SCORECARD.BENCHMARK(${figure},${cellAddress(row, benchmarkColumn)},${polarity},${tolerance})`);
  }
  if (rules.outputs.explanation !== undefined) {
    // A percentage cell reaches a function as its number (0.555): "%" tells EXPLAIN to word it as shown (55.5%).
    const formats = percent.value || percent.target ? `,${percent.value ? '"%"' : '""'},${percent.target ? '"%"' : '""'}` : "";
    writer.setFormula(row, rules.outputs.explanation, `=SCORECARD.EXPLAIN(${figure},${target},${polarity},${tolerance}${formats})`);
  }
  return ratingChanged;
}

export interface ShownAsPercent {
  readonly value: boolean;
  readonly target: boolean;
}

/** Whether the rated figure's cell and the target's show their numbers as percentages (0.555 formatted 0.0%). */
export function shownAsPercent(sheet: SheetData, row: number, table: TableSettings, periods: PeriodsSoFar): ShownAsPercent {
  const { mapping, rules } = table;
  const formats = sheet.numberFormats[row - sheet.top];
  const source = rules.rate === "forecast" || (rules.rate === "ytd" && mapping.ytd) ? mapping.ytd : periods.latest;
  const shows = (match: ColumnMatch | null | undefined) => (match ? isPercentFormat(formats?.[match.column - sheet.left]) : false);
  return { value: shows(source), target: shows(mapping.target) };
}

/** A running total's trend as a formula: the latest period's own figure against the one before's. */
function runningTotalTrend(row: number, columns: readonly number[], polarity: string): string {
  const at = (i: number) => cellAddress(row, columns[i]);
  const n = columns.length;
  const previous = n > 2 ? `${at(n - 2)}-${at(n - 3)}` : at(0);
  return `=SCORECARD.TREND(${at(n - 1)}-${at(n - 2)},${previous},${polarity})`;
}
