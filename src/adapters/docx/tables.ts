/**
 * Tables as a committee paper needs them to be accessible: a real header row that Word repeats on every page
 * (tblHeader) and reads out as headers, and each rating given as its word and a fill, never a colour alone.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

/** The fills the workbook's own colour rules use, so the paper looks like the sheet. */
const RATING_FILLS: Readonly<Record<string, { fill: string; text: string }>> = {
  Green: { fill: "C6EFCE", text: "006100" },
  Amber: { fill: "FFEB9C", text: "9C5700" },
  Red: { fill: "FFC7CE", text: "9C0006" },
  Overspent: { fill: "FFC7CE", text: "9C0006" },
  Improving: { fill: "C6EFCE", text: "006100" },
  Worsening: { fill: "FFC7CE", text: "9C0006" },
};

export const HEADER_FILL = "D9E2F3";

export interface Column {
  readonly header: string;
  /** Relative width. */
  readonly weight: number;
  /** Cells in this column are ratings: each gets its word's fill. */
  readonly rating?: boolean;
}

export type Row = readonly string[] | { readonly section: string };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, options: { bold?: boolean; fill?: string; colour?: string; size: number; span?: number; width: number }): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.bold, color: options.colour, size: options.size })] })],
    borders: BORDERS,
    width: { size: options.width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.fill } } : {}),
  });
}

/**
 * A table over `width` twips: the header row marked to repeat and as the table's header, body rows below; a section
 * row spans the table. `size` is the font size in half-points.
 */
export function accessibleTable(columns: readonly Column[], rows: readonly Row[], width: number, size = 20): Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * width));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, { bold: true, fill: HEADER_FILL, size, width: widths[i] })),
  });
  const body = rows.map((row) => {
    if ("section" in row) return new TableRow({ cantSplit: true, children: [cell(row.section, { bold: true, size, span: columns.length, width })] });
    return new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => {
        const text = row[i] ?? "";
        const rating = c.rating ? RATING_FILLS[text] : undefined;
        return cell(text, { size, width: widths[i], ...(rating ? { fill: rating.fill, colour: rating.text, bold: true } : {}) });
      }),
    });
  });
  return new Table({ rows: [header, ...body], width: { size: width, type: WidthType.DXA }, columnWidths: widths });
}
