/**
 * The planner: a scorecard table and its settings in, the list of cell changes out. Pure, so the pane can show
 * the plan before anything is written, the CLI can print it, and tests can check it. It only ever plans writes to
 * the table's output columns, and only where the new content differs, so a second refresh plans nothing.
 */
import { cellAddress, sheetCellAddress } from "../sheet/address";
import { benchmark } from "./benchmark";
import { isBlankLike, readFigure } from "../core/cellNumber";
import type { Finding } from "../core/findings";
import { classifyRows } from "./detect";
import type { ColumnMatch } from "../sheet/table";
import { ratingOf, type RagRule, type Rating } from "./rag";
import { fail, ok, quote, type Result } from "../core/result";
import { OUTPUT_HEADERS, inputColumns, type OutputKind, type TableSettings } from "./settings";
import { parseTolerance } from "../core/tolerance";
import { TREND, trend, type Trend } from "./trend";
import type { CellChange, CellRange, CellValue, HeaderGuard, SheetData, TextFillRule } from "../sheet/workbook";
import { inPeriodFigures, saysRunningTotal, type InPeriodFigures } from "./cumulative";
import type { Movement } from "./explain";
import { PlanWriter, PlannedRow, text, type ChangeDescription, type FormulasOverwritten, type MergedRatingCell, type RowOutcome } from "./planWriter";
import { tableFindings, type LabelCheck } from "./planFindings";
import { isCount, noForecastNote, type MeasureKind } from "./measureKind";
import { kindOf, targetFor } from "./kindRules";
import { isTargetNotSet } from "./target";
import { earlierComparison, type EarlierFigure } from "./earlierFigure";
import { periodsSoFar, ratedFigure } from "./ratedFigure";
import { shownAsPercent, writeFormulas } from "./planFormulas";

export type { ChangeDescription, FormulasOverwritten, MergedRatingCell, RowOutcome };

export interface TablePlan {
  readonly table: TableSettings;
  readonly changes: readonly CellChange[];
  readonly described: readonly ChangeDescription[];
  readonly allowed: readonly CellRange[];
  readonly fills: readonly TextFillRule[];
  readonly outcomes: readonly RowOutcome[];
  /** The outcomes whose rating cell the plan changes to a different rating, in row order. */
  readonly ratingsChanged: readonly RowOutcome[];
  /**
   * What the planner could not work out and what the data checks find, row by row. The checks run when this is first
   * read (the pane's summary, the CLI's `check`), not for a refresh that only writes the ratings.
   */
  readonly findings: readonly Finding[];
  /** The changes that write over the workbook's own formulas (not the add-in's SCORECARD ones): said before applying. */
  readonly formulasOverwritten: FormulasOverwritten;
  /** Each output column's header, which checkPlan requires to be there when the plan is written. */
  readonly headers: readonly HeaderGuard[];
  /** Measure rows whose rating cell is inside merged cells: not rated, each said with what to do. */
  readonly mergedRatingCells: readonly MergedRatingCell[];
}

/** The header an output column has: the mapped column's own ("Status"), or the one the add-in gives a new column. */
function outputHeader(table: TableSettings, kind: OutputKind, column: number): string {
  const mapped = table.mapping[kind];
  return mapped && mapped.column === column ? mapped.header : OUTPUT_HEADERS[kind];
}

const FILLS: ReadonlyArray<readonly [string, string, string]> = [
  ["Green", "#C6EFCE", "#006100"],
  ["Amber", "#FFEB9C", "#9C5700"],
  ["Red", "#FFC7CE", "#9C0006"],
];
const TREND_FILLS: ReadonlyArray<readonly [string, string, string]> = [
  ["Improving", "#C6EFCE", "#006100"],
  ["Worsening", "#FFC7CE", "#9C0006"],
];

type Cells = readonly CellValue[];

function problemWithLayout(sheet: SheetData, table: TableSettings): string | null {
  const header = sheet.values[table.headerRow - sheet.top]?.[table.mapping.measure.column - sheet.left];
  if (typeof header !== "string" || header.trim() !== table.mapping.measure.header.trim()) {
    return `The scorecard table on "${table.sheet}" no longer has "${table.mapping.measure.header}" at ${cellAddress(table.headerRow, table.mapping.measure.column)}; set it up again in the pane.`;
  }
  const inputs = new Set(inputColumns(table.mapping));
  for (const [kind, column] of Object.entries(table.rules.outputs)) {
    if (column !== undefined && inputs.has(column)) {
      return `The ${OUTPUT_HEADERS[kind as OutputKind]} output would overwrite column ${cellAddress(0, column).replace(/\d+$/, "")}, which holds the table's figures.`;
    }
  }
  const columns = Object.values(table.rules.outputs).filter((c): c is number => c !== undefined);
  if (new Set(columns).size !== columns.length) return "Two outputs are set to the same column.";
  return null;
}

/**
 * The direction from one figure to the other. Under a rule that read, its polarity is the row's, already read, so
 * the trend is worked out without reading it again (the same result: TREND reads polarity as the rule does).
 */
