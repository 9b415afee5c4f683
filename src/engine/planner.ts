/**
 * The planner: a scorecard table and its settings in, the list of cell changes out. Pure, so the pane can show
 * the plan before anything is written, the CLI can print it, and tests can check it. It only ever plans writes to
 * the table's output columns, and only where the new content differs, so a second refresh plans nothing.
 */
import { cellAddress, sheetCellAddress } from "./address";
import { benchmark } from "./benchmark";
import { isBlankLike } from "./cellNumber";
import { checkPolaritySpelling, checkRow, type Finding, type SourceCell } from "./checks";
import { classifyRows, roleOf, type ColumnMatch } from "./detect";
import { explainAssessment } from "./explain";
import { assess, prepareRule, type RagAssessment, type Rating } from "./rag";
import { fail, ok, type EngineError, type Result } from "./result";
import { OUTPUT_HEADERS, mappedColumns, type OutputKind, type TableSettings } from "./settings";
import { parseTolerance } from "./tolerance";
import { trend, type Trend } from "./trend";
import type { CellChange, CellRange, CellValue, SheetData, TextFillRule } from "./workbook";
import { forecastYearEnd } from "./ytd";

export interface RowOutcome {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly measure: string;
  readonly rating: Rating;
  /** What the RAG cell held before: the last refresh's rating. */
  readonly previousRating: string;
  /** The explanation sentence, or "No rating: …" with the reason. */
  readonly explanation: string;
  /** Latest period against the one before. */
  readonly trend: Trend;
}

/** A change as the analyst reads it: "L8: (blank) → Green". */
export interface ChangeDescription {
  readonly cell: string;
  readonly from: string;
  readonly to: string;
}

export interface TablePlan {
  readonly table: TableSettings;
  readonly changes: readonly CellChange[];
  readonly described: readonly ChangeDescription[];
  readonly allowed: readonly CellRange[];
  readonly fills: readonly TextFillRule[];
  readonly outcomes: readonly RowOutcome[];
  readonly findings: readonly Finding[];
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
  const inputs = new Set(mappedColumns({ ...table.mapping, rag: undefined, direction: undefined, vsBenchmark: undefined, explanation: undefined }));
  for (const [kind, column] of Object.entries(table.rules.outputs)) {
    if (column !== undefined && inputs.has(column)) {
      return `The ${OUTPUT_HEADERS[kind as OutputKind]} output would overwrite column ${cellAddress(0, column).replace(/\d+$/, "")}, which holds the table's figures.`;
    }
  }
  const columns = Object.values(table.rules.outputs).filter((c): c is number => c !== undefined);
  if (new Set(columns).size !== columns.length) return "Two outputs are set to the same column.";
  return null;
}

function latestPeriods(cells: Cells, periods: readonly ColumnMatch[], left: number): { latest: ColumnMatch | null; previous: ColumnMatch | null } {
  const filled = periods.filter((p) => !isBlankLike(cells[p.column - left]));
  return { latest: filled[filled.length - 1] ?? null, previous: filled[filled.length - 2] ?? null };
}

/** The figure the rules rate, as a cell value, and the formula that computes it in formula mode. */
function ratedFigure(cells: Cells, row: number, table: TableSettings, left: number): { value: unknown; formula: string; problem?: EngineError } {
  const { mapping, rules } = table;
  const ref = (m: ColumnMatch) => cellAddress(row, m.column);
  const periodsRef = mapping.periods.length > 0 ? `${ref(mapping.periods[0])}:${ref(mapping.periods[mapping.periods.length - 1])}` : null;
  const { latest } = latestPeriods(cells, mapping.periods, left);
  if (rules.rate === "ytd" && mapping.ytd) return { value: cells[mapping.ytd.column - left], formula: ref(mapping.ytd) };
  if (rules.rate === "forecast") {
    const elapsed = mapping.periods.filter((p) => !isBlankLike(cells[p.column - left])).length;
    const ytd = mapping.ytd ? cells[mapping.ytd.column - left] : null;
    const forecast = elapsed > 0 && !isBlankLike(ytd) ? forecastYearEnd(ytd, elapsed, Math.max(4, mapping.periods.length)) : null;
    return {
      value: forecast && forecast.ok ? forecast.value : null,
      formula: mapping.ytd && periodsRef ? `SCORECARD.FORECAST(${ref(mapping.ytd)},COUNTA(${periodsRef}),${Math.max(4, mapping.periods.length)})` : '""',
      // A forecast that cannot be made is that, not "no value": the reason goes in the explanation.
      ...(forecast && !forecast.ok ? { problem: forecast.error } : {}),
    };
  }
  return {
    value: latest ? cells[latest.column - left] : null,
    formula: periodsRef ? `SCORECARD.YTD(${periodsRef},"latest")` : '""',
  };
}

/**
 * Whether a cell lies in a merged range of more than one cell (a section heading merged across the sheet): no plan
 * writes there, so the heading's text is never blanked.
 */
