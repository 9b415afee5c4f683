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
import { COUNCIL_PLANNED, COUNCIL_ROWS, councilWorkbook } from "../helpers/councilWorkbook";
import { changedCells, snapshotCells } from "../helpers/sampleWorkbook";
import { generateWorkbook, type GeneratedWorkbook } from "../helpers/xlsxGenerator";
import type { CellValue } from "../../src/engine/sheet/workbook";

const rows = COUNCIL_ROWS;
const PLANNED = COUNCIL_PLANNED;

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

    // The workbook part gains the history and settings sheets and a recalculation on open (formulas may count the
    // ratings), and nothing else: names, links and pivots are as they were.
    const workbookXml = text(diff.parts["xl/workbook.xml"]);
    const oldWorkbook = text(unzipSync(before)["xl/workbook.xml"]);
    expect(workbookXml.replace(/<sheet name="Scorecard history"[^>]*\/>/, "").replace(/<sheet name="ScorecardSettings"[^>]*\/>/, "")).toBe(oldWorkbook.replace('<calcPr calcId="191029"/>', '<calcPr fullCalcOnLoad="1" calcId="191029"/>'));
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

describe("Excel tables and merged cells", () => {
  // The 55 measures rate as the README's dry run shows, each worked by hand (year to date against the target):
  // L6 18 < 30 Green; L8 438 < 530 Green; L13 85.0% is 2/87 = 2.3% short of 87%, within 5%, Amber; L17 9,421 ≤
  // 13,000 Green; L23 55.5% is 19.5/75 = 26% short of 75% Red; L25 83.5% ≥ 80% Green. The other 49 have no target.
  const TOTALS = 65; // row 66, blank in the generated sheet, becomes the table's totals row
  const withTotals = (cells: CellValue[][]) => cells.map((row, r) => (r === TOTALS ? ["Total"] : row));
  const totalsCells = (ragColumn: string | null) =>
    `<c r="K66"><f>SUBTOTAL(109,Scorecard_Q3[21-22 year to date])</f><v>20650</v></c>` + (ragColumn ? `<c r="${ragColumn}66"><f>SUBTOTAL(103,Scorecard_Q3[RAG])</f><v>0</v></c>` : "");
  const tableSheet = (cells: CellValue[][], table: NonNullable<GeneratedWorkbook["sheets"][number]["table"]>, raw: string) => ({
    name: "Scorecard",
    rows: cells,
    table,
    rawCells: { [TOTALS]: raw },
    afterSheetData: '<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>',
  });

  it("a table's totals row (=SUBTOTAL(103,…[RAG])) is not a measure: its formulas are kept and it is not counted", async () => {
    const spec = tableSheet(withTotals(rows), { relId: "rIdTable", ref: "A4:M66", name: "Scorecard_Q3", totalsRow: true }, totalsCells("L"));
    const { input, output } = refreshed({ sheets: [spec, { name: "Notes", rows: [["Agenda item 7"]] }] });
    const result = await run("refresh", input);
    expect(result).toMatchObject({ code: 0, err: [] });
    // 55 measures, not 56: the totals row is neither rated nor counted as not rated.
    expect(result.out).toEqual([`6 cells changed (Green 4, Amber 1, Red 1, not rated 49). Wrote ${output}.`]);
    const diff = partDifferences(readFileSync(input), readFileSync(output));
    expect(diff.changed).not.toContain("xl/tables/table1.xml");
    const [before, after] = [rowsOf(text(unzipSync(readFileSync(input))["xl/worksheets/sheet1.xml"])), rowsOf(text(diff.parts["xl/worksheets/sheet1.xml"]))];
    expect(after.get(66)).toBe(before.get(66));
    expect(after.get(66)).toContain("<f>SUBTOTAL(103,Scorecard_Q3[RAG])</f>");
    const cells = changedCells(await snapshotCells(XlsxWorkbook.open(readFileSync(input))), await snapshotCells(XlsxWorkbook.open(readFileSync(output))));
    expect(cells.filter((cell) => !cell.startsWith("ScorecardSettings!") && !cell.startsWith("Scorecard history!"))).toEqual(PLANNED);
  });

  it("reads a table's header from its part where the sheet cell is blank: ratings go in the table's RAG column", async () => {
    const blankRag = rows.map((row, r) => (r === 3 ? row.map((cell, c) => (c === 11 ? null : cell)) : row));
    const columns = [...(rows[3] as string[])];
    const spec = { name: "Scorecard", rows: blankRag, table: { relId: "rIdTable", ref: `A4:M${rows.length}`, name: "Scorecard_Q3", columns }, afterSheetData: '<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>' };
    const { input, output } = refreshed({ sheets: [spec, { name: "Notes", rows: [["Agenda item 7"]] }] });
    expect(await run("refresh", input)).toMatchObject({ code: 0, err: [] });
    const diff = partDifferences(readFileSync(input), readFileSync(output));
    expect(diff.changed).not.toContain("xl/tables/table1.xml");
    const sheet = text(diff.parts["xl/worksheets/sheet1.xml"]);
    expect(sheet).not.toContain('r="L4"'); // the header stays the table's, and no new "RAG" column is made in N
    expect(sheet).not.toContain('r="N4"');
    const cells = changedCells(await snapshotCells(XlsxWorkbook.open(readFileSync(input))), await snapshotCells(XlsxWorkbook.open(readFileSync(output))));
    expect(cells.filter((cell) => !cell.startsWith("ScorecardSettings!") && !cell.startsWith("Scorecard history!"))).toEqual(PLANNED);
  });

  it("a new RAG column beside a table joins it: ref, autofilter and a tableColumn named as its header", async () => {
    // No RAG column: Comments moves to L, and the new RAG column is M, just beside the table A4:L66.
    const noRag = withTotals(rows).map((row) => row.filter((_, c) => c !== 11));
    const spec = tableSheet(noRag, { relId: "rIdTable", ref: "A4:L66", name: "Scorecard_Q3", totalsRow: true }, totalsCells(null));
    const { input, output } = refreshed({ sheets: [spec, { name: "Notes", rows: [["Agenda item 7"]] }] });
    expect(await run("refresh", input)).toMatchObject({ code: 0, err: [] });
    const oldTable = text(unzipSync(readFileSync(input))["xl/tables/table1.xml"]);
    const newTable = text(unzipSync(readFileSync(output))["xl/tables/table1.xml"]);
    expect(oldTable).toContain('ref="A4:L66" totalsRowCount="1"><autoFilter ref="A4:L65"/><tableColumns count="12">');
    // Only the ref, the autofilter's ref (the totals row stays outside it), the count and one column change.
    expect(newTable).toBe(
      oldTable
        .replace('ref="A4:L66"', 'ref="A4:M66"')
        .replace('<autoFilter ref="A4:L65"/>', '<autoFilter ref="A4:M65"/>')
        .replace('<tableColumns count="12">', '<tableColumns count="13">')
        .replace("</tableColumns>", '<tableColumn id="13" name="RAG"/></tableColumns>'),
    );
    const cells = changedCells(await snapshotCells(XlsxWorkbook.open(readFileSync(input))), await snapshotCells(XlsxWorkbook.open(readFileSync(output))));
    expect(cells.filter((cell) => !cell.startsWith("ScorecardSettings!") && !cell.startsWith("Scorecard history!"))).toEqual(["Scorecard!M13", "Scorecard!M17", "Scorecard!M23", "Scorecard!M25", "Scorecard!M4", "Scorecard!M6", "Scorecard!M8"]);
    const sheet = await XlsxWorkbook.open(readFileSync(output)).readSheet("Scorecard");
    expect([sheet.values[3][12], sheet.values[5][12], sheet.values[22][12], sheet.values[65][12] ?? null]).toEqual(["RAG", "Green", "Red", null]);
  });

  it("a new column that cannot join the table beside it is refused, naming why: exit 2, nothing written", async () => {
    // The table calls its Comments column "RAG" (its header cell says "Comments"), so a new "RAG" column at M would
    // give the table two columns of one name, which Excel repairs away.
    const noRag = withTotals(rows).map((row) => row.filter((_, c) => c !== 11));
    const columns = [...(noRag[3] as string[]).slice(0, 11), "RAG"];
    const spec = tableSheet(noRag, { relId: "rIdTable", ref: "A4:L66", name: "Scorecard_Q3", totalsRow: true, columns }, totalsCells(null));
    const { input, output } = refreshed({ sheets: [spec, { name: "Notes", rows: [["Agenda item 7"]] }] });
    const bytes = readFileSync(input);
    const result = await run("refresh", input);
    expect(result).toEqual({ code: 2, out: [], err: ['Nothing was written: the table "Scorecard_Q3" already has a column called "RAG", so the new column at M4 cannot join it; rename one of them and refresh.'] });
    expect(existsSync(output)).toBe(false);
    expect(readFileSync(input)).toEqual(bytes);
  });

  it("rates a merge's top-left rating cell, and names one inside a merge, with what to do, in the dry run and the refresh", async () => {
    // L6:M6 is merged with L6 its top-left cell (rated: 18 < 30, Green); L7:L8 hides L8, whose row would be Green.
    const merges = '<mergeCells count="2"><mergeCell ref="L6:M6"/><mergeCell ref="L7:L8"/></mergeCells>';
    const { input, output } = refreshed({ sheets: [{ name: "Scorecard", rows, afterSheetData: merges }, { name: "Notes", rows: [["Agenda item 7"]] }] });
    const inside = "Scorecard!L8 is inside the merged cells L7:L8, so it cannot hold a rating: unmerge L7:L8 (Home > Merge & Center) and refresh.";
    const dry = await run("refresh", input, "--dry-run");
    expect(dry).toMatchObject({ code: 0, err: [] });
    expect(dry.out).toEqual([
      "Scorecard!L6: (blank) → Green",
      "Scorecard!L13: (blank) → Amber",
      "Scorecard!L17: (blank) → Green",
      "Scorecard!L23: (blank) → Red",
      "Scorecard!L25: (blank) → Green",
      // L8 is not rated: 3 Greens, and 50 not rated.
      "5 cells would change (Green 3, Amber 1, Red 1, not rated 50). Dry run: nothing was written.",
      "1 rating cell is inside merged cells and is not rated: unmerge it and refresh.",
      inside,
    ]);
    const result = await run("refresh", input);
    expect(result.code).toBe(0);
    expect(result.out.slice(1)).toEqual(["1 rating cell is inside merged cells and is not rated: unmerge it and refresh.", inside]);
    const sheet = text(unzipSync(readFileSync(output))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<c r="L6" t="inlineStr"><is><t>Green</t></is></c>');
    expect(sheet).not.toContain('r="L8"');
    expect(sheet).toContain('<mergeCell ref="L6:M6"/><mergeCell ref="L7:L8"/>');
  });
});
