/**
 * The preservation corpus's council workbook: a scorecard with what councils keep beside one (charts, a pivot, VBA
 * when macro-enabled, comments, links, custom properties, merged section headings across the RAG column, a
 * scenario, data validation, sparklines, array, shared and data-table formulas), and a notes sheet. The CLI's
 * lossless test and the browser page's download test hold a refresh of it to the same standard.
 */
import { scorecardRows } from "./generateScorecard";
import { zipSync } from "fflate";
import { generateParts, generateWorkbook, type GeneratedWorkbook } from "./xlsxGenerator";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const COUNCIL_ROWS = scorecardRows(55);
const headingRows = COUNCIL_ROWS.map((row, r) => (r > 3 && row.length === 1 ? r + 1 : 0)).filter(Boolean);

/**
 * The cells a refresh of it with the default rules writes: the six measures with a polarity, a target and a year
 * to date (the sample's rows 6, 8, 13, 17, 23 and 25), rated in column L.
 */
export const COUNCIL_PLANNED = ["Scorecard!L13", "Scorecard!L17", "Scorecard!L23", "Scorecard!L25", "Scorecard!L6", "Scorecard!L8"];

export function councilWorkbook(overrides: Partial<GeneratedWorkbook> = {}): GeneratedWorkbook {
  const afterSheetData = [
    `<scenarios><scenario name="Winter pressures" locked="0" count="1" user="Analyst"><inputCells r="K8" val="560"/></scenario></scenarios>`,
    `<mergeCells count="${headingRows.length}">${headingRows.map((r) => `<mergeCell ref="A${r}:M${r}"/>`).join("")}</mergeCells>`,
    `<conditionalFormatting sqref="K6:K60"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>`,
    `<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="B6:B66"><formula1>"High is good,Low is good,n/a"</formula1></dataValidation><dataValidation type="decimal" operator="greaterThanOrEqual" sqref="G6:J66"><formula1>Threshold*0</formula1></dataValidation></dataValidations>`,
    `<hyperlinks><hyperlink ref="A6" location="'Admissions chart'!A1" display="See the chart"/></hyperlinks>`,
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
    `<drawing r:id="rIdDrawing"/><legacyDrawing r:id="rIdVml"/>`,
    `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:sparklines><x14:sparkline><xm:f>Scorecard!G6:I6</xm:f><xm:sqref>N6</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
  ].join("");
  return {
    everything: true,
    sheets: [
      {
        name: "Scorecard",
        rows: COUNCIL_ROWS,
        afterSheetData,
        rawCells: {
          5: `<c r="O6" cm="1"><f t="array" ref="O6:O8">_xlfn._xlws.SORT(K6:K8)</f><v>18</v></c><c r="P6"><f t="shared" ref="P6:P8" si="0">G6*2</f><v>14</v></c><c r="Q6"><f t="dataTable" ref="Q6:Q7" dt2D="0" dtr="0" r1="K8"/><v>1</v></c><c r="R6"><f>[1]Populations!$C$3</f><v>87009</v></c>`,
          6: `<c r="P7"><f t="shared" si="0"/><v>6.4</v></c>`,
          7: `<c r="P8"><f t="shared" si="0"/><v>272</v></c>`,
        },
        rels: [
          { id: "rIdDrawing", type: `${REL}/drawing`, target: "../drawings/drawing1.xml" },
          { id: "rIdVml", type: `${REL}/vmlDrawing`, target: "../drawings/vmlDrawing1.vml" },
          { id: "rIdComments", type: `${REL}/comments`, target: "../comments1.xml" },
          { id: "rIdThreaded", type: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", target: "../threadedComments/threadedComment1.xml" },
        ],
      },
      { name: "Notes", rows: [["Agenda item 7"], ["See the Scorecard sheet."]] },
    ],
    ...overrides,
  };
}

/** The council workbook's bytes, macro-enabled or not: for the browser tests, which run it through tsx. */
export const councilWorkbookBytes = (macroEnabled = false): Uint8Array => generateWorkbook(councilWorkbook({ macroEnabled }));

/**
 * What Excel makes of a workbook with a password: an OLE compound file whose directory names an EncryptionInfo
 * stream (in UTF-16LE), the package itself encrypted inside. Enough of one for the refusal to be tested.
 */
export function encryptedWorkbookBytes(): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header);
  return new Uint8Array(Buffer.concat([header, Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512), Buffer.from("EncryptedPackage", "utf16le")]));
}

/** An old Excel 97-2003 .xls: a compound file with no EncryptionInfo stream. */
export const xlsWorkbookBytes = (): Uint8Array => new Uint8Array(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));

/**
 * A scorecard whose shared strings, a part every open reads, hide 16 MB of spaces (well-formed), deflated about 1000
 * to 1, as a "zip bomb" does. (A part never read, such as an image, is copied as it is and is no bomb to the reader.)
 */
export function zipBombBytes(): Uint8Array {
  const parts = generateParts({ sheets: [{ name: "Scorecard", rows: COUNCIL_ROWS }] });
  const strings = new TextDecoder().decode(parts["xl/sharedStrings.xml"]).replace("</sst>", `${" ".repeat(16 * 1024 * 1024)}</sst>`);
  parts["xl/sharedStrings.xml"] = new TextEncoder().encode(strings);
  return zipSync(parts, { level: 9 });
}
