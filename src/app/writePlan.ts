/**
 * Every write the pane, the ribbon and the CLI make goes through here: one batch, and a failure that is always a
 * WorkbookError of its kind (refused before anything was written, or a write stopped part-way), so each caller
 * titles it the same way.
 */
import type { Plan, WorkbookAdapter } from "../engine/sheet/workbook";
import { WorkbookError, messageOf, planRefused } from "../engine/sheet/workbookErrors";

export async function writePlan(workbook: WorkbookAdapter, plan: Plan): Promise<void> {
  try {
    await workbook.apply(plan);
  } catch (error) {
    // Adapters check the whole plan before writing and throw a refusal, or a write failure once part is written;
    // anything else came before the first request went (a batch Excel rejects is discarded whole).
    throw error instanceof WorkbookError ? error : planRefused(messageOf(error));
  }
}

/** Writes a plan that adds one sheet, then selects the cell where the analyst starts filling it in; returns its name. */
export async function createSheet(workbook: WorkbookAdapter, plan: Plan, firstCell: { readonly row: number; readonly column: number }): Promise<string> {
  await writePlan(workbook, plan);
  const name = plan.createSheets?.[0] ?? "";
  await workbook.select(name, firstCell.row, firstCell.column);
  return name;
}
