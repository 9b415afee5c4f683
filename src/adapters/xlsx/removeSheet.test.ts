/**
 * Taking a sheet out of a package, the one way both removals go (a plan's deleteSheets, removeSheet), on the sample
 * scorecard with printer settings on its first sheet, as Excel saves a sheet that has been printed: every part
 * the add-in did not make goes back byte for byte.
 */
import { readFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SAMPLE } from "../../../test/helpers/sampleWorkbook";
import { XlsxWorkbook } from "./xlsxWorkbook";

const NEW = "Scorecard 2022-23";
const SETTINGS_BIN = new Uint8Array([0x48, 0x00, 0x50, 0x00, 0x20, 0x00, 0x4c, 0x00]);

/** The sample, its Scorecard sheet carrying a printer-settings part (a pageSetup r:id, a relationship, a .bin part). */
function printedSample(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  parts["xl/worksheets/sheet1.xml"] = strToU8(sheet.replace('<pageSetup orientation="portrait"', '<pageSetup orientation="portrait" r:id="rId1"'));
  parts["xl/worksheets/_rels/sheet1.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings1.bin"/></Relationships>',
  );
  parts["xl/printerSettings/printerSettings1.bin"] = SETTINGS_BIN;
  const types = strFromU8(parts["[Content_Types].xml"]);
  parts["[Content_Types].xml"] = strToU8(types.replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Default '));
  expect(sheet).not.toBe(strFromU8(parts["xl/worksheets/sheet1.xml"]));
  return zipSync(parts);
}

const partsOf = (book: XlsxWorkbook) => unzipSync(book.save());

describe("taking a sheet out of the package", () => {
  it("the undo of a new year takes the copy, its relationships and its copied printer settings, and every other part is as it was", async () => {
    const original = unzipSync(printedSample());
    const book = XlsxWorkbook.open(printedSample());
    await book.copySheet("Scorecard", NEW);
    const copied = partsOf(book);
    // The copy: sheet6.xml with its own relationships and its own printer settings, beside the original's.
    expect(Object.keys(copied).filter((name) => !(name in original)).sort()).toEqual(["xl/printerSettings/printerSettings2.bin", "xl/worksheets/_rels/sheet6.xml.rels", "xl/worksheets/sheet6.xml"]);

    await book.removeSheet(NEW);
    const after = partsOf(book);
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations"]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(original).sort());
    // The lists of parts (workbook, its relationships, content types) had the copy spliced in and out again.
    for (const name of Object.keys(original)) expect([name, strFromU8(after[name])]).toEqual([name, strFromU8(original[name])]);
    expect(after["xl/printerSettings/printerSettings1.bin"]).toEqual(SETTINGS_BIN);
  });

  it("a plan's deleteSheets takes a copied sheet the same way: its relationships and printer settings go with it", async () => {
    const original = unzipSync(printedSample());
    const book = XlsxWorkbook.open(printedSample());
    await book.copySheet("Scorecard", NEW);
    await book.apply({ changes: [], allowed: [], deleteSheets: [NEW] });
    const after = partsOf(book);
    expect(Object.keys(after).sort()).toEqual(Object.keys(original).sort());
    for (const name of Object.keys(original)) expect([name, strFromU8(after[name])]).toEqual([name, strFromU8(original[name])]);
  });

  it("the undo of a new year moves the names of a sheet added after the copy down one with it, as Excel does", async () => {
    const book = XlsxWorkbook.open(printedSample());
    await book.copySheet("Scorecard", NEW);
    // A committee summary added since, after the copy: the seventh sheet, so its print titles are local to index 6.
    await book.apply({ changes: [{ kind: "value", sheet: "Summary", row: 0, column: 0, value: "Area" }], allowed: [{ sheet: "Summary", top: 0, left: 0, bottom: 0, right: 0 }], createSheets: ["Summary"], layouts: [{ sheet: "Summary", landscape: false, fitToPagesWide: 1, printTitleRows: { top: 0, bottom: 0 }, header: "", footer: "", columnWidths: [20], wrapText: false }] });
    const titles = (xml: string) => /<definedName[^>]*name="_xlnm\.Print_Titles"[^>]*>[^<]*<\/definedName>/.exec(xml)?.[0] ?? "";
    expect(titles(strFromU8(partsOf(book)["xl/workbook.xml"]))).toContain('localSheetId="6"');
    await book.removeSheet(NEW);
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations", "Summary"]);
    // Summary is now the sixth sheet (index 5): its print titles follow it, still naming its own first row.
    const after = titles(strFromU8(partsOf(book)["xl/workbook.xml"]));
    expect(after).toContain('localSheetId="5"');
    expect(after).toContain("'Summary'!$1:$1");
  });

  it("refuses the undo of a new year, changing nothing, where a name is scoped to the copy itself", async () => {
    const book = XlsxWorkbook.open(printedSample());
    await book.copySheet("Scorecard", NEW);
    // The analyst set a print area on the new year's sheet (the sixth, index 5) in Excel since: deleting it would lose it.
    const parts = partsOf(book);
    const workbookXml = strFromU8(parts["xl/workbook.xml"]);
    const area = `<definedName name="_xlnm.Print_Area" localSheetId="5">'${NEW}'!$A$1:$M$40</definedName>`;
    parts["xl/workbook.xml"] = strToU8(workbookXml.includes("<definedNames>") ? workbookXml.replace("<definedNames>", `<definedNames>${area}`) : workbookXml.replace("</sheets>", `</sheets><definedNames>${area}</definedNames>`));
    const printed = XlsxWorkbook.open(zipSync(parts));
    const before = printed.save();
    await expect(printed.removeSheet(NEW)).rejects.toThrow(`Nothing was written: the sheet "${NEW}" was not deleted: the workbook has names scoped to "${NEW}" (a print area or a name made on it), which deleting it would lose.`);
    expect(printed.save()).toEqual(before);
    expect(await printed.sheetNames()).toContain(NEW);
  });

  it("takes a name Excel made for the copy's autofilter with it, and moves a later sheet's single-quoted name down one", async () => {
    const book = XlsxWorkbook.open(printedSample());
    await book.copySheet("Scorecard", NEW);
    await book.apply({ changes: [{ kind: "value", sheet: "Summary", row: 0, column: 0, value: "Area" }], allowed: [{ sheet: "Summary", top: 0, left: 0, bottom: 0, right: 0 }], createSheets: ["Summary"] });
    // Written as another tool may write them: single quotes, an autofilter's hidden name on the copy (index 5), a
    // name on Summary (index 6), and the tab bar scrolled to Summary.
    const parts = partsOf(book);
    const names = `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId='5' hidden='1'>'${NEW}'!$A$4:$M$60</definedName><definedName name='Areas' localSheetId='6'>'Summary'!$A$1:$A$9</definedName></definedNames>`;
    const xml = strFromU8(parts["xl/workbook.xml"]).replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
    parts["xl/workbook.xml"] = strToU8(xml.replace("</sheets>", `</sheets>${names}`).replace("<sheets>", "<bookViews><workbookView firstSheet='6' activeTab='6'/></bookViews><sheets>"));
    const edited = XlsxWorkbook.open(zipSync(parts));
    await edited.removeSheet(NEW);
    const after = strFromU8(partsOf(edited)["xl/workbook.xml"]);
    expect(after).not.toContain("_FilterDatabase");
    expect(after).toContain(`<definedName name='Areas' localSheetId="5">'Summary'!$A$1:$A$9</definedName>`);
    expect(after).toContain(`<workbookView firstSheet="0" activeTab="0"/>`);
    expect(await edited.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations", "Summary"]);
  });

  it("says there is no such sheet, changing nothing", async () => {
    const book = XlsxWorkbook.open(printedSample());
    await expect(book.removeSheet("Scorecard 2030-31")).rejects.toThrow('Nothing was written: the sheet "Scorecard 2030-31" was not deleted: there is no sheet called "Scorecard 2030-31".');
    expect(book.changed).toBe(false);
  });
});
