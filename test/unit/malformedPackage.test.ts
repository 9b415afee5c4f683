/**
 * Packages no Excel wrote, through the command line and the preview's reader (the same package code): zip64 and
 * duplicate entries, rows past Excel's grid, XML that is not well-formed, DOCTYPEs, UTF-16 parts, protected
 * structure, Strict Open XML. Each refusal is exit 2, a message naming the part and the reason, the input as it was
 * and nothing written; each success changes the planned cells only and keeps every other part byte for byte.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { openXlsx } from "../../src/adapters/xlsx/loadWorkbook";
import { readRawEntries } from "../../src/adapters/xlsx/package/zipWriter";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { main } from "../../src/cli/main";
import { scorecardRows } from "../helpers/generateScorecard";
import { changedCells, snapshotCells } from "../helpers/sampleWorkbook";
import { generateParts, type GeneratedWorkbook } from "../helpers/xlsxGenerator";
import { buildZip, entriesOf } from "../helpers/zipBuilder";

const NOW = new Date("2022-03-28T09:00:00Z");
const rows = scorecardRows(55);
// The sample's six ratings (worked by hand in the sample's own tests): L6, L8, L17, L25 Green, L13 Amber, L23 Red.
const PLANNED = ["Scorecard!L13", "Scorecard!L17", "Scorecard!L23", "Scorecard!L25", "Scorecard!L6", "Scorecard!L8"];
const SHEET = "xl/worksheets/sheet1.xml";

const enc = (text: string) => new TextEncoder().encode(text);
const dec = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function parts(spec: Partial<GeneratedWorkbook> = {}): Record<string, Uint8Array> {
  return generateParts({ sheets: [{ name: "Scorecard", rows }, { name: "Notes", rows: [["Agenda item 7"]] }], ...spec });
}

/** The parts with one part's text edited. */
function edited(all: Record<string, Uint8Array>, name: string, edit: (xml: string) => string): Record<string, Uint8Array> {
  return { ...all, [name]: enc(edit(dec(all[name]))) };
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out, err };
}

function inputFile(bytes: Uint8Array) {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-package-"));
  const input = path.join(dir, "council.xlsx");
  writeFileSync(input, bytes);
  return { dir, input, output: path.join(dir, "council.refreshed.xlsx") };
}

/** Refused by the CLI (exit 2, the message, nothing written) and by the preview's open or refresh (nothing changed). */
async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
  const { dir, input } = inputFile(bytes);
  const result = await run("refresh", input);
  expect(result).toMatchObject({ code: 2, out: [] });
  expect(result.err.join("\n")).toMatch(message);
  expect(readFileSync(input)).toEqual(Buffer.from(bytes));
  expect(readdirSync(dir)).toEqual(["council.xlsx"]);

  let book: XlsxWorkbook;
  try {
    book = await openXlsx(bytes);
  } catch (error) {
    expect((error as Error).message).toMatch(message);
    return;
  }
  const refreshed = await refreshWorkbook(book, { scope: "all", now: NOW });
  expect(refreshed.ok ? "refreshed" : refreshed.error.message).toMatch(message);
  expect(book.changed).toBe(false);
}

/** Refreshed by the CLI: the six planned ratings, and every part but `changed` byte for byte (compressed bytes too). */
async function expectRefreshed(bytes: Uint8Array, changed: readonly string[] = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", SHEET]) {
  const { input, output } = inputFile(bytes);
  const result = await run("refresh", input);
  expect(result).toMatchObject({ code: 0, err: [] });
  expect(result.out[0]).toMatch(/^6 cells changed \(Green 4, Amber 1, Red 1, not rated 49\)/);
  const after = readFileSync(output);
  const [a, b] = [readRawEntries(bytes), readRawEntries(after)];
  for (const [name, entry] of a) {
    if (changed.includes(name)) continue;
    expect({ name, bytes: Buffer.from(b.get(name)?.data ?? []).toString("base64") }).toEqual({ name, bytes: Buffer.from(entry.data).toString("base64") });
  }
  const cells = changedCells(await snapshotCells(XlsxWorkbook.open(bytes)), await snapshotCells(XlsxWorkbook.open(after)));
  expect(cells.filter((cell) => !cell.startsWith("ScorecardSettings!") && !cell.startsWith("Scorecard history!"))).toEqual(PLANNED);
  return after;
}

