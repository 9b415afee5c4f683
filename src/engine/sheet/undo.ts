/**
 * Undo for an apply. Office's own undo does not cover what an add-in writes, so before a plan is applied the
 * cells it will change are read into its inverse: each cell's value or formula (and number format, where the plan
 * sets one) as it was, the fills it adds taken away, and the settings as they were.
 */
import type { CellChange, Plan, SheetData } from "./workbook";

/**
 * The plan that puts back what `plan` changes, from the sheets as they are before it is applied (they must include
 * every sheet it writes to), and the stored settings text then (null when there were none). Null when the plan
 * cannot be undone this way: one that adds sheets.
 */
export function planUndo(plan: Plan, sheets: ReadonlyMap<string, SheetData>, previousSettings: string | null): Plan | null {
  if ((plan.createSheets ?? []).length > 0) return null;
  const changes: CellChange[] = [];
  for (const change of plan.changes) {
    const sheet = sheets.get(change.sheet);
    if (!sheet) return null;
    const r = change.row - sheet.top;
    const c = change.column - sheet.left;
    const formula = sheet.formulas?.[r]?.[c] ?? null;
    const numberFormat = change.numberFormat !== undefined ? (sheet.numberFormats[r]?.[c] ?? "General") : undefined;
    const target = { sheet: change.sheet, row: change.row, column: change.column, ...(numberFormat !== undefined ? { numberFormat } : {}) };
    // A formula the cell held is put back as that formula: it was the workbook's own, not text taken from a cell.
    changes.push(formula !== null ? { kind: "formula", ...target, formula } : { kind: "value", ...target, value: sheet.values[r]?.[c] ?? null });
  }
  return {
    changes,
    allowed: plan.allowed,
    ...((plan.fills ?? []).length > 0 ? { removeFills: plan.fills } : {}),
    ...(plan.settings !== undefined ? { settings: previousSettings ?? "" } : {}),
  };
}
