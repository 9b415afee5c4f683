/**
 * A report sheet's page setup in the package: the new worksheet part laid out to print (fit to width, A4,
 * orientation, margins, header and footer, column widths), its print titles as the workbook's defined name
 * `_xlnm.Print_Titles` (taking the sheet out again, the undo of adding it, is removeSheet.ts).
 */
import type { SheetLayout } from "../../../engine/sheet/workbook";
import type { WorkbookInfo } from "./workbookPart";
import { escapeXml, qualify, scanXml, splice, type Edit } from "./xml";
import type { ZipPackage } from "./zipPackage";

/** Paper size 9 is A4 (ECMA-376 §18.3.1.63). */
const A4 = 9;

/** Header and footer text as Excel stores it: "&" doubled, so a committee named "Health & Care" prints as written. */
const headerText = (text: string) => text.replace(/&/g, "&&");

/** The worksheet part for a new report sheet: no cells yet (the plan's changes are written into it next). */
export function layoutSheetXml(layout: SheetLayout): string {
  const cols = layout.columnWidths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join("");
  const fit = layout.fitToPagesWide > 0;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData/>" +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${A4}" orientation="${layout.landscape ? "landscape" : "portrait"}"${fit ? ` fitToWidth="${layout.fitToPagesWide}" fitToHeight="0"` : ""}/>` +
    `<headerFooter><oddHeader>${escapeXml(`&C${headerText(layout.header)}`)}</oddHeader><oddFooter>${escapeXml(`&L${headerText(layout.footer)}&RPage &P of &N`)}</oddFooter></headerFooter>` +
    "</worksheet>"
  );
}

/** Gives every cell in a sheet part the wrapped version of its style (`wrapped` maps a style index to that). */
export function wrapCells(xml: string, wrapped: (style: number) => number): string {
  return xml.replace(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g, (_, ref: string, style?: string) => `<c r="${ref}" s="${wrapped(Number(style ?? 0))}"`);
}

/** CT_Workbook's children after <definedNames>, to place a new list (ECMA-376 §18.2.27). */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Adds `_xlnm.Print_Titles` for the sheet at `sheetIndex`: rows `top`–`bottom` (zero-based) repeat on every page. */
export function addPrintTitles(pkg: ZipPackage, info: WorkbookInfo, sheetIndex: number, sheetName: string, rows: { top: number; bottom: number }): void {
  const xml = pkg.text(info.part) ?? "";
  let rootPrefix = "";
  let namesClose = -1;
  let namesSelfClosing: { start: number; end: number } | null = null;
  const children: { name: string; start: number }[] = [];
  let rootClose = -1;
  scanXml(xml, {
    open(tag) {
      if (tag.depth === 0) rootPrefix = tag.prefix;
      if (tag.depth === 1) children.push({ name: tag.name, start: tag.start });
      if (tag.depth === 1 && tag.name === "definedNames" && tag.selfClosing) namesSelfClosing = { start: tag.start, end: tag.openEnd };
    },
    close(tag) {
      if (tag.depth === 1 && tag.name === "definedNames") namesClose = tag.start;
      if (tag.depth === 0) rootClose = tag.start;
    },
  });
  const reference = `${quotedSheet(sheetName)}!$${rows.top + 1}:$${rows.bottom + 1}`;
  const name = `<${qualify(rootPrefix, "definedName")} name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeXml(reference)}</${qualify(rootPrefix, "definedName")}>`;
  const list = (inner: string) => `<${qualify(rootPrefix, "definedNames")}>${inner}</${qualify(rootPrefix, "definedNames")}>`;
  const selfClosing = namesSelfClosing as { start: number; end: number } | null;
  let edit: Edit;
  if (namesClose >= 0 && !selfClosing) edit = { start: namesClose, end: namesClose, insert: name };
  else if (selfClosing) edit = { start: selfClosing.start, end: selfClosing.end, insert: list(name) };
  else {
    const next = children.find((child) => AFTER_DEFINED_NAMES.includes(child.name));
    const at = next ? next.start : rootClose;
    edit = { start: at, end: at, insert: list(name) };
  }
  pkg.setText(info.part, splice(xml, [edit]));
}
