/** The sample's committee paper, read back from its package XML as Word and a screen reader would read it. */
import { unzipSync, strFromU8 } from "fflate";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { loadCommitteeReport } from "../../app/committeeReport";
import { committeePaperBytes } from "./committeePaper";

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')).join("");

/** The body in order: each paragraph outside a table (its style and text), and each table (its rows of cells). */
function blocks(document: string) {
  const body = document.slice(document.indexOf("<w:body>"));
  const out: ({ kind: "p"; style: string; text: string } | { kind: "table"; xml: string; rows: { xml: string; cells: { text: string; fill: string | null }[] }[] })[] = [];
  const block = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g;
  for (const match of body.matchAll(block)) {
    const xml = match[0];
    if (xml.startsWith("<w:tbl>")) {
      const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((row) => ({
        xml: row[0],
        cells: [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => ({ text: textOf(cell[0]), fill: /<w:shd [^>]*w:fill="([0-9A-F]{6})"/.exec(cell[0])?.[1] ?? null })),
      }));
      out.push({ kind: "table", xml, rows });
    } else out.push({ kind: "p", style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? "", text: textOf(xml) });
  }
  return out;
}

describe("the sample's committee paper (.docx)", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    const loaded = await loadCommitteeReport(await openSample(), new Date("2022-03-28T12:00:00Z"));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const unzipped = unzipSync(await committeePaperBytes(loaded.value.report));
    files = Object.fromEntries(Object.entries(unzipped).filter(([name]) => name.endsWith(".xml")).map(([name, bytes]) => [name, strFromU8(bytes)]));
  });

  it("has the title, the committee and date, then its headings in the paper's order", () => {
    const paragraphs = blocks(files["word/document.xml"]).filter((b) => b.kind === "p");
    expect(paragraphs[0]).toEqual({ kind: "p", style: "Title", text: "Adult Social Care Performance Scorecard – Quarter 3 2021/22" });
    expect(paragraphs[1].text).toBe("Adults and Health Committee, 28 March 2022");
    const headings = paragraphs.filter((p) => p.style === "Heading1" || p.style === "Heading2").map((p) => p.text);
    // The sample has no earlier refresh, so no rating is "worse than last time": Red, Amber, then worsening.
    expect(headings).toEqual([
      "Ratings at a glance",
      "Main areas for highlighting",
      "Red",
      "Amber",
      "Worsening",
      "Funding",
      "Streams at risk",
      "Deadlines",
      "Totals",
      "Timeline",
      'Appendix A: the scorecard ("Scorecard")',
    ]);
  });

  it("puts the one Red first, with its figure, target, last period and sentences", () => {
    const all = blocks(files["word/document.xml"]);
    const red = all.findIndex((b) => b.kind === "p" && b.style === "Heading2" && b.text === "Red");
    const [measure, table, why, moved, comment] = all.slice(red + 1, red + 6);
    expect(measure).toMatchObject({ style: "Heading3", text: expect.stringMatching(/^Percentage of clients who have received long term support for 12 months/) });
    if (table.kind !== "table") throw new Error("no table after the measure");
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Rating", "Figure", "Target", "Last period", "Direction"],
      // As published: YTD 55.5% against 75%, Quarter 2 58.6% and Quarter 3 55.5%, so worsening.
      ["Red", "55.5%", "75%", "58.6% in Quarter 2", "Worsening"],
    ]);
    // 75% − 55.5% = 19.5 percentage points; 58.6% − 55.5% = 3.1 points lower.
    expect(why).toMatchObject({ text: "Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%)." });
    expect(moved).toMatchObject({ text: "Worse than the period before: 58.6% in Quarter 2, 55.5% in Quarter 3 (3.1 percentage points lower)." });
    expect(comment).toMatchObject({ text: "Comment: See above (reviews)." });
    const amber = all.findIndex((b) => b.kind === "p" && b.style === "Heading2" && b.text === "Amber");
    expect(amber).toBeGreaterThan(red);
  });

  it("marks every table's header row to repeat (w:tblHeader), and only header rows", () => {
    const tables = blocks(files["word/document.xml"]).filter((b) => b.kind === "table");
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) {
      if (table.kind !== "table") continue;
      expect(table.rows[0].xml).toContain("<w:tblHeader/>");
      expect(table.rows.slice(1).some((r) => r.xml.includes("<w:tblHeader"))).toBe(false);
    }
  });

  it("gives every rating as its word as well as its fill", () => {
    const fills: Record<string, readonly string[]> = { C6EFCE: ["Green", "Improving"], FFEB9C: ["Amber"], FFC7CE: ["Red", "Worsening", "Overspent"] };
    let filled = 0;
    for (const table of blocks(files["word/document.xml"])) {
      if (table.kind !== "table") continue;
      for (const row of table.rows.slice(1)) {
        for (const cell of row.cells) {
          if (cell.fill && fills[cell.fill]) {
            filled++;
            expect(fills[cell.fill]).toContain(cell.text);
          }
          // And the other way: a rating word in a rating column is never left without its fill.
          if (["Red", "Amber", "Green"].includes(cell.text)) expect(cell.fill).not.toBeNull();
        }
      }
    }
    // Ratings at a glance 3 (Not rated has no fill) + highlights 10 (Red, Amber and Green ratings; 7 Worsening, the
    // Amber is No change) + 5 Red streams + 7 Red stages + 6 rated rows of the appendix (4 Green, 1 Amber, 1 Red) = 31.
    expect(filled).toBe(31);
  });

  it("is en-GB, and prints the appendix on A4 landscape under the council's own column headers", () => {
    expect(files["word/styles.xml"]).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    const sizes = [...files["word/document.xml"].matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);
    // A4 is 11,906 × 16,838 twips (210 × 297 mm at 1,440 twips an inch): portrait first, the appendix landscape.
    expect(sizes).toEqual(['<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>']);
    const appendix = blocks(files["word/document.xml"]).filter((b) => b.kind === "table").pop();
    if (!appendix || appendix.kind !== "table") throw new Error("no appendix");
    expect(appendix.rows[0].cells.map((c) => c.text)).toEqual(["Measure", "Polarity", "NW stat Av", "National Av", "21-22 Target", "Year end 2020-2021", "Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4", "21-22 year to date", "RAG", "Comments"]);
    expect(appendix.rows[1].cells).toEqual([{ text: "Benchmarking/ ASCOF Indicators", fill: null }]);
  });
});
