/**
 * A report sheet's layout through Office.js: column widths and wrapped text (ExcelApi 1.1, everywhere the add-in
 * runs), and the page setup (A4, orientation, fit to width, print titles, header and footer), which needs
 * ExcelApi 1.9. The manifest asks for 1.7, so 1.9 is checked at run time and its absence said, never assumed.
 */
import type { CellChange, PageLayoutSupport, SheetLayout } from "../../engine/sheet/workbook";

export const PAGE_LAYOUT_API = "1.9";

/** Whether this Excel can set page layout (ExcelApi 1.9); outside Office, no. */
export function supportsPageLayout(): boolean {
  return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", PAGE_LAYOUT_API));
}

export function pageLayoutSupportOf(supported: boolean): PageLayoutSupport {
  return supported
    ? { supported: true }
    : {
        supported: false,
        reason: `This version of Excel cannot set a sheet's page layout from an add-in (it needs ExcelApi ${PAGE_LAYOUT_API}). The sheet is written with wrapped text and column widths; set A4 landscape, fit to one page wide, print titles and the header and footer in Page Layout yourself.`,
      };
}

/** Points for a width in characters of the default font (7 pixels a character and 5 of padding, at 0.75 points a pixel). */
const pointsFor = (characters: number) => (characters * 7 + 5) * 0.75;

/** Header and footer codes start with "&": a committee named "Health & Care" is written "Health && Care". */
const headerText = (text: string) => text.replace(/&/g, "&&");

/** Queues the layout of a sheet the plan created (no sync): `changes` are the plan's, to find the cells written. */
export function queueLayout(worksheet: Excel.Worksheet, layout: SheetLayout, changes: readonly CellChange[], pageLayout: boolean): void {
  layout.columnWidths.forEach((width, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = pointsFor(width);
  });
  let rows = 0;
  let columns = 0;
  for (const change of changes) {
    if (change.sheet !== layout.sheet) continue;
    if (change.row + 1 > rows) rows = change.row + 1;
    if (change.column + 1 > columns) columns = change.column + 1;
  }
  if (layout.wrapText && rows > 0) {
    const written = worksheet.getRangeByIndexes(0, 0, rows, columns);
    written.format.wrapText = true;
    written.format.verticalAlignment = "Top";
  }
  if (!pageLayout) return;
  const page = worksheet.pageLayout;
  page.orientation = layout.landscape ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  page.centerHorizontally = true;
  if (layout.fitToPagesWide > 0) page.zoom = { horizontalFitToPages: layout.fitToPagesWide };
  if (layout.printTitleRows) page.setPrintTitleRows(`$${layout.printTitleRows.top + 1}:$${layout.printTitleRows.bottom + 1}`);
  const allPages = page.headersFooters.defaultForAllPages;
  allPages.centerHeader = headerText(layout.header);
  allPages.leftFooter = headerText(layout.footer);
  allPages.rightFooter = "Page &P of &N";
}
