/** The strict scanner: XML as the standard has it read with positions, and what is not XML refused, saying where. */
import { scanXml } from "./xml";

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (tag) => out.push(`<${tag.prefix ? `${tag.prefix}:` : ""}${tag.name} ${JSON.stringify({ ...tag.attributes })} ${tag.start}-${tag.openEnd}${tag.selfClosing ? "/" : ""} d${tag.depth}`),
    close: (tag) => out.push(`</${tag.name} ${tag.start}-${tag.end}`),
    text: (text) => out.push(`"${text}"`),
  });
  return out;
}

describe("scanXml", () => {
  it("reads elements, prefixes, attributes in either quote, entities, CDATA, and where each tag sits", () => {
    const xml = `\uFEFF<?xml version="1.0"?>\n<!-- a note --><x:r a='1 > 0' b="&amp;&#65;&#x42;"><c/><v>&lt;5<![CDATA[<&>]]></v><?pi x?></x:r>\n`;
    expect(events(xml)).toEqual([
      `<x:r {"a":"1 > 0","b":"&AB"} 38-74 d0`,
      "<c {} 74-78/ d1",
      "</c 74-78",
      "<v {} 78-81 d1",
      '"<5"',
      '"<&>"',
      "</v 101-105",
      "</r 113-119",
    ]);
    // The positions by hand: 1 BOM + 21 declaration + 1 newline + 15 comment = 38; the start tag is 36 long (its
    // "1 > 0" holds a ">"), to 74; <c/> 74-78, <v> 78-81, then "&lt;5" (5) and the CDATA (15) to 101.
    expect(xml.slice(78, 81)).toBe("<v>");
    expect(xml.slice(113, 119)).toBe("</x:r>");
  });

  it("an attribute called __proto__ or constructor is only an attribute", () => {
    expect(events('<r __proto__="x" constructor="y"/>')[0]).toBe('<r {"__proto__":"x","constructor":"y"} 0-34/ d0');
  });

  it("400,000 levels deep: read, as any other part", () => {
    let depth = 0;
    scanXml(`${"<a>".repeat(400_000)}${"</a>".repeat(400_000)}`, { open: (tag) => void (depth = Math.max(depth, tag.depth)) });
    expect(depth).toBe(399_999);
  });

  it.each([
    ["<r><v>1</r></v>", "<v> (opened at character 3) closed by </r> at character 7"],
    ["<r>", "the XML ends inside <r> opened at character 0"],
    ["<r/><s/>", "a second root element <s> at character 4"],
    ["text<r/>", "text outside the root element at character 0"],
    ["<r>&h;</r>", "the entity &h; at character 3, which XML does not define (only &amp; &lt; &gt; &quot; &apos;)"],
    ["<r>a & b</r>", 'a bare "&" at character 5'],
    ["<r a=1/>", "an unquoted attribute value in <r> at character 5"],
    ['<r a="1" a="2"/>', "the attribute a twice in <r> at character 0"],
    ['<r a="<"/>', 'a "<" inside an attribute of <r> at character 5'],
    ['<!DOCTYPE r [<!ENTITY h "RAG">]><r>&h;</r>', "a DOCTYPE at character 0: no Open XML part has one, and it could define entities that change how cells read"],
    ["", "there is no root element"],
  ])("refuses %j: %s", (xml, reason) => {
    expect(() => scanXml(xml, {})).toThrow(reason);
  });
});
