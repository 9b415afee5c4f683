/**
 * Builds .xlsx packages part by part for tests, carrying what real council workbooks carry: charts and chart
 * sheets, pivot caches, VBA, threaded comments and notes, external links, custom properties (sensitivity labels),
 * customXml, data validation with formulas, named formulas, merged section rows, dynamic arrays, sparklines, a
 * calc chain, part names other than sheetN.xml, and optionally the Open XML SDK's "x:" prefix.
 */
import { strToU8, zipSync } from "fflate";
import { cellAddress, parseRange } from "../../src/engine/sheet/address";
import type { CellValue } from "../../src/engine/sheet/workbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const T = (type: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;

export interface GeneratedSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** XML inserted after </sheetData> (merges, validations, hyperlinks…), already in schema order. */
  readonly afterSheetData?: string;
  /** Extra cells written as raw XML into a row ("O6" → `<c …>`), for formulas of every kind. */
  readonly rawCells?: Readonly<Record<number, string>>;
  readonly rels?: readonly { id: string; type: string; target: string; external?: boolean }[];
  /** Raw <row> elements appended to sheetData (a stray cell at XFD1048576, say). */
  readonly extraRows?: string;
  /**
   * An Excel table (a ListObject) over `ref`, its header the range's first row: its columns are named by those
   * cells, as Excel requires. The part and its relationship are added; `afterSheetData` places its <tablePart>.
   */
  readonly table?: {
    readonly relId: string;
    readonly ref: string;
    readonly name: string;
    /** The range's last row is the totals row (totalsRowCount="1"), outside the autofilter. */
    readonly totalsRow?: boolean;
    /** Column names other than the header cells' (a header cell left blank in the sheet). */
    readonly columns?: readonly string[];
  };
}

export interface GeneratedWorkbook {
  readonly sheets: readonly GeneratedSheet[];
  /** "x" writes every SpreadsheetML element as <x:…>, as the Open XML SDK and ClosedXML do. */
  readonly prefix?: string;
  /** Worksheet part names, in sheet order; default xl/worksheets/sheetN.xml. */
  readonly partNames?: readonly string[];
  readonly macroEnabled?: boolean;
  /** The full package: charts, pivots, VBA, links, properties, customXml, comments, calc chain. */
  readonly everything?: boolean;
}

const esc = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function sheetXml(sheet: GeneratedSheet, strings: string[], p: (name: string) => string, nsDecl: string): string {
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((value, c) => {
      const ref = cellAddress(r, c);
      if (value === null) return "";
      if (typeof value === "number") return `<${p("c")} r="${ref}"><${p("v")}>${value}</${p("v")}></${p("c")}>`;
      if (typeof value === "boolean") return `<${p("c")} r="${ref}" t="b"><${p("v")}>${value ? 1 : 0}</${p("v")}></${p("c")}>`;
      let index = strings.indexOf(value);
      if (index < 0) index = strings.push(value) - 1;
      return `<${p("c")} r="${ref}" t="s"><${p("v")}>${index}</${p("v")}></${p("c")}>`;
    });
    const raw = sheet.rawCells?.[r] ?? "";
    return `<${p("row")} r="${r + 1}">${cells.join("")}${raw}</${p("row")}>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p("worksheet")} ${nsDecl}><${p("sheetViews")}><${p("sheetView")} workbookViewId="0"><${p("pane")} ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/></${p("sheetView")}></${p("sheetViews")}><${p("cols")}><${p("col")} min="1" max="1" width="60" customWidth="1"/></${p("cols")}><${p("sheetData")}>${rows.join("")}${sheet.extraRows ?? ""}</${p("sheetData")}>${sheet.afterSheetData ?? ""}</${p("worksheet")}>`;
}

function rels(list: readonly { id: string; type: string; target: string; external?: boolean }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`).join("")}</Relationships>`;
}

/** A table part as Excel writes one: its columns named by the header cells, an autofilter, a banded style. */
function tableXml(sheet: GeneratedSheet, table: NonNullable<GeneratedSheet["table"]>, id: number): string {
  const range = parseRange(table.ref, sheet.name);
  if (!range) throw new Error(`not a table range: ${table.ref}`);
  const header = sheet.rows[range.top] ?? [];
  const names: string[] = [];
  for (let c = range.left; c <= range.right; c++) names.push(table.columns?.[c - range.left] ?? String(header[c] ?? `Column${names.length + 1}`));
  // A totals row as Excel writes one: a label under the first column, a count under the RAG column.
  const totals = (name: string, i: number) => (!table.totalsRow ? "" : i === 0 ? ' totalsRowLabel="Total"' : name === "RAG" ? ' totalsRowFunction="count"' : "");
  const columns = names.map((name, i) => `<tableColumn id="${i + 1}" name="${esc(name)}"${totals(name, i)}/>`).join("");
  const filter = table.totalsRow ? `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom - 1, range.right)}` : table.ref;
  const shown = table.totalsRow ? 'totalsRowCount="1"' : 'totalsRowShown="0"';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}" ${shown}><autoFilter ref="${filter}"/><tableColumns count="${names.length}">${columns}</tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