function directionOf(current: unknown, previous: unknown, rule: Result<RagRule>, polarity: CellValue | undefined): Result<Trend> {
  return rule.ok ? TREND.compute(current, previous, rule.value.statedPolarity, 0) : trend(current, previous, polarity, null);
}

/** `earlier`: where the sheet has no previous period's figure, the direction compares with the one it gives. */
export function planTable(sheet: SheetData, table: TableSettings, endRow: number = sheet.top + sheet.values.length - 1, earlier?: EarlierFigure, labelCheck?: LabelCheck): Result<TablePlan> {
  const layoutProblem = problemWithLayout(sheet, table);
  if (layoutProblem) return fail("value", `Nothing was planned: ${layoutProblem}`);
  const { mapping, rules } = table;
  const rows = classifyRows(sheet, table.headerRow, mapping, endRow);
  const measureRows: number[] = [];
  const headerRows = [table.headerRow];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.kind === "measure") measureRows.push(r.row);
    else if (r.kind === "header") headerRows.push(r.row);
  }
  const tolerance = parseTolerance(rules.tolerance);
  if (!tolerance.ok) return tolerance;

  const writer = new PlanWriter(sheet, table);
  // New output columns get their header on the header row and on every repeat of it.
  for (const [kind, column] of Object.entries(rules.outputs) as [OutputKind, number | undefined][]) {
    if (column === undefined) continue;
    for (const row of headerRows) if (isBlankLike(writer.current(row, column))) writer.setValue(row, column, OUTPUT_HEADERS[kind]);
  }
  for (let i = 0; i < measureRows.length; i++) planRow(sheet, table, measureRows[i], writer, earlier);

  let lastRow = table.headerRow;
  for (let i = 0; i < rows.length; i++) if (rows[i].row > lastRow) lastRow = rows[i].row;
  const outputColumns = Object.values(rules.outputs).filter((c): c is number => c !== undefined);
  const allowed: CellRange[] = outputColumns.map((column) => ({ sheet: table.sheet, top: table.headerRow, bottom: lastRow, left: column, right: column }));
  const fills = measureRows.length > 0 && !table.fillsApplied ? ratingFills(table, lastRow) : [];
  const headers: HeaderGuard[] = [];
  for (const [kind, column] of Object.entries(rules.outputs) as [OutputKind, number | undefined][]) {
    if (column !== undefined) headers.push({ sheet: table.sheet, row: table.headerRow, column, header: outputHeader(table, kind, column) });
  }
  const { changes, outcomes, ratingsChanged } = writer;
  let described: ChangeDescription[] | null = null;
  let findings: Finding[] | null = null;
  return ok({
    table,
    changes,
    get described() {
      return (described ??= writer.describe());
    },
    allowed,
    fills,
    outcomes,
    ratingsChanged,
    formulasOverwritten: writer.formulasOverwritten,
    headers,
    mergedRatingCells: writer.mergedRatingCells,
    get findings() {
      return (findings ??= tableFindings(sheet, table, measureRows, writer.rowFindings, labelCheck));
    },
  });
}

