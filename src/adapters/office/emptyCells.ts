/**
 * Which cells behind a custom function's arguments are empty, read through the shared runtime's Excel.run: one
 * request for every address of the call, loading only `valueTypes` (an "Empty" cell is one Excel sends as 0 on
 * older desktop builds).
 */
import type { EmptyCellReader } from "../../functions/excelInputs";

type ExcelRun = typeof Excel.run;

/** "'Q3 scorecard'!K6:K60" → the sheet ("Q3 scorecard") and the range ("K6:K60"); no sheet: the active one. */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/** The reader, or null where there is no Excel (the preview, tests, a runtime without the workbook). */
export function officeEmptyCellReader(run: ExcelRun | null = typeof Excel === "undefined" ? null : Excel.run): EmptyCellReader | null {
  if (!run) return null;
  return (addresses) =>
    run(async (context) => {
      const ranges = addresses.map((address) => {
        const { sheet, range } = splitAddress(address);
        const worksheet = sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
        return worksheet.getRange(range).load("valueTypes");
      });
      await context.sync();
      return ranges.map((range) => range.valueTypes.map((row) => row.map((type) => String(type) === "Empty")));
    });
}
