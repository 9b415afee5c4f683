/**
 * Reconciling published rates, host-agnostic: find the scorecard on the active sheet, suggest which count row
 * each rate row was made from, and work out the population each period's rate implies.
 */
import { detectTables } from "../engine/scorecard/detect";
import { impliedByPeriod } from "../engine/rates/rateChecks";
import { ratePairCells, suggestRatePairs, type SuggestedPair } from "../engine/rates/ratePairs";
import { fail, ok, type Result } from "../engine/core/result";
import type { SheetData, WorkbookAdapter } from "../engine/sheet/workbook";

/** A rate row with its suggested count row, and the population each period implies (flagged where they disagree). */
export interface ReconciledPair extends SuggestedPair {
  readonly periods: ReturnType<typeof impliedByPeriod>;
}

/** The pairs on a sheet already read, or why there are none to suggest. */
export function reconcileSheet(sheet: SheetData): Result<readonly ReconciledPair[]> {
  const [table] = detectTables(sheet);
  if (!table) return fail("value", `No scorecard table was found on "${sheet.name}" to reconcile.`);
  return ok(suggestRatePairs(sheet, table).map((pair) => ({ ...pair, periods: impliedByPeriod(ratePairCells(sheet, table, pair)) })));
}

/** Reads the active sheet and reconciles it. */
export async function reconcileActiveSheet(workbook: WorkbookAdapter): Promise<Result<readonly ReconciledPair[]>> {
  const context = await workbook.readContext();
  return reconcileSheet(await workbook.readSheet(context.activeSheet));
}
