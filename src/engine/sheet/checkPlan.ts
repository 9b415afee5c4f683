/** Checks a whole plan before an adapter writes any of it, so a bad plan writes nothing. */
import { MAX_COLUMNS, MAX_ROWS, sheetCellAddress } from "./address";
import { fail, ok, type Result } from "../core/result";
import type { CellChange, CellRange, Plan } from "./workbook";

const inside = (range: CellRange, sheet: string, row: number, column: number) =>
  range.sheet === sheet && row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

const rangeInside = (inner: CellRange, outer: CellRange) =>
  inner.sheet === outer.sheet && inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

/** Text an Office.js `values` write would read as a formula; written with the text number format instead. */
export function looksLikeFormula(value: unknown): value is string {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

export function checkPlan(plan: Plan, knownSheets: readonly string[]): Result<Plan> {
  for (const name of plan.createSheets ?? []) {
    if (knownSheets.some((known) => known.toLowerCase() === name.toLowerCase())) return fail("value", `Nothing was written: a sheet called "${name}" already exists.`);
    if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'")) return fail("value", `Nothing was written: "${name}" is not a valid sheet name.`);
  }
  const sheets = new Set([...knownSheets, ...(plan.createSheets ?? [])]);
  for (const layout of plan.layouts ?? []) {
    if (!(plan.createSheets ?? []).includes(layout.sheet)) return fail("value", `Nothing was written: the page layout for "${layout.sheet}" is for a sheet this plan does not create.`);
  }
  for (const name of plan.deleteSheets ?? []) {
    if (!knownSheets.includes(name)) return fail("value", `Nothing was written: there is no sheet called "${name}" to remove.`);
  }
  const seen = new Set<string>();
  for (const change of plan.changes) {
    const problem = problemWith(change, sheets);
    if (problem) return fail("value", `Nothing was written: ${problem}`);
    if (!plan.allowed.some((range) => inside(range, change.sheet, change.row, change.column))) {
      return fail("value", `Nothing was written: ${sheetCellAddress(change.sheet, change.row, change.column)} is not one of the plan's output cells.`);
    }
    const key = `${change.sheet}\u0000${change.row}\u0000${change.column}`;
    if (seen.has(key)) {
      return fail("value", `Nothing was written: the plan writes ${sheetCellAddress(change.sheet, change.row, change.column)} twice.`);
    }
    seen.add(key);
  }
  for (const fill of [...(plan.fills ?? []), ...(plan.removeFills ?? [])]) {
    if (!plan.allowed.some((range) => rangeInside(fill.range, range))) {
      return fail("value", `Nothing was written: a colour rule reaches outside the plan's output cells on "${fill.range.sheet}".`);
    }
  }
  return ok(plan);
}

function problemWith(change: CellChange, sheets: ReadonlySet<string>): string | null {
  if (!sheets.has(change.sheet)) return `there is no sheet called "${change.sheet}".`;
  const inside =
    Number.isInteger(change.row) && Number.isInteger(change.column) &&
    change.row >= 0 && change.row < MAX_ROWS && change.column >= 0 && change.column < MAX_COLUMNS;
  if (!inside) return `row ${change.row + 1}, column ${change.column + 1} is outside the sheet "${change.sheet}".`;
  if (change.kind === "formula" && !change.formula.startsWith("=")) {
    return `the formula for ${sheetCellAddress(change.sheet, change.row, change.column)} does not start with "=".`;
  }
  if (change.kind === "value" && typeof change.value === "number" && !Number.isFinite(change.value)) {
    return `the value for ${sheetCellAddress(change.sheet, change.row, change.column)} is not a finite number.`;
  }
  return null;
}

/** Sheets a plan writes to, for the protection check both adapters make before writing. */
export function sheetsWritten(plan: Plan): string[] {
  const fills = [...(plan.fills ?? []), ...(plan.removeFills ?? [])];
  return [...new Set([...plan.changes.map((c) => c.sheet), ...fills.map((f) => f.range.sheet)])];
}

export function protectedSheetMessage(sheet: string): string {
  return `Nothing was written: the sheet "${sheet}" is protected. Unprotect it (Review > Unprotect Sheet), then refresh again.`;
}
