import { RowCounter, closedHead } from "./sheetHead";
import { readSheetXml } from "./sheetReader";
import { Styles } from "./styles";

const STYLES = new Styles('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>');
const rowXml = (p: string, r: number) => `<${p}row r="${r}"><${p}c r="A${r}"><${p}v>${r * 10}</${p}v></${p}c></${p}row>`;

describe("a sheet's head", () => {
  it.each(["", "x:"])("counts rows as the text grows (a tag split between chunks too) and closes the head as a part (prefix %p)", (p) => {
    const declaration = p ? `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
    const xml = `<${p}worksheet ${declaration}><${p}sheetData>${Array.from({ length: 10 }, (_, i) => rowXml(p, i + 1)).join("")}</${p}sheetData><${p}mergeCells count="0"/></${p}worksheet>`;
    const counter = new RowCounter(3);
    // Chunks of 7 characters: "<row" is cut in two more than once.
    let enough = false;
    for (let end = 7; !enough && end < xml.length + 7; end += 7) enough = counter.enough(xml.slice(0, end));
    expect(enough).toBe(true);
    expect(xml.slice(counter.cutAt)).toMatch(new RegExp(`^<${p}row r="4"`));
    const head = closedHead(xml.slice(0, counter.cutAt + 5), counter.cutAt);
    // Rows 1–3 only (values 10, 20, 30), and the part is well-formed.
    expect(readSheetXml("Data", head, [], STYLES).values.map((row) => row[0])).toEqual([10, 20, 30]);
  });

  it("does not count <rowBreaks> or <rows…> as rows", () => {
    const counter = new RowCounter(0);
    expect(counter.enough("<worksheet><rowBreaks/><rowsX/>")).toBe(false);
    expect(counter.enough("<worksheet><rowBreaks/><rowsX/><row r=\"1\">")).toBe(true);
  });
});