/** The package's parts, by name, as bytes. */
export function generateParts(spec: GeneratedWorkbook): Record<string, Uint8Array> {
  const prefix = spec.prefix ?? "";
  const p = (name: string) => (prefix ? `${prefix}:${name}` : name);
  const nsDecl = prefix ? `xmlns:${prefix}="${MAIN}" xmlns:r="${REL}"` : `xmlns="${MAIN}" xmlns:r="${REL}"`;
  const strings: string[] = [];
  const text: Record<string, string> = {};
  const binary: Record<string, Uint8Array> = {};
  const overrides: [string, string][] = [];
  const workbookRels: { id: string; type: string; target: string }[] = [];
  const sheetEntries: string[] = [];

  spec.sheets.forEach((sheet, i) => {
    const part = spec.partNames?.[i] ?? `xl/worksheets/sheet${i + 1}.xml`;
    text[part] = sheetXml(sheet, strings, p, nsDecl);
    const sheetRels = [...(sheet.rels ?? [])];
    if (sheet.table) {
      const tablePart = `xl/tables/table${i + 1}.xml`;
      text[tablePart] = tableXml(sheet, sheet.table, i + 1);
      overrides.push([`/${tablePart}`, "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"]);
      sheetRels.push({ id: sheet.table.relId, type: T("table"), target: `../tables/table${i + 1}.xml` });
    }
    if (sheetRels.length > 0) text[part.replace(/([^/]+)$/, "_rels/$1.rels")] = rels(sheetRels);
    overrides.push([`/${part}`, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"]);
    workbookRels.push({ id: `rIdSheet${i + 1}`, type: T("worksheet"), target: part.replace(/^xl\//, "") });
    sheetEntries.push(`<${p("sheet")} name="${esc(sheet.name)}" sheetId="${i + 1}" r:id="rIdSheet${i + 1}"/>`);
  });

  let workbookExtra = "";
  if (spec.everything) {
    const everything = packageExtras(nsDecl);
    Object.assign(text, everything.text);
    Object.assign(binary, everything.binary);
    overrides.push(...everything.overrides);
    workbookRels.push(...everything.workbookRels);
    sheetEntries.push(...everything.sheetEntries(p, spec.sheets.length));
    workbookExtra = everything.workbookXml(p);
  }
  workbookRels.push({ id: "rIdStyles", type: T("styles"), target: "styles.xml" }, { id: "rIdStrings", type: T("sharedStrings"), target: "sharedStrings.xml" });

  const workbookType = spec.macroEnabled ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  text["[Content_Types].xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("")}</Types>`;
  text["_rels/.rels"] = rels([{ id: "rId1", type: T("officeDocument"), target: "xl/workbook.xml" }, ...(spec.everything ? [{ id: "rId2", type: T("custom-properties"), target: "docProps/custom.xml" }] : [])]);
  text["xl/_rels/workbook.xml.rels"] = rels(workbookRels);
  text["xl/workbook.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p("workbook")} ${nsDecl}><${p("bookViews")}><${p("workbookView")} activeTab="0"/></${p("bookViews")}><${p("sheets")}>${sheetEntries.join("")}</${p("sheets")}>${workbookExtra}</${p("workbook")}>`;
  text["xl/styles.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p("styleSheet")} ${nsDecl}><${p("numFmts")} count="1"><${p("numFmt")} numFmtId="164" formatCode="0.0%"/></${p("numFmts")}><${p("fonts")} count="1"><${p("font")}><${p("sz")} val="11"/><${p("name")} val="Arial"/></${p("font")}></${p("fonts")}><${p("fills")} count="2"><${p("fill")}><${p("patternFill")} patternType="none"/></${p("fill")}><${p("fill")}><${p("patternFill")} patternType="gray125"/></${p("fill")}></${p("fills")}><${p("borders")} count="1"><${p("border")}/></${p("borders")}><${p("cellStyleXfs")} count="1"><${p("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p("cellStyleXfs")}><${p("cellXfs")} count="2"><${p("xf")} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p("xf")} numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p("cellXfs")}></${p("styleSheet")}>`;
  text["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p("sst")} ${nsDecl} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<${p("si")}><${p("t")} xml:space="preserve">${esc(s)}</${p("t")}></${p("si")}>`).join("")}</${p("sst")}>`;

  const parts: Record<string, Uint8Array> = {};
  // [Content_Types].xml first, as Office writes it.
  parts["[Content_Types].xml"] = strToU8(text["[Content_Types].xml"]);
  for (const [name, value] of Object.entries(text)) if (name !== "[Content_Types].xml") parts[name] = strToU8(value);
  Object.assign(parts, binary);
  return parts;
}

export function generateWorkbook(spec: GeneratedWorkbook): Uint8Array {
  return zipSync(generateParts(spec), { level: 1 });
}

/** Every part a council workbook might carry beyond its sheets, wired in through relationships. */
function packageExtras(nsDecl: string) {
  const vba = new Uint8Array(4096);
  for (let i = 0; i < vba.length; i++) vba[i] = (i * 7919) % 251; // stands for an OLE VBA project: bytes to keep
  return {
    text: {
      "xl/drawings/drawing1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><xdr:twoCellAnchor><xdr:from><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Admissions chart"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
      "xl/drawings/_rels/drawing1.xml.rels": rels([{ id: "rId1", type: T("chart"), target: "../charts/chart1.xml" }]),
      "xl/charts/chart1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Scorecard!$G$8:$I$8</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
      "xl/chartsheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
      "xl/chartsheets/_rels/sheet1.xml.rels": rels([{ id: "rId1", type: T("drawing"), target: "../drawings/drawing1.xml" }]),
      "xl/pivotCache/pivotCacheDefinition1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A4:K10" sheet="Scorecard"/></cacheSource><cacheFields count="1"><cacheField name="Measure" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
      "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels([{ id: "rId1", type: T("pivotCacheRecords"), target: "pivotCacheRecords1.xml" }]),
      "xl/pivotCache/pivotCacheRecords1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="${MAIN}" count="2"><r><s v="Admissions 18-64"/></r><r><s v="Admissions 65+"/></r></pivotCacheRecords>`,
      "xl/externalLinks/externalLink1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="${MAIN}" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Populations"/></sheetNames></externalBook></externalLink>`,
      "xl/externalLinks/_rels/externalLink1.xml.rels": rels([{ id: "rId1", type: T("externalLinkPath"), target: "file:///S:/Performance/ONS%20mid-year%20estimates.xlsx", external: true }]),
      "xl/comments1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>tc={6A1C}</author><author>Analyst</author></authors><commentList><comment ref="K8" authorId="0"><text><t>[Threaded comment] Is 438 final?</t></text></comment><comment ref="P40" authorId="1"><text><t>A note on an empty cell</t></text></comment></commentList></comments>`,
      "xl/threadedComments/threadedComment1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="K8" dT="2022-03-20T10:00:00.00" personId="{1}" id="{6A1C}"><text>Is 438 final?</text></threadedComment></ThreadedComments>`,
      "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>7</x:Row><x:Column>10</x:Column></x:ClientData></v:shape></xml>`,
      "xl/calcChain.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="O6" i="1"/></calcChain>`,
      "xl/metadata.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
      "docProps/custom.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_Classification"><vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr></property></Properties>`,
      "customXml/item1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ct:contentTypeSchema xmlns:ct="http://schemas.microsoft.com/office/2006/metadata/contentType"/>`,
    } as Record<string, string>,
    binary: { "xl/vbaProject.bin": vba },
    overrides: [
      ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
      ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
      ["/xl/chartsheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"],
      ["/xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"],
      ["/xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"],
      ["/xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"],
      ["/xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"],
      ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
      ["/xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"],
      ["/xl/metadata.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"],
      ["/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"],
    ] as [string, string][],
    workbookRels: [
      { id: "rIdChartSheet", type: T("chartsheet"), target: "chartsheets/sheet1.xml" },
      { id: "rIdPivot", type: T("pivotCacheDefinition"), target: "pivotCache/pivotCacheDefinition1.xml" },
      { id: "rIdLink", type: T("externalLink"), target: "externalLinks/externalLink1.xml" },
      { id: "rIdVba", type: "http://schemas.microsoft.com/office/2006/relationships/vbaProject", target: "vbaProject.bin" },
      { id: "rIdCalc", type: T("calcChain"), target: "calcChain.xml" },
      { id: "rIdMeta", type: T("sheetMetadata"), target: "metadata.xml" },
    ],
    sheetEntries: (q: (name: string) => string, count: number) => [`<${q("sheet")} name="Admissions chart" sheetId="${count + 1}" r:id="rIdChartSheet"/>`],
    workbookXml: (q: (name: string) => string) =>
      `<${q("externalReferences")}><${q("externalReference")} r:id="rIdLink"/></${q("externalReferences")}><${q("definedNames")}><${q("definedName")} name="_xlnm.Print_Area" localSheetId="0">Scorecard!$A$1:$M$60</${q("definedName")}><${q("definedName")} name="Threshold">0.05</${q("definedName")}><${q("definedName")} name="LatestYtd" localSheetId="0">Scorecard!$K$6:$K$60</${q("definedName")}><${q("definedName")} name="Populations">[1]Populations!$C$3</${q("definedName")}></${q("definedNames")}><${q("calcPr")} calcId="191029"/><${q("pivotCaches")}><${q("pivotCache")} cacheId="1" r:id="rIdPivot"/></${q("pivotCaches")}>`,
    nsDecl,
  };
}