describe("the zip itself", () => {
  it("zip64 entries (the scorecard sheet, docProps) are read and copied intact", async () => {
    const all = { ...parts(), "docProps/app.xml": enc('<?xml version="1.0" encoding="UTF-8"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>') };
    const bytes = buildZip(entriesOf(all, { [SHEET]: { zip64: true }, "docProps/app.xml": { zip64: true } }));
    const after = await expectRefreshed(bytes);
    expect(dec(XlsxWorkbook.open(after).pkg.bytes("docProps/app.xml")!)).toContain("Microsoft Excel");
  });

  it("an entry the directory lists but the file does not hold: refused, never dropped", async () => {
    const bytes = buildZip(entriesOf(parts()));
    const cut = bytes.slice();
    // The sheet's local record (30 bytes before its first name) is overwritten: the directory points at nothing.
    const at = Buffer.from(bytes).indexOf(SHEET) - 30;
    cut.set([0, 0, 0, 0], at);
    await expectRefused(cut, /xl\/worksheets\/sheet1\.xml is not where the directory says/);
  });

  it("a part found damaged only as the plan is written ([Content_Types].xml): nothing at all is written", async () => {
    const bytes = buildZip(entriesOf(parts(), { "[Content_Types].xml": { stored: true } }));
    // A letter of the stored part changed: its checksum no longer matches, which is found when it is read.
    const at = Buffer.from(bytes).indexOf("relationships+xml");
    bytes[at] = "R".charCodeAt(0);
    await expectRefused(bytes, /Nothing was written: The part \[Content_Types\]\.xml could not be unpacked \(its checksum does not match: the file is damaged\)/);
  });

  it.each([
    ["the same name twice", "xl/styles.xml", /zip holds two parts named xl\/styles\.xml; programs disagree about which is real, so it is refused/],
    ["names differing only by case", "XL/Styles.xml", /zip holds the parts xl\/styles\.xml and XL\/Styles\.xml, which zip readers may take for one/],
    ["names differing only by slash direction", "xl\\styles.xml", /zip holds the parts xl\/styles\.xml and xl\\styles\.xml, which zip readers may take for one/],
  ])("duplicate entries, %s: refused", async (_, second, message) => {
    const all = parts();
    const entries = [...entriesOf(all), { name: second, data: enc("<styleSheet/>") }];
    await expectRefused(buildZip(entries), message);
  });

  it("a blank logo compressed 1000 to 1 is copied as it is, never inflated, so it is no zip bomb", async () => {
    const logo = new Uint8Array(16 * 1024 * 1024);
    logo.set(enc("BM"), 0);
    const bytes = zipSync({ ...parts(), "xl/media/image1.bmp": logo }, { level: 9 });
    const entry = readRawEntries(bytes).get("xl/media/image1.bmp")!;
    expect(entry.size / entry.compressedSize).toBeGreaterThan(500);
    await expectRefreshed(bytes);
  });
});

