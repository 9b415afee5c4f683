/** "This workbook": each sheet and the size of its used range, read in one round trip without reading the cells. */
import type { SheetSize, WorkbookAdapter } from "../engine/sheet/workbook";

export type { SheetSize };

export function summariseWorkbook(workbook: WorkbookAdapter): Promise<SheetSize[]> {
  return workbook.sheetSizes();
}
