/**
 * How a table's plan is collected: each cell written only where its content differs and never inside merged
 * cells, rows read as the analyst sees them, and the one-row reader the checks read the sheet through.
 */
import { memoize } from "../core/memo";
import { isPercentFormat, type Finding } from "../core/findings";
import { cellAddress, sheetCellAddress } from "../sheet/address";
import { FUNCTION_NAMESPACE, type CellChange, type CellRange, type CellValue, type SheetData } from "../sheet/workbook";
import type { RowReader } from "./checks";
import { explainAssessment, type Movement } from "./explain";
import { assess, prepareRule, type RagRule, type Rating } from "./rag";
import type { EngineError, Result } from "../core/result";
import type { TableSettings } from "./settings";
import type { Trend } from "./trend";
import { mergedCells, type MergedRatingCell } from "./mergedRatingCells";

export type { MergedRatingCell };

type Cells = readonly CellValue[];

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
  /** The row is a running total, so the trend compares each period's own figure (Q3 − Q2 against Q2 − Q1). */
  readonly runningTotal: boolean;
  /** The latest figure and the one before, with their periods' names, where both read. */
  readonly movement?: Movement | null;
}

/**
 * A planned row's outcome. Its sentence is written when first read (the pane shows a few, the summary its
 * highlights), not for every one of 50,000 rows a refresh plans.
 */
export class PlannedRow implements RowOutcome {
  private sentence: string | null = null;

  constructor(
    readonly row: number,
    readonly measure: string,
    readonly rating: Rating,
    readonly previousRating: string,
    readonly trend: Trend,
    readonly runningTotal: boolean,
    private readonly rule: Result<RagRule>,
    /** The figure rated: kept rather than its assessment, which is made again only for a sentence read. */
    private readonly ratedValue: unknown,
    private readonly ratedProblem: EngineError | undefined,
    /** Said after the sentence: a target profiled to date, or why a figure was not forecast. */
    private readonly note: string | null = null,
    /** Why the row is not rated whatever its figures say (its rating cell is inside merged cells). */
    private readonly unrated?: string,
    readonly movement: Movement | null = null,
  ) {}

  get explanation(): string {
    this.sentence ??= this.unrated ? `No rating: ${this.unrated}` : explanationOf(this.rule, this.ratedValue, this.ratedProblem) + (this.note ? ` ${this.note}` : "");
    return this.sentence;
  }
}

function explanationOf(rule: Result<RagRule>, value: unknown, problem: EngineError | undefined): string {
  if (!rule.ok) return `No rating: ${rule.error.message}`;
  if (problem) return `No rating: the year-end forecast cannot be made: ${problem.message}`;
  const assessment = assess(value, rule.value);
  return assessment.ok ? explainAssessment(assessment.value, rule.value) : `No rating: ${assessment.error.message}`;
}

/** A finding the planner made on one row, with the row, so the checks' findings can be put beside it. */
export interface RowFinding {
  readonly row: number;
  readonly finding: Finding;
}

/** A change as the analyst reads it: "L8: (blank) → Green". */
export interface ChangeDescription {
  readonly cell: string;
  readonly from: string;
  readonly to: string;
}

// Rows repeat their fractions (targets, rates): each text is made once, and equal texts are one string.
const percentText = memoize((value: number) => `${Number((value * 100).toPrecision(12))}%`);

type Formats = readonly (string | undefined)[];
const NO_CELLS: Cells = [];
const NO_FORMATS: Formats = [];

function showsAnyPercent(formats: Formats): boolean {
  for (let i = 0; i < formats.length; i++) if (isPercentFormat(formats[i])) return true;
  return false;
}

/**
 * A row's cells as the analyst reads them: a number formatted as a percentage (0.75 shown 75%) becomes "75%".
 * `mayShowPercent` false says no format in the row shows one, so the row is taken as it is.
 */
function asShown(values: Cells, formats: Formats, mayShowPercent: boolean): Cells {
  if (!mayShowPercent) return values;
  let shown: CellValue[] | null = null;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== "number" || !isPercentFormat(formats[i])) continue;
    shown ??= [...values];
    shown[i] = percentText(value);
  }
  return shown ?? values;
}

/** One sheet row read in place by the checks; a cell's address is only spelled out when a finding names it. */
export class SheetRow implements RowReader {
  private row = 0;
  private cells: Cells = [];
  private formats: readonly (string | undefined)[] = [];

  constructor(
    private readonly sheet: SheetData,
    private readonly sheetName: string,
  ) {}

  /** Moves to `row`, finding its cells once rather than once per cell read. */
  at(row: number): this {
    this.row = row;
    this.cells = this.sheet.values[row - this.sheet.top] ?? [];
    this.formats = this.sheet.numberFormats[row - this.sheet.top] ?? [];
    return this;
  }

  value(column: number): CellValue {
    return this.cells[column - this.sheet.left] ?? null;
  }

  numberFormat(column: number): string | undefined {
    return this.formats[column - this.sheet.left];
  }

  address(column: number): string {
    return sheetCellAddress(this.sheetName, this.row, column);
  }
}

export const text = (value: CellValue | undefined) => (value === null || value === undefined ? "" : String(value));

/** The formulas a plan writes over that are the workbook's own (a RAG column of nested IFs), and the first of them. */
export interface FormulasOverwritten {
  readonly count: number;
  readonly first: { readonly cell: string; readonly formula: string } | null;
}

/** A formula the add-in writes in formula mode: a SCORECARD function, or `=""` for a direction it cannot give. */
const ADDIN_CALL = new RegExp(`^=${FUNCTION_NAMESPACE}\\.[A-Z]+\\(`, "i");
const isAddinFormula = (formula: string) => formula === '=""' || ADDIN_CALL.test(formula);