/** One measure row: its rating and the other outputs, and its outcome for the summary. */
function planRow(sheet: SheetData, table: TableSettings, row: number, writer: PlanWriter, earlier?: EarlierFigure): void {
  const { mapping, rules } = table;
  const left = sheet.left;
  // A number shown as a percentage (0.75 formatted 0%) is read as the analyst sees it: "75%".
  const cells = writer.shownRow(row);
  const polarity = mapping.polarity ? cells[mapping.polarity.column - left] : null;
  const periods = periodsSoFar(cells, mapping.periods, left);
  const measureCell = cells[mapping.measure.column - left];
  // Detecting a kind reads the name and figures again (a tenth of planning at 50,000 rows): it is only done where
  // the kind changes something. Elsewhere "other" stands in, and nothing reads it.
  const stored = table.kinds && typeof measureCell === "string" ? table.kinds[measureCell.trim()] : undefined;
  const needsKind = rules.rate === "forecast" || rules.profileTarget === true || saysRunningTotal(measureCell);
  const kind: MeasureKind = stored ?? (needsKind ? kindOf(table, measureCell, cells, left) : "other");
  const figure = ratedFigure(cells, periods, table, left, kind);
  const targetCell = mapping.target ? cells[mapping.target.column - left] : null;
  const target = targetFor(table, kind, targetCell, periods.elapsed);
  const rowRule = writer.rule(target.value, polarity);
  // A rating cell inside merged cells cannot hold one: the row is not rated, and the plan says so.
  const merged = writer.ratingCellMerged(row, rules.outputs.rag);
  // Only the rating is kept: the row's assessment is made again if its explanation is read.
  const rating: Rating = rowRule.ok && !figure.problem && merged === null ? ratingOf(figure.value, rowRule.value) : "";
  const { latest, previous } = periods;
  if (mapping.target && isTargetNotSet(targetCell)) {
    writer.rowFinding(row, { cell: sheetCellAddress(table.sheet, row, mapping.target.column), severity: "info", message: `The target ${quote(String(targetCell))} is not set yet, so this measure is not rated.` });
  }
  // Only what accumulates through the year is differenced as a running total: a cumulative count, and a rate per
  // 100,000 of one whose name says it is to date (a constant population divides a running total). Never a percentage.
  const running = kind === "countCumulative" || kind === "rate" ? inPeriodFigures(measureCell, cells, mapping.periods, mapping.ytd ? cells[mapping.ytd.column - left] : null, left, kind === "countCumulative") : null;
  // The first period with a figure on the sheet (a new year's Q1) is compared with the measure's last recorded one.
  const fromHistory =
    earlier && !running && latest && !previous && typeof measureCell === "string"
      ? earlierComparison(earlier, table, measureCell.trim(), latest.header, cells[latest.column - left], kindOf(table, measureCell, cells, left))
      : null;
  const direction = running
    ? directionOf(running.latest, running.previous, rowRule, polarity)
    : latest && previous
      ? directionOf(cells[latest.column - left], cells[previous.column - left], rowRule, polarity)
      : latest && fromHistory
        ? directionOf(cells[latest.column - left], fromHistory.figure, rowRule, polarity)
        : NO_DIRECTION;
  // A direction or comparison that cannot be worked out is left blank, and said, by its cell.
  if (!direction.ok && latest) writer.rowFinding(row, { cell: sheetCellAddress(table.sheet, row, latest.column), severity: "error", message: `No direction of travel: ${direction.error.message}` });
  const measure = text(measureCell);
  const note = rules.rate === "forecast" && !isCount(kind) ? noForecastNote(kind, mapping.ytd ? "year to date" : "latest period") : target.note;
  const movement = latest && previous ? movementOf(cells, latest, previous, running, left) : (fromHistory?.movement ?? null);
  const outcome = new PlannedRow(row, measure, rating, text(writer.current(row, rules.outputs.rag)), direction.ok ? direction.value : "", running !== null, rowRule, figure.value, figure.problem, note, merged ?? undefined, movement);
  writer.outcomes.push(outcome);

  let compared = "";
  const benchmarkColumn = rules.benchmarkColumns[0];
  if (rules.outputs.vsBenchmark !== undefined && benchmarkColumn !== undefined) {
    const comparison = benchmark(figure.value, cells[benchmarkColumn - left], polarity, rules.tolerance);
    if (comparison.ok) compared = comparison.value;
    else writer.rowFinding(row, { cell: sheetCellAddress(table.sheet, row, benchmarkColumn), severity: "error", message: `No comparison with the benchmark: ${comparison.error.message}` });
  }
  if (rules.mode === "formulas") {
    if (writeFormulas(table, row, running ? running.columns : null, periods, writer, kind, target.profiled ? target.value : null, shownAsPercent(sheet, row, table, periods)) && rating !== outcome.previousRating) writer.ratingsChanged.push(outcome);
  } else {
    if (writer.setValue(row, rules.outputs.rag, rating) && rating !== outcome.previousRating) writer.ratingsChanged.push(outcome);
    if (rules.outputs.direction !== undefined) writer.setValue(row, rules.outputs.direction, direction.ok ? direction.value : "");
    if (rules.outputs.vsBenchmark !== undefined) writer.setValue(row, rules.outputs.vsBenchmark, compared);
    if (rules.outputs.explanation !== undefined) writer.setValue(row, rules.outputs.explanation, outcome.explanation);
  }
}

const NO_DIRECTION = ok<Trend>("");

/** The two figures a direction compares, named by their periods' headers; null when either does not read. */
function movementOf(cells: Cells, latest: ColumnMatch, previous: ColumnMatch, running: InPeriodFigures | null, left: number): Movement | null {
  const now = readFigure(cells[latest.column - left]);
  const before = readFigure(cells[previous.column - left]);
  if (!now.ok || !before.ok) return null;
  const figure = (match: ColumnMatch, value: number, percent: boolean) => ({ period: match.header.trim(), value, percent });
  if (running) return { previous: figure(previous, running.previous, false), latest: figure(latest, running.latest, false), runningTotal: true };
  return { previous: figure(previous, before.value.value, before.value.percent), latest: figure(latest, now.value.value, now.value.percent), runningTotal: false };
}

/** The begins-with fills for the rating and direction columns, added once per table. */
function ratingFills(table: TableSettings, lastRow: number): TextFillRule[] {
  const { rules } = table;
  const columnRange = (column: number): CellRange => ({ sheet: table.sheet, top: table.headerRow + 1, bottom: lastRow, left: column, right: column });
  const fills: TextFillRule[] = [];
  for (const [label, fill, fontColor] of FILLS) fills.push({ range: columnRange(rules.outputs.rag), text: label, fill, fontColor });
  if (rules.outputs.direction !== undefined) {
    for (const [label, fill, fontColor] of TREND_FILLS) fills.push({ range: columnRange(rules.outputs.direction), text: label, fill, fontColor });
  }
  return fills;
}
