/**
 * Tables as a committee paper needs them to be accessible: a real header row that Word repeats on every page
 * (tblHeader) and reads out as headers, and each rating given as its word and a fill, never a colour alone.
 *
 * A table is written as WordprocessingML text, not built from the docx package's objects: a 5,000-measure appendix
 * is 70,000 cells, which the package's object model takes most of a minute to build and serialise. The document
 * holds a placeholder paragraph where each table goes (`TablePlaceholders`), swapped for the table's XML once packed.
 */
import { Paragraph, TextRun } from "docx";

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

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
// Borders are the table's (inside lines included), and widths its grid's, so a cell states only what is its own:
// a 5,000-measure appendix is 70,000 cells.
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>`).join("");

function cellXml(text: string, size: number, options: { bold?: boolean; fill?: string; colour?: string; span?: number } = {}): string {
  const shading = options.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/>` : "";
  const span = options.span ? `<w:gridSpan w:val="${options.span}"/>` : "";
  const runProperties = `<w:rPr>${options.bold ? "<w:b/><w:bCs/>" : ""}${options.colour ? `<w:color w:val="${options.colour}"/>` : ""}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
  const run = text === "" ? "" : `<w:r>${runProperties}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
  const properties = span || shading ? `<w:tcPr>${span}${shading}</w:tcPr>` : "";
  return `<w:tc>${properties}<w:p>${run}</w:p></w:tc>`;
}

/**
 * A table over `width` twips: the header row marked to repeat and as the table's header, body rows below; a section
 * row spans the table. `size` is the font size in half-points.
 */
export function tableXml(columns: readonly Column[], rows: readonly Row[], width: number, size = 20): string {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * width));
  const parts: string[] = [];
  parts.push(`<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`);
  parts.push(`<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`);
  parts.push(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${columns.map((c) => cellXml(c.header, size, { bold: true, fill: HEADER_FILL })).join("")}</w:tr>`);
  for (const row of rows) {
    if ("section" in row) {
      parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cellXml(row.section, size, { bold: true, span: columns.length })}</w:tr>`);
      continue;
    }
    let cells = "";
    for (let i = 0; i < columns.length; i++) {
      const text = row[i] ?? "";
      const rating = columns[i].rating ? RATING_FILLS[text] : undefined;
      cells += cellXml(text, size, rating ? { fill: rating.fill, colour: rating.text, bold: true } : {});
    }
    parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells}</w:tr>`);
  }
  parts.push("</w:tbl>");
  return parts.join("");
}

/** A paragraph as WordprocessingML: in a paragraph style ("Heading3"), or body text spaced as the paper's; a bold label first. */
export function paragraphXml(text: string, options: { style?: string; label?: string } = {}): string {
  const properties = options.style ? `<w:pPr><w:pStyle w:val="${options.style}"/></w:pPr>` : '<w:pPr><w:spacing w:after="120"/></w:pPr>';
  const label = options.label ? `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${escape(options.label)}: </w:t></w:r>` : "";
  return `<w:p>${properties}${label}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
}

/** Where each table goes in the document: a placeholder paragraph, and the table's XML to put in its place. */
export class TablePlaceholders {
  private readonly tables: string[] = [];

  /** A paragraph standing for the table until the document is packed. */
  add(columns: readonly Column[], rows: readonly Row[], width: number, size = 20): Paragraph {
    return this.addXml(tableXml(columns, rows, width, size));
  }

  /** A placeholder for any run of body XML (a highlight's heading, table and sentences: thousands in a large paper). */
  addXml(xml: string): Paragraph {
    this.tables.push(xml);
    return new Paragraph({ children: [new TextRun(`\u00A7table ${this.tables.length - 1}\u00A7`)] });
  }

  /** document.xml with each placeholder paragraph replaced by its table. */
  fill(documentXml: string): string {
    return documentXml.replace(/<w:p>(?:(?!<w:p>)[\s\S])*?\u00A7table (\d+)\u00A7[\s\S]*?<\/w:p>/g, (_, index: string) => this.tables[Number(index)]);
  }
}
