/**
 * Rates → Preview and Write, host-agnostic: reads the counts and the population the analyst named, works out what
 * the live formula will show for each count, and plans the one formula cell to write.
 */
import { readNumber } from "../engine/core/cellNumber";
import { fail, ok, type Result } from "../engine/core/result";
import { ascofValue } from "../engine/rates/ascof";
import type { AscofMeasure } from "../engine/rates/ascofCatalogue";
import { rate } from "../engine/rates/rate";
import { parseRange, rangeReference, type ParsedRange } from "../engine/sheet/address";
import type { CellValue, Plan, SheetData, WorkbookAdapter } from "../engine/sheet/workbook";
import type { Finding } from "../engine/core/findings";
import { readPopulationTable, type PopulationEntry } from "../engine/rates/populationTable";

/** An ASCOF measure, or a plain rate for anything else (DOLS requests, carers per 10,000). */
export type RateChoice = { readonly kind: "ascof"; readonly measure: AscofMeasure } | { readonly kind: "rate"; readonly per: number };

/** What the analyst typed: the counts ("I8:K8"), the population (a cell or a number) and where the formula goes. */
export interface RatesRequest {
  readonly choice: RateChoice;
  readonly counts: string;
  readonly population: string;
  readonly output: string;
}

export interface RatesPreview {
  readonly formula: string;
  /** Where the population came from, when its table says ("ONS mid-2020"). */
  readonly source: string | null;
  /** What the formula will show for each count, as the pane shows it: "502.0", "86.9%", or why not. */
  readonly results: readonly string[];
  /** The one cell to write. */
  readonly plan: Plan;
  readonly target: { readonly sheet: string; readonly row: number; readonly column: number };
}

const SOURCE_HEADER = /^(source|vintage)$/i;

/** The "Source" (or "Vintage") stated on the population's row of a population table. */
function populationSource(sheet: SheetData, range: ParsedRange): string | null {
  const header = sheet.values.find((row) => row.some((v) => typeof v === "string" && SOURCE_HEADER.test(v.trim())));
  if (!header) return null;
  const column = header.findIndex((v) => typeof v === "string" && SOURCE_HEADER.test(v.trim()));
  const value = sheet.values[range.top - sheet.top]?.[column];
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function cellsOf(sheet: SheetData, range: ParsedRange): CellValue[] {
  const values: CellValue[] = [];
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) values.push(sheet.values[r - sheet.top]?.[c - sheet.left] ?? null);
  return values;
}

export async function previewRates(workbook: WorkbookAdapter, request: RatesRequest): Promise<Result<RatesPreview>> {
  const { choice } = request;
  const context = await workbook.readContext();
  const countRange = parseRange(request.counts, context.activeSheet);
  if (!countRange) return fail("value", `"${request.counts}" is not a cell or range such as I8:K8.`);
  const outputRange = parseRange(request.output, context.activeSheet);
  if (!outputRange) return fail("value", `"${request.output}" is not a cell such as M8.`);
  const populationRange = parseRange(request.population, context.activeSheet);
  const populationNumber = readNumber(request.population);
  if (!populationRange && !populationNumber.ok) return fail("value", `The population "${request.population}" is neither a cell (Populations!C3) nor a number (87,009).`);

  // The counts' sheet and the population's, in one read.
  const names = [...new Set([countRange.sheet, ...(populationRange ? [populationRange.sheet] : [])])];
  const sheets = new Map((await workbook.readSheets(names)).map((sheet) => [sheet.name, sheet]));
  const sheetOf = (range: ParsedRange) => sheets.get(range.sheet) as SheetData;
  const populationValue = populationRange ? cellsOf(sheetOf(populationRange), populationRange)[0] : populationNumber.ok ? populationNumber.value : null;
  const source = populationRange ? populationSource(sheetOf(populationRange), populationRange) : null;
  const percentage = choice.kind === "ascof" && choice.measure.unit === "percentage";
  const results = cellsOf(sheetOf(countRange), countRange).map((count) => {
    const value = choice.kind === "ascof" ? ascofValue(choice.measure.id, count, populationValue, choice.measure.framework) : rate(count, populationValue, choice.per, null);
    if (!value.ok) return value.error.message;
    return percentage ? `${(value.value * 100).toFixed(1)}%` : value.value.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  });

  const populationRef = populationRange ? rangeReference(populationRange, outputRange.sheet) : String(populationNumber.ok ? populationNumber.value : "");
  const countsRef = rangeReference(countRange, outputRange.sheet);
  const formula =
    choice.kind === "ascof"
      ? `=SCORECARD.ASCOF("${choice.measure.id}",${countsRef},${populationRef},"${choice.measure.framework}")`
      : `=SCORECARD.RATE(${countsRef},${populationRef},${choice.per})`;
  const target = { sheet: outputRange.sheet, row: outputRange.top, column: outputRange.left };
  const plan: Plan = {
    changes: [{ kind: "formula", ...target, formula }],
    allowed: [{ sheet: target.sheet, top: target.row, bottom: target.row, left: target.column, right: target.column }],
  };
  return ok({ formula, source, results, plan, target });
}

/** Every population table in the workbook (Age band, Year, Population, Source), read in one call, with its problems. */
export async function findPopulationTables(workbook: WorkbookAdapter): Promise<{ readonly entries: readonly PopulationEntry[]; readonly findings: readonly Finding[] }> {
  const tables = (await workbook.readSheets(await workbook.sheetNames())).map(readPopulationTable);
  return { entries: tables.flatMap((table) => table.entries), findings: tables.flatMap((table) => table.findings) };
}
