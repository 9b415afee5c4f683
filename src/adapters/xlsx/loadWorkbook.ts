/** Opens an .xlsx (or .xlsm) from bytes, for the preview: the same package reader the CLI and tests use. */
import { XlsxWorkbook } from "./xlsxWorkbook";

export async function openXlsx(bytes: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
}
