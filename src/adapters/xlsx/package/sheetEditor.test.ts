/** The worksheet editor on hand-written rows: planned cells replaced or inserted in column order, nothing else moved. */
import type { CellChange } from "../../../engine/sheet/workbook";
import { editSheetXml } from "./sheetEditor";
import { readSheetXml } from "./sheetReader";
import { Styles } from "./styles";

const STYLES = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>';
const sheetXml = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const text = (row: number, column: number, value: string): CellChange => ({ kind: "value", sheet: "S", row, column, value });

function edit(rows: string, changes: CellChange[]): string {
  const styles = new Styles(STYLES);
  const sheet = readSheetXml("S", sheetXml(rows), [], styles);
  return editSheetXml(sheet, changes, [], styles).join("");
}

describe("editing the cells of a row", () => {
  it("inserts cells between and after the row's own, replaces one in place keeping its style, and widens spans", () => {
    const row = '<row r="3" spans="1:5"><c r="A3" s="2"><v>1</v></c><c r="C3" s="2"><v>3</v></c><c r="E3"><v>5</v></c></row>';
    const result = edit(row, [text(2, 1, "Green"), text(2, 2, "Amber"), text(2, 6, "Red")]);
    expect(result).toBe(
      sheetXml(
        '<row r="3" spans="1:7"><c r="A3" s="2"><v>1</v></c>' +
          '<c r="B3" t="inlineStr"><is><t>Green</t></is></c>' +
          '<c r="C3" s="2" t="inlineStr"><is><t>Amber</t></is></c>' +
          '<c r="E3"><v>5</v></c>' +
          '<c r="G3" t="inlineStr"><is><t>Red</t></is></c></row>',
      ),
    );
  });

  it("finds cells written without r by their order, and attributes in any order or quoting", () => {
    const row = "<row r=\"2\"><c><v>1</v></c><c s='2'\n  ><v>2</v></c><c/></row>";
    expect(edit(row, [text(1, 1, "x")])).toBe(sheetXml('<row r="2"><c><v>1</v></c><c r="B2" s="2" t="inlineStr"><is><t>x</t></is></c><c/></row>'));
  });

  it("leaves the rest of the sheet's text exactly as it was", () => {
    const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" customHeight="1" ht="30"><c r="A2"><v>7</v></c><c r="B2"><f>A2*2</f><v>14</v></c></row>';
    const result = edit(rows, [text(1, 2, "Green")]);
    expect(result).toBe(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" customHeight="1" ht="30"><c r="A2"><v>7</v></c><c r="B2"><f>A2*2</f><v>14</v></c><c r="C2" t="inlineStr"><is><t>Green</t></is></c></row>'));
  });
});
