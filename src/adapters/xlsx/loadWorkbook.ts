/** Loads ExcelJS on demand (it is large) and opens an .xlsx from bytes. */
import type * as ExcelJsModule from "exceljs";
import { XlsxWorkbook } from "./xlsxWorkbook";

type ExcelJs = typeof ExcelJsModule;

export async function openXlsx(bytes: ArrayBuffer): Promise<XlsxWorkbook> {
  const loaded: ExcelJs & { default?: ExcelJs } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  // The browser build is a CommonJS bundle: its classes sit on the module or on its default export.
  const excel = typeof loaded.Workbook === "function" ? loaded : loaded.default;
  if (!excel) throw new Error("The spreadsheet reader did not load.");
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`This file could not be read as an .xlsx workbook (${reason}).`);
  }
  return new XlsxWorkbook(workbook);
}
