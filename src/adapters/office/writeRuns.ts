/**
 * Groups a plan's cell changes into runs of consecutive rows in one column, so a refresh of thousands of cells is
 * a few dozen range writes in one request (well under Office's 5 MB request limit) instead of one per cell.
 */
import { looksLikeFormula } from "../../engine/plan";
import type { CellChange, CellValue } from "../../engine/workbook";

export interface WriteRun {
  readonly sheet: string;
  readonly column: number;
  readonly top: number;
  readonly kind: "value" | "formula";
  readonly values: (CellValue | string)[];
  /** Per cell: a number format to set first, or null to leave the cell's own. */
  readonly formats: (string | null)[];
}

export function writeRuns(changes: readonly CellChange[]): WriteRun[] {
  const sorted = [...changes].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row,
  );
  const runs: { sheet: string; column: number; top: number; kind: "value" | "formula"; values: (CellValue | string)[]; formats: (string | null)[] }[] = [];
  for (const change of sorted) {
    const last = runs[runs.length - 1];
    const value = change.kind === "formula" ? change.formula : change.value;
    // Office.js reads "=…", "+…", "-…" in `values` as a formula; the text format keeps such text as text.
    const format = change.kind === "value" && looksLikeFormula(change.value) ? "@" : (change.numberFormat ?? null);
    if (last && last.sheet === change.sheet && last.column === change.column && last.kind === change.kind && last.top + last.values.length === change.row) {
      last.values.push(value);
      last.formats.push(format);
    } else {
      runs.push({ sheet: change.sheet, column: change.column, top: change.row, kind: change.kind, values: [value], formats: [format] });
    }
  }
  return runs;
}
