/**
 * Hands bytes the pane made (a workbook copy, a committee report) to the browser as a download: a Blob URL on a
 * link clicked in the page, so nothing leaves the machine and the page's Content-Security-Policy needs no change.
 */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** The content type Excel expects for a workbook file of this name. */
export const workbookType = (name: string) => (/\.xlsm$/i.test(name) ? XLSM_TYPE : XLSX_TYPE);

export function saveFile(name: string, bytes: Uint8Array, type: string): void {
  // A copy into a fresh ArrayBuffer: a Blob takes only ArrayBuffer-backed views.
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the URL is freed after it starts the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