function mergedCells(sheet: SheetData): (row: number, column: number) => boolean {
  const byRow = new Map<number, CellRange[]>();
  for (const merge of sheet.merges ?? []) {
    if (merge.top === merge.bottom && merge.left === merge.right) continue;
    for (let row = merge.top; row <= merge.bottom; row++) {
      const list = byRow.get(row);
      if (list) list.push(merge);
      else byRow.set(row, [merge]);
    }
  }
  return (row, column) => byRow.get(row)?.some((merge) => column >= merge.left && column <= merge.right) ?? false;
}

const text = (value: CellValue | undefined) => (value === null || value === undefined ? "" : String(value));

export function planTable(sheet: SheetData, table: TableSettings, endRow: number = sheet.top + sheet.values.length - 1): Result<TablePlan> {
  const layoutProblem = problemWithLayout(sheet, table);
  if (layoutProblem) return fail("value", `Nothing was planned: ${layoutProblem}`);
  const { mapping, rules } = table;
  const left = sheet.left;
  const rows = classifyRows(sheet, table.headerRow, mapping, endRow);
  const measureRows = rows.filter((r) => r.kind === "measure").map((r) => r.row);
  const tolerance = parseTolerance(rules.tolerance);
  if (!tolerance.ok) return tolerance;

  const changes: CellChange[] = [];
  const described: ChangeDescription[] = [];
  const outcomes: RowOutcome[] = [];
  const findings: Finding[] = [];
  const current = (row: number, column: number) => sheet.values[row - sheet.top]?.[column - left] ?? null;
  const currentFormula = (row: number, column: number) => sheet.formulas?.[row - sheet.top]?.[column - left] ?? null;
  const merged = mergedCells(sheet);
  const setValue = (row: number, column: number, value: string) => {
    if (merged(row, column)) return;
    if (text(current(row, column)) !== value || currentFormula(row, column) !== null) {
      changes.push({ kind: "value", sheet: table.sheet, row, column, value: value === "" ? null : value });
      described.push({ cell: cellAddress(row, column), from: currentFormula(row, column) ?? text(current(row, column)), to: value });
    }
  };
  const setFormula = (row: number, column: number, formula: string) => {
    if (merged(row, column)) return;
    if (currentFormula(row, column) !== formula) {
      changes.push({ kind: "formula", sheet: table.sheet, row, column, formula });
      described.push({ cell: cellAddress(row, column), from: currentFormula(row, column) ?? text(current(row, column)), to: formula });
    }
  };

  // New output columns get their header on the header row and on every repeat of it.
  const headerRows = [table.headerRow, ...rows.filter((r) => r.kind === "header").map((r) => r.row)];
  for (const [kind, column] of Object.entries(rules.outputs) as [OutputKind, number | undefined][]) {
    if (column === undefined) continue;
    for (const row of headerRows) if (isBlankLike(current(row, column))) setValue(row, column, OUTPUT_HEADERS[kind]);
  }

  const source = (row: number, match: ColumnMatch): SourceCell => ({
    address: sheetCellAddress(table.sheet, row, match.column),
    value: current(row, match.column),
    numberFormat: sheet.numberFormats[row - sheet.top]?.[match.column - left],
  });

  for (const row of measureRows) {
    // A number shown as a percentage (0.75 formatted 0%) is read as the analyst sees it: "75%".
    const formats = sheet.numberFormats[row - sheet.top] ?? [];
    const cells = (sheet.values[row - sheet.top] ?? []).map((value, i) =>
      typeof value === "number" && (formats[i] ?? "").replace(/"[^"]*"/g, "").includes("%") ? `${Number((value * 100).toPrecision(12))}%` : value,
    );
    const cellOf = (match: ColumnMatch | undefined) => (match ? cells[match.column - left] : null);
    const polarity = cellOf(mapping.polarity);
    const target = cellOf(mapping.target);
    const figure = ratedFigure(cells, row, table, left);
    const rowRule = prepareRule(target, polarity, rules.tolerance);
    const assessment = !rowRule.ok ? rowRule : figure.problem ? fail<RagAssessment>(figure.problem.kind, `the year-end forecast cannot be made: ${figure.problem.message}`) : assess(figure.value, rowRule.value);
    const explanation = !rowRule.ok
      ? `No rating: ${rowRule.error.message}`
      : !assessment.ok
        ? `No rating: ${assessment.error.message}`
        : explainAssessment(assessment.value, rowRule.value);
    const rating: Rating = assessment.ok ? assessment.value.rating : "";
    const { latest, previous } = latestPeriods(cells, mapping.periods, left);
    const direction = latest && previous ? trend(cells[latest.column - left], cells[previous.column - left], polarity, null) : ok<Trend>("");
    const directionText: Trend = direction.ok ? direction.value : "";
    // A direction or comparison that cannot be worked out is left blank, and said, by its cell.
    if (!direction.ok && latest) findings.push({ cell: sheetCellAddress(table.sheet, row, latest.column), severity: "error", message: `No direction of travel: ${direction.error.message}` });
    const ragColumn = rules.outputs.rag;
    outcomes.push({
      row,
      measure: text(cellOf(mapping.measure)),
      rating,
      previousRating: text(current(row, ragColumn)),
      explanation,
      trend: directionText,
    });

    const refs = {
      target: mapping.target ? cellAddress(row, mapping.target.column) : '""',
      polarity: mapping.polarity ? cellAddress(row, mapping.polarity.column) : '""',
    };
    const tol = String(rules.tolerance);
    if (rules.mode === "formulas") {
      setFormula(row, ragColumn, `=SCORECARD.RAG(${figure.formula},${refs.target},${refs.polarity},${tol})`);
    } else setValue(row, ragColumn, rating);

    if (rules.outputs.direction !== undefined) {
      const formula = latest && previous ? `=SCORECARD.TREND(${cellAddress(row, latest.column)},${cellAddress(row, previous.column)},${refs.polarity})` : '=""';
      if (rules.mode === "formulas") setFormula(row, rules.outputs.direction, formula);
      else setValue(row, rules.outputs.direction, directionText);
    }
    if (rules.outputs.vsBenchmark !== undefined) {
      const column = rules.benchmarkColumns[0];
      const compared = column === undefined ? ok("") : benchmark(figure.value, cells[column - left], polarity, rules.tolerance);
      if (rules.mode === "formulas" && column !== undefined) {
        setFormula(row, rules.outputs.vsBenchmark, `=SCORECARD.BENCHMARK(${figure.formula},${cellAddress(row, column)},${refs.polarity},${tol})`);
      } else setValue(row, rules.outputs.vsBenchmark, compared.ok ? compared.value : "");
      if (!compared.ok && column !== undefined) findings.push({ cell: sheetCellAddress(table.sheet, row, column), severity: "error", message: `No comparison with the benchmark: ${compared.error.message}` });
    }
    if (rules.outputs.explanation !== undefined) {
      if (rules.mode === "formulas") {
        setFormula(row, rules.outputs.explanation, `=SCORECARD.EXPLAIN(${figure.formula},${refs.target},${refs.polarity},${tol})`);
      } else setValue(row, rules.outputs.explanation, explanation);
    }

    const rowFindings = checkRow({
      measure: text(cellOf(mapping.measure)),
      ...(mapping.polarity ? { polarity: source(row, mapping.polarity) } : {}),
      ...(mapping.target ? { target: source(row, mapping.target) } : {}),
      periods: mapping.periods.map((p) => source(row, p)),
      ...(mapping.ytd ? { ytd: source(row, mapping.ytd) } : {}),
      others: [...mapping.benchmarks, ...(mapping.previous ? [mapping.previous] : [])].map((m) => source(row, m)),
    });
    for (const finding of rowFindings) findings.push(finding);
  }
  const polarityColumn = mapping.polarity;
  if (polarityColumn) for (const finding of checkPolaritySpelling(measureRows.map((row) => source(row, polarityColumn)))) findings.push(finding);
  for (const finding of duplicateHeaders(sheet, table)) findings.push(finding);

  const lastRow = rows.reduce((last, r) => Math.max(last, r.row), table.headerRow);
  const allowed: CellRange[] = Object.values(rules.outputs)
    .filter((c): c is number => c !== undefined)
    .map((column) => ({ sheet: table.sheet, top: table.headerRow, bottom: lastRow, left: column, right: column }));
  const fills: TextFillRule[] = [];
  if (!table.fillsApplied && measureRows.length > 0) {
    const columnRange = (column: number): CellRange => ({ sheet: table.sheet, top: table.headerRow + 1, bottom: lastRow, left: column, right: column });
    for (const [label, fill, fontColor] of FILLS) fills.push({ range: columnRange(rules.outputs.rag), text: label, fill, fontColor });
    if (rules.outputs.direction !== undefined) {
      for (const [label, fill, fontColor] of TREND_FILLS) fills.push({ range: columnRange(rules.outputs.direction), text: label, fill, fontColor });
    }
  }
  return ok({ table, changes, described, allowed, fills, outcomes, findings });
}

/** Two columns headed alike ("Target" twice): the mapping uses the first, and the analyst should know. */
function duplicateHeaders(sheet: SheetData, table: TableSettings): Finding[] {
  const header = sheet.values[table.headerRow - sheet.top] ?? [];
  const firstOfRole = new Map<string, number>();
  const findings: Finding[] = [];
  header.forEach((value, i) => {
    const found = roleOf(value);
    if (!found || found.role === "period" || found.role === "benchmark") return;
    const column = sheet.left + i;
    const first = firstOfRole.get(found.role);
    if (first === undefined) firstOfRole.set(found.role, column);
    else {
      findings.push({
        cell: sheetCellAddress(table.sheet, table.headerRow, column),
        severity: "warning",
        message: `This column is also headed like ${cellAddress(table.headerRow, first)} ("${String(header[first - sheet.left])}"); the first is used.`,
      });
    }
  });
  return findings;
}
