/**
 * A planned table's findings: what the planner could not work out on a row, the data checks on each measure row, and
 * the table's own (polarity spellings, repeated headers). Worked out when first read, not for every refresh.
 */
import { cellAddress, sheetCellAddress } from "../sheet/address";
import { checkRowInto, polaritySpellings, type RowColumns } from "./checks";
import type { Finding } from "../core/findings";
import { roleOf } from "./detect";
import { SheetRow, type RowFinding } from "./planWriter";
import type { TableSettings } from "./settings";
import type { CellValue, SheetData } from "../sheet/workbook";

/**
 * A check of a measure's label from outside this domain (the ASCOF id printed in it, which rates/ knows), given by
 * the app so the scorecard planner need not import another domain.
 */
export type LabelCheck = (label: CellValue, cell: string) => Finding | null;

/**
 * Each measure row's planner findings, then its checks', then the table's own. The sheet is as it was read (a write
 * is followed by a fresh read), so checking it after planning finds the same.
 */
export function tableFindings(sheet: SheetData, table: TableSettings, measureRows: readonly number[], rowFindings: readonly RowFinding[], labelCheck?: LabelCheck): Finding[] {
  const { mapping } = table;
  const findings: Finding[] = [];
  const checked = checkedColumns(mapping);
  const reader = new SheetRow(sheet, table.sheet);
  let next = 0;
  for (let i = 0; i < measureRows.length; i++) {
    const row = measureRows[i];
    for (; next < rowFindings.length && rowFindings[next].row === row; next++) findings.push(rowFindings[next].finding);
    checkRowInto(reader.at(row), checked, findings);
    if (labelCheck) {
      const label = sheet.values[row - sheet.top]?.[mapping.measure.column - sheet.left] ?? null;
      const finding = labelCheck(label, sheetCellAddress(table.sheet, row, mapping.measure.column));
      if (finding) findings.push(finding);
    }
  }
  const polarityColumn = mapping.polarity;
  if (polarityColumn) {
    const column = polarityColumn.column - sheet.left;
    const spellings = polaritySpellings(measureRows.length, (i) => sheet.values[measureRows[i] - sheet.top]?.[column] ?? null, (i) => sheetCellAddress(table.sheet, measureRows[i], polarityColumn.column));
    for (const finding of spellings) findings.push(finding);
  }
  for (const finding of duplicateHeaders(sheet, table)) findings.push(finding);
  return findings;
}

/** The columns a row's checks read: benchmarks and last year's outturn are checked but not rated. */
function checkedColumns(mapping: TableSettings["mapping"]): RowColumns {
  return {
    ...(mapping.polarity ? { polarity: mapping.polarity.column } : {}),
    ...(mapping.target ? { target: mapping.target.column } : {}),
    periods: mapping.periods.map((p) => p.column),
    ...(mapping.ytd ? { ytd: mapping.ytd.column } : {}),
    others: [...mapping.benchmarks, ...(mapping.previous ? [mapping.previous] : [])].map((m) => m.column),
  };
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