/** What a table's plan collects as its rows are planned, and how it writes a cell: only where content differs. */
export class PlanWriter {
  readonly changes: CellChange[] = [];
  readonly outcomes: RowOutcome[] = [];
  /** The outcomes whose rating cell changes to a different rating: what the change log counts. */
  readonly ratingsChanged: RowOutcome[] = [];
  /** What the planner could not work out for a row (a direction, a comparison), in row order. */
  readonly rowFindings: RowFinding[] = [];
  private readonly merged: (row: number, column: number) => CellRange | null;
  /** Measure rows whose rating cell lies inside merged cells: not rated, and said in the plan. */
  readonly mergedRatingCells: MergedRatingCell[] = [];
  // Rows formatted alike share one list of formats (the xlsx reader shares them): whether a list shows any
  // percentage is worked out once for a run of rows that share it.
  private lastFormats: Formats | null = null;
  private lastShowsPercent = false;
  private readonly rules = new Map<CellValue, Map<CellValue, Result<RagRule>>>();
  private overwrittenCount = 0;
  private firstOverwritten: FormulasOverwritten["first"] = null;

  constructor(
    private readonly sheet: SheetData,
    private readonly table: TableSettings,
  ) {
    this.merged = mergedCells(sheet);
  }

  /**
   * The rating rule for a target and polarity, read once per table: rows share targets ("<530", "85%") and
   * polarities, and rows that share one share its rule.
   */
  rule(target: CellValue, polarity: CellValue): Result<RagRule> {
    let byPolarity = this.rules.get(target);
    if (!byPolarity) {
      byPolarity = new Map();
      this.rules.set(target, byPolarity);
    }
    let rule = byPolarity.get(polarity);
    if (!rule) {
      rule = prepareRule(target, polarity, this.table.rules.tolerance);
      byPolarity.set(polarity, rule);
    }
    return rule;
  }

  /**
   * Whether a measure row's rating cell lies inside merged cells (not their top-left); if so it is recorded, with
   * what to do, and the row's finding is made.
   */
  ratingCellMerged(row: number, column: number): string | null {
    const merge = this.merged(row, column);
    if (!merge) return null;
    const cell = sheetCellAddress(this.table.sheet, row, column);
    const range = `${cellAddress(merge.top, merge.left)}:${cellAddress(merge.bottom, merge.right)}`;
    const message = `${cell} is inside the merged cells ${range}, so it cannot hold a rating: unmerge ${range} (Home > Merge & Center) and refresh.`;
    this.mergedRatingCells.push({ cell, merge: range, message });
    this.rowFinding(row, { cell, severity: "error", message });
    return message;
  }

  rowFinding(row: number, finding: Finding): void {
    this.rowFindings.push({ row, finding });
  }

  /** The row's cells as the analyst reads them (see asShown). */
  shownRow(row: number): Cells {
    const values = this.sheet.values[row - this.sheet.top] ?? NO_CELLS;
    const formats = this.sheet.numberFormats[row - this.sheet.top] ?? NO_FORMATS;
    if (formats !== this.lastFormats) {
      this.lastFormats = formats;
      this.lastShowsPercent = showsAnyPercent(formats);
    }
    return asShown(values, formats, this.lastShowsPercent);
  }

  current(row: number, column: number): CellValue {
    return this.sheet.values[row - this.sheet.top]?.[column - this.sheet.left] ?? null;
  }

  private currentFormula(row: number, column: number): string | null {
    return this.sheet.formulas?.[row - this.sheet.top]?.[column - this.sheet.left] ?? null;
  }

  /** Plans the value unless the cell already shows it; says whether it did. */
  setValue(row: number, column: number, value: string): boolean {
    if (this.merged(row, column) !== null) return false;
    const formula = this.currentFormula(row, column);
    if (formula === null && text(this.current(row, column)) === value) return false;
    this.overwriting(row, column, formula);
    this.changes.push({ kind: "value", sheet: this.table.sheet, row, column, value: value === "" ? null : value });
    return true;
  }

  /** Plans the formula unless the cell already holds it; says whether it did. */
  setFormula(row: number, column: number, formula: string): boolean {
    if (this.merged(row, column) !== null) return false;
    const current = this.currentFormula(row, column);
    if (current === formula) return false;
    this.overwriting(row, column, current);
    this.changes.push({ kind: "formula", sheet: this.table.sheet, row, column, formula });
    return true;
  }

  /** Counts a change that writes over one of the workbook's own formulas. */
  private overwriting(row: number, column: number, formula: string | null): void {
    if (formula === null || isAddinFormula(formula)) return;
    this.overwrittenCount++;
    this.firstOverwritten ??= { cell: cellAddress(row, column), formula };
  }

  get formulasOverwritten(): FormulasOverwritten {
    return { count: this.overwrittenCount, first: this.firstOverwritten };
  }

  /**
   * The changes as the analyst reads them, worked out when asked for (the pane's preview, the CLI's dry run) rather
   * than for every one of 50,000 cells a refresh writes. The sheet is as it was read, so "from" is what it showed.
   */
  describe(): ChangeDescription[] {
    const described = new Array<ChangeDescription>(this.changes.length);
    for (let i = 0; i < this.changes.length; i++) {
      const change = this.changes[i];
      const formula = this.currentFormula(change.row, change.column);
      const from = formula ?? text(this.current(change.row, change.column));
      described[i] = { cell: cellAddress(change.row, change.column), from, to: change.kind === "formula" ? change.formula : text(change.value) };
    }
    return described;
  }
}
