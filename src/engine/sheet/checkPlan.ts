/** Checks a whole plan before an adapter writes any of it, so a bad plan writes nothing. */
import { MAX_COLUMNS, MAX_ROWS, sheetCellAddress } from "./address";
import { fail, ok, type Result } from "../core/result";
import type { CellChange, CellRange, CellValue, HeaderGuard, Plan } from "./workbook";

/** Reads a cell as it is now in the workbook, for the header guards. */
export type HeaderReader = (sheet: string, row: number, column: number) => CellValue;

const inside = (range: CellRange, sheet: string, row: number, column: number) =>
  range.sheet === sheet && row >= range.top && row <= range.bottom && column >= range.left && column <= range.right;

const rangeInside = (inner: CellRange, outer: CellRange) =>
  inner.sheet === outer.sheet && inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

/** Text an Office.js `values` write would read as a formula; written with the text number format instead. */
export function looksLikeFormula(value: unknown): value is string {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/**
 * `headerAt` reads the workbook's cells as they are now: a plan with header guards is refused unless each guarded
 * header is there, so no writer puts a rating into a column that has since become "England average".
 */
export function checkPlan(plan: Plan, knownSheets: readonly string[], headerAt?: HeaderReader): Result<Plan> {
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
  const headers = checkHeaders(plan, headerAt);
  if (headers) return fail("value", `Nothing was written: ${headers}`);
  for (const fill of [...(plan.fills ?? []), ...(plan.removeFills ?? [])]) {
    if (!plan.allowed.some((range) => rangeInside(fill.range, range))) {
      return fail("value", `Nothing was written: a colour rule reaches outside the plan's output cells on "${fill.range.sheet}".`);
    }
  }
  return ok(plan);
}

const headerText = (value: CellValue | undefined) =>
  typeof value === "string" ? value.replace(/[\s\u00a0]+/g, " ").trim().toLowerCase() : typeof value === "number" ? String(value) : "";

function checkHeaders(plan: Plan, headerAt: HeaderReader | undefined): string | null {
  const guards = plan.headers;
  if (!guards) return null;
  if (!headerAt) return "the plan's output headers could not be checked against the workbook.";
  const byColumn = new Map<string, HeaderGuard>();
  for (const guard of guards) {
    const key = `${guard.sheet}\u0000${guard.column}`;
    // Two tables on one sheet may share an output column: a change is below the higher table's header.
    const earlier = byColumn.get(key);
    if (!earlier || guard.row < earlier.row) byColumn.set(key, guard);
    const now = headerText(headerAt(guard.sheet, guard.row, guard.column));
    if (now === headerText(guard.header)) continue;
    const writesHeader = plan.changes.some((c) => c.kind === "value" && c.sheet === guard.sheet && c.row === guard.row && c.column === guard.column && headerText(c.value) === headerText(guard.header));
    if (now === "" && writesHeader) continue;
    const shown = now === "" ? "is blank" : `is headed "${String(headerAt(guard.sheet, guard.row, guard.column)).trim()}"`;
    return `${sheetCellAddress(guard.sheet, guard.row, guard.column)} ${shown}, not "${guard.header}": the plan would write into the wrong column. Open the pane and check the mapping.`;
  }
  // The guards hold on the sheets the table plans write; a sheet the plan keeps of its own (the history) has none.
  const guarded = new Set(guards.map((guard) => guard.sheet));
  for (const change of plan.changes) {
    if (!guarded.has(change.sheet)) continue;
    const guard = byColumn.get(`${change.sheet}\u0000${change.column}`);
    if (!guard || change.row < guard.row) {
      return `${sheetCellAddress(change.sheet, change.row, change.column)} is not below one of the plan's output headers.`;
    }
  }
  return null;
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

/** Said when a plan must add a sheet (the settings sheet, a new sheet) to a workbook whose structure is protected. */
export const STRUCTURE_PROTECTED_MESSAGE =
  "Nothing was written: the workbook's structure is protected, so no sheet can be added to it (Excel would refuse too). Unprotect it (Review > Protect Workbook), then refresh again.";
