/**
 * Lossless refresh: a workbook carrying what councils keep in theirs goes through `committee-scorecard refresh`,
 * and every part the refresh has no reason to touch comes out byte for byte; in the scorecard sheet only the
 * planned cells and the colour rules change.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { main } from "../../src/cli/main";
import { scorecardRows } from "../helpers/generateScorecard";
import { changedCells, snapshotCells } from "../helpers/sampleWorkbook";
import { generateWorkbook, type GeneratedWorkbook } from "../helpers/xlsxGenerator";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rows = scorecardRows(55);
const headingRows = rows.map((row, r) => (r > 3 && row.length === 1 ? r + 1 : 0)).filter(Boolean);
const PLANNED = ["Scorecard!L13", "Scorecard!L17", "Scorecard!L23", "Scorecard!L25", "Scorecard!L6", "Scorecard!L8"];

function councilWorkbook(overrides: Partial<GeneratedWorkbook> = {}): GeneratedWorkbook {
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
        rows,
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

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out, err };
}

function refreshed(spec: GeneratedWorkbook, extension = "xlsx") {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-lossless-"));
  const input = path.join(dir, `council.${extension}`);
  writeFileSync(input, generateWorkbook(spec));
  return { dir, input, output: path.join(dir, `council.refreshed.${extension}`) };
}

/** Parts whose bytes differ, and parts added or removed. */
function partDifferences(before: Uint8Array, after: Uint8Array) {
  const a = unzipSync(before);
  const b = unzipSync(after);
  const same = (x: Uint8Array, y: Uint8Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  return {
    changed: Object.keys(a).filter((name) => b[name] && !same(a[name], b[name])).sort(),
    removed: Object.keys(a).filter((name) => !b[name]).sort(),
    added: Object.keys(b).filter((name) => !a[name]).sort(),
    parts: b,
  };
}

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");
/** The sheet XML without sheetData's rows and without the colour rules the refresh adds. */
const outsideCells = (xml: string) => xml.replace(/<(\w+:)?sheetData>[\s\S]*<\/(\w+:)?sheetData>/, "").replace(/<(\w+:)?conditionalFormatting sqref="[^"]*"><(\w+:)?cfRule type="beginsWith"[\s\S]*?<\/(\w+:)?conditionalFormatting>/g, "");
const rowsOf = (xml: string) => new Map([...xml.matchAll(/<(?:\w+:)?row r="(\d+)"[\s\S]*?<\/(?:\w+:)?row>/g)].map((m) => [Number(m[1]), m[0]]));

describe("a refresh keeps everything it does not own", () => {
  it("copies every untouched part byte for byte, and in the sheet changes only the planned cells and the colour rules", async () => {
    const { input, output } = refreshed(councilWorkbook());
    const result = await run("refresh", input);
    expect(result).toMatchObject({ code: 0, err: [] });
    const before = readFileSync(input);
    const after = readFileSync(output);
    const diff = partDifferences(before, after);
    expect(diff.changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(diff.removed).toEqual(["xl/calcChain.xml"]); // stale after cells change; Excel rebuilds it
    expect(diff.added).toEqual(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]); // the history and the settings sheets

    const oldSheet = text(unzipSync(before)["xl/worksheets/sheet1.xml"]);
    const newSheet = text(diff.parts["xl/worksheets/sheet1.xml"]);
    expect(outsideCells(newSheet)).toBe(outsideCells(oldSheet));
    const [oldRows, newRows] = [rowsOf(oldSheet), rowsOf(newSheet)];
    const plannedRows = new Set(PLANNED.map((cell) => Number(cell.replace(/^Scorecard!L/, ""))));
    for (const [row, xml] of oldRows) if (!plannedRows.has(row)) expect({ row, xml: newRows.get(row) }).toEqual({ row, xml });
    expect(newSheet).not.toContain('r="L5"'); // the merged heading across the RAG column is never written
    expect(newSheet.match(/type="beginsWith"/g)).toHaveLength(3);

    const cells = changedCells(await snapshotCells(XlsxWorkbook.open(before)), await snapshotCells(XlsxWorkbook.open(after)));
    expect(cells.filter((cell) => !cell.startsWith("ScorecardSettings!") && !cell.startsWith("Scorecard history!"))).toEqual(PLANNED);

    // The workbook part gains the history and settings sheets and nothing else: names, links and pivots are as they were.
    const workbookXml = text(diff.parts["xl/workbook.xml"]);
    const oldWorkbook = text(unzipSync(before)["xl/workbook.xml"]);
    expect(workbookXml.replace(/<sheet name="Scorecard history"[^>]*\/>/, "").replace(/<sheet name="ScorecardSettings"[^>]*\/>/, "")).toBe(oldWorkbook);
    expect(workbookXml).toContain('<sheet name="Scorecard history" sheetId="4" r:id="');
    expect(workbookXml).toContain('<sheet name="ScorecardSettings" sheetId="5" state="veryHidden" r:id="');
  });

  it("reads the merged heading's text only in its first cell, and keeps it", async () => {
    const book = XlsxWorkbook.open(generateWorkbook(councilWorkbook()));
    const sheet = await book.readSheet("Scorecard");
    expect(sheet.values[4][0]).toBe("Benchmarking/ ASCOF Indicators");
    expect(sheet.values[4][11] ?? null).toBeNull(); // L5, under the merged heading: blank, as Excel shows it
    expect(sheet.merges).toContainEqual({ sheet: "Scorecard", top: 4, bottom: 4, left: 0, right: 12 });
    expect(sheet.formulas?.[7][15]).toBe("=G8*2"); // a shared formula's dependent, read as its own formula
  });

  it("a second refresh says No changes and writes an identical copy", async () => {
    const { dir, output } = refreshed(councilWorkbook());
    await run("refresh", path.join(dir, "council.xlsx"));
    const again = path.join(dir, "again.xlsx");
    const result = await run("refresh", output, "-o", again);
    expect(result.out[0]).toMatch(/^No changes: .*an identical copy of the input\.$/);
    expect(readFileSync(again)).toEqual(readFileSync(output));
  });

  it("keeps a macro-enabled workbook's VBA: X.xlsm gives X.refreshed.xlsm with vbaProject.bin unchanged", async () => {
    const { input, output } = refreshed(councilWorkbook({ macroEnabled: true }), "xlsm");
    expect((await run("refresh", input)).code).toBe(0);
    const diff = partDifferences(readFileSync(input), readFileSync(output));
    expect(diff.changed).not.toContain("xl/vbaProject.bin");
    expect(diff.parts["xl/vbaProject.bin"]).toEqual(unzipSync(readFileSync(input))["xl/vbaProject.bin"]);
    expect(text(diff.parts["[Content_Types].xml"])).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  it("opens the Open XML SDK's x: prefix and writes new cells with it", async () => {
    const plain = { name: "Scorecard", rows };
    const { input, output } = refreshed(councilWorkbook({ prefix: "x", everything: false, sheets: [plain, { name: "Notes", rows: [["Agenda item 7"]] }] }));
    expect(await run("refresh", input)).toMatchObject({ code: 0 });
    const sheet = text(unzipSync(readFileSync(output))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<x:c r="L6" t="inlineStr"><x:is><x:t>Green</x:t></x:is></x:c>');
    expect(sheet).toContain('<x:conditionalFormatting sqref="L5:L67">');
    expect(sheet).not.toMatch(/<(c|row|conditionalFormatting|cfRule|is|t|f) /);
    const cells = await snapshotCells(XlsxWorkbook.open(readFileSync(output)));
    expect(JSON.parse(cells.get("Scorecard!L8")!).value).toBe("Green");
  });

  it("keeps an Excel table over the scorecard: its part byte for byte, and its header cells still its columns' names", async () => {
    // Excel repairs (drops) a table whose header cells differ from its column names, and tables hold no merged
    // cells: this sheet has the table and no merges.
    const ref = `A4:M${rows.length}`;
    const spec = { name: "Scorecard", rows, table: { relId: "rIdTable", ref, name: "Scorecard_Q3" }, afterSheetData: '<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>' };
    const { input, output } = refreshed({ sheets: [spec, { name: "Notes", rows: [["Agenda item 7"]] }] });
    expect(await run("refresh", input)).toMatchObject({ code: 0, err: [] });
    const diff = partDifferences(readFileSync(input), readFileSync(output));
    expect(diff.changed).not.toContain("xl/tables/table1.xml");
    expect(diff.changed).not.toContain("xl/worksheets/_rels/sheet1.xml.rels");
    const sheet = text(diff.parts["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>');
    // The new colour rules go before <tableParts>, where the schema puts conditional formatting.
    expect(sheet.indexOf("<conditionalFormatting")).toBeLessThan(sheet.indexOf("<tableParts"));

    const names = [...text(diff.parts["xl/tables/table1.xml"]).matchAll(/<tableColumn id="\d+" name="([^"]*)"\/>/g)].map((m) => m[1]);
    const header = (await XlsxWorkbook.open(readFileSync(output)).readSheet("Scorecard")).values[3];
    expect(names).toEqual(header.slice(0, 13));
    expect(names).toContain("RAG");
    const cells = changedCells(await snapshotCells(XlsxWorkbook.open(readFileSync(input))), await snapshotCells(XlsxWorkbook.open(readFileSync(output))));
    expect(cells.filter((cell) => !cell.startsWith("ScorecardSettings!") && !cell.startsWith("Scorecard history!"))).toEqual(PLANNED);
  });

  it("finds sheets through relationships, whatever their parts are called", async () => {
    const { input, output } = refreshed(councilWorkbook({ partNames: ["xl/worksheets/scorecard.xml", "xl/notes/agenda.xml"] }));
    expect(await run("refresh", input)).toMatchObject({ code: 0 });
    const diff = partDifferences(readFileSync(input), readFileSync(output));
    expect(diff.changed).toContain("xl/worksheets/scorecard.xml");
    expect(diff.changed).not.toContain("xl/notes/agenda.xml");
    expect(await XlsxWorkbook.open(readFileSync(output)).sheetNames()).toEqual(["Scorecard", "Notes", "Scorecard history"]);
    expect(existsSync(output)).toBe(true);
  });
});