describe("the grid's limits", () => {
  it.each([
    ["a row numbered 2,000,000,000", '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>', /The part xl\/worksheets\/sheet2\.xml has a row numbered "2000000000"; Excel's rows run from 1 to 1,048,576/],
    ["a row numbered 100,000,000", '<row r="100000000"><c r="A100000000"><v>1</v></c></row>', /sheet2\.xml has a row numbered "100000000"/],
    ["a cell ZZZZZZ1", '<row r="3"><c r="ZZZZZZ3"><v>1</v></c></row>', /The part xl\/worksheets\/sheet2\.xml has a cell "ZZZZZZ3", outside Excel's grid \(A1 to XFD1048576\)/],
  ])("%s in another sheet: refused before anything is allocated for it", async (_, extraRows, message) => {
    const all = parts({ sheets: [{ name: "Scorecard", rows }, { name: "Data", rows: [["Agenda item 7"]], extraRows }] });
    await expectRefused(zipSync(all), message);
  });
});

describe("XML as the standard has it", () => {
  it("mismatched tags in a sheet: refused naming the part and where", async () => {
    const all = edited(parts(), SHEET, (xml) => xml.replace('<c r="A1" t="s"><v>0</v></c>', '<c r="A1" t="s"><v>0</c></v>'));
    await expectRefused(zipSync(all), /The part xl\/worksheets\/sheet1\.xml is not well-formed XML: <v> \(opened at character \d+\) closed by <\/c> at character \d+/);
  });

  it("an internal entity in a DOCTYPE (the header would read differently from Excel's): refused", async () => {
    const all = edited(parts(), SHEET, (xml) => xml.replace("?>\n", '?>\n<!DOCTYPE worksheet [<!ENTITY h "RAG">]>').replace('<c r="A1" t="s"><v>0</v></c>', '<c r="A1" t="inlineStr"><is><t>&h;</t></is></c>'));
    await expectRefused(zipSync(all), /The part xl\/worksheets\/sheet1\.xml is not well-formed XML: a DOCTYPE at character \d+: no Open XML part has one/);
  });

  it("a DOCTYPE in the shared strings or the relationships: refused the same way", async () => {
    const strings = edited(parts(), "xl/sharedStrings.xml", (xml) => xml.replace("?>\n", "?>\n<!DOCTYPE sst>"));
    await expectRefused(zipSync(strings), /The part xl\/sharedStrings\.xml is not well-formed XML: a DOCTYPE/);
    const rels = edited(parts(), "xl/_rels/workbook.xml.rels", (xml) => xml.replace("?>\n", '?>\n<!DOCTYPE r SYSTEM "file:///etc/passwd">'));
    await expectRefused(zipSync(rels), /The part xl\/_rels\/workbook\.xml\.rels is not well-formed XML: a DOCTYPE/);
  });

  it("400,000 nested elements in a sheet's extLst are read in linear time, and kept", async () => {
    // Each element named apart (<e0>, <e1>…), so the part does not compress like a zip bomb.
    const names = Array.from({ length: 400_000 }, (_, i) => `e${i.toString(36)}`);
    const deep = `<extLst><ext uri="{deep}">${names.map((n) => `<${n}>`).join("")}${names.reverse().map((n) => `</${n}>`).join("")}</ext></extLst>`;
    const all = parts({ sheets: [{ name: "Scorecard", rows, afterSheetData: deep }, { name: "Notes", rows: [["Agenda item 7"]] }] });
    const after = await expectRefreshed(zipSync(all));
    expect(XlsxWorkbook.open(after).pkg.text(SHEET)).toContain(deep);
  }, 60_000); // quadratic parsing took minutes; linear takes well under a second

  it.each([
    ["UTF-16LE with a BOM", "utf-16le", true],
    ["UTF-16LE without a BOM", "utf-16le", false],
    ["UTF-16BE with a BOM", "utf-16be", true],
  ])("a styles part in %s: read in its encoding, written back as UTF-8 with its declaration to match", async (_, encoding, bom) => {
    const all = parts();
    const xml = dec(all["xl/styles.xml"]).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    all["xl/styles.xml"] = utf16(xml, encoding === "utf-16be", bom);
    const after = await expectRefreshed(zipSync(all));
    const styles = dec(XlsxWorkbook.open(after).pkg.bytes("xl/styles.xml")!);
    expect(styles.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet')).toBe(true);
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
    expect(styles).toContain("<dxfs count=");
  });

  it("UTF-16 sheet and workbook parts are read as Excel reads them, and rated", async () => {
    const all = parts();
    for (const name of [SHEET, "xl/workbook.xml", "xl/sharedStrings.xml"]) all[name] = utf16(dec(all[name]).replace('encoding="UTF-8"', 'encoding="UTF-16"'), false, true);
    const after = await expectRefreshed(zipSync(all));
    expect(dec(XlsxWorkbook.open(after).pkg.bytes(SHEET)!)).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"/);
  });

  it("a part declared in another encoding, or not valid in its own: refused naming it", async () => {
    const latin = edited(parts(), "xl/sharedStrings.xml", (xml) => xml.replace('encoding="UTF-8"', 'encoding="windows-1252"'));
    await expectRefused(zipSync(latin), /The part xl\/sharedStrings\.xml is declared in the encoding "windows-1252"; Open XML parts are UTF-8 or UTF-16/);
    const broken = parts();
    broken["xl/sharedStrings.xml"] = new Uint8Array([...broken["xl/sharedStrings.xml"].slice(0, -10), 0xff, 0xfe, 0xfd, ...broken["xl/sharedStrings.xml"].slice(-10)]);
    await expectRefused(zipSync(broken), /The part xl\/sharedStrings\.xml is not valid UTF-8 text/);
  });
});

describe("the workbook as Excel would take it", () => {
  it("two sheets of the same name: their own message, not 'no scorecard table'", async () => {
    const all = parts({ sheets: [{ name: "Scorecard", rows }, { name: "scorecard", rows: [["Agenda item 7"]] }] });
    await expectRefused(zipSync(all), /This workbook lists the sheets "Scorecard" and "scorecard", which Excel takes for one name; Excel does not allow that/);
  });

  it("a backslash in a relationship's target: its own message", async () => {
    const all = edited(parts(), "xl/_rels/workbook.xml.rels", (xml) => xml.replace('Target="worksheets/sheet1.xml"', 'Target="worksheets\\sheet1.xml"'));
    await expectRefused(zipSync(all), /The part xl\/_rels\/workbook\.xml\.rels points to "worksheets\\sheet1\.xml", with a "\\" where package paths have "\/"/);
  });

  it("workbook structure protection: refused, as Excel would refuse to add the settings sheet", async () => {
    const all = edited(parts(), "xl/workbook.xml", (xml) => xml.replace(/<bookViews>/, '<workbookProtection lockStructure="1"/><bookViews>'));
    await expectRefused(zipSync(all), /Nothing was written: the workbook's structure is protected, so no sheet can be added to it \(Excel would refuse too\)\. Unprotect it \(Review > Protect Workbook\)/);
  });

  it("Strict Open XML: the settings sheet is added with Strict's namespaces and relationship type", async () => {
    const strict = (xml: string) =>
      xml
        .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
        .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships");
    const all = parts();
    for (const name of Object.keys(all)) if (/\.(xml|rels)$/.test(name)) all[name] = enc(strict(dec(all[name])));
    all["xl/workbook.xml"] = enc(dec(all["xl/workbook.xml"]).replace("<workbook ", '<workbook conformance="strict" '));
    const after = await expectRefreshed(zipSync(all));
    const book = XlsxWorkbook.open(after);
    const rels = book.pkg.text("xl/_rels/workbook.xml.rels")!;
    expect(rels).toMatch(/<Relationship Id="rId\d+" Type="http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/worksheet" Target="worksheets\/sheet3\.xml"\/>/);
    expect(book.pkg.text("xl/worksheets/sheet3.xml")).toContain('<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">');
    expect(book.pkg.text("xl/workbook.xml")).toMatch(/<sheet name="ScorecardSettings" sheetId="4" state="veryHidden" r:id="rId\d+"\/>/);
    expect(book.pkg.text("[Content_Types].xml")).not.toContain("schemas.openxmlformats.org/spreadsheetml");
  });

  it("ratings changed: formulas that count them (COUNTIF) are recalculated when Excel opens the file", async () => {
    const countif = '<c r="O2"><f>COUNTIF(L:L,"Red")</f><v>0</v></c>';
    const all = parts({ sheets: [{ name: "Scorecard", rows, rawCells: { 1: countif } }, { name: "Notes", rows: [["Agenda item 7"]] }] });
    const after = await expectRefreshed(zipSync(all));
    expect(XlsxWorkbook.open(after).pkg.text("xl/workbook.xml")).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
  });
});

/** `xml` as UTF-16 bytes, little- or big-endian, with or without a byte-order mark. */
function utf16(xml: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const text = bom ? `\uFEFF${xml}` : xml;
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = code & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = code >>> 8;
  }
  return out;
}
