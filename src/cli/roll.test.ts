/** `committee-scorecard roll` on real files: exit codes, messages, the old sheet's part byte for byte. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { SAMPLE } from "../../test/helpers/sampleWorkbook";
import { scorecardRows } from "../../test/helpers/generateScorecard";
import { generateWorkbook } from "../../test/helpers/xlsxGenerator";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { main } from "./main";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) }).then((code) => ({ code, out, err }));
}

function sampleCopy(): { dir: string; input: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-roll-"));
  const input = path.join(dir, "Q3.xlsx");
  writeFileSync(input, readFileSync(SAMPLE));
  return { dir, input };
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

describe("committee-scorecard roll --year", () => {
  it("adds the new year's sheet, keeping every other part byte for byte, the old sheet's included", async () => {
    const { dir, input } = sampleCopy();
    const result = await run("roll", input, "--year", "--clear-comments");
    expect(result.code).toBe(0);
    expect(result.err).toEqual([]);
    expect(result.out).toEqual([
      "Scorecard 2022-23!E4: 21-22 Target → 22-23 Target",
      "Scorecard 2022-23!F4: Year end 2020-2021 → Year end 2021-2022",
      "Scorecard 2022-23!K4: 21-22 year to date → 22-23 year to date",
      // 47 year-to-date figures (48 printed, one "N/A"); 161 quarter figures + 48 year-to-date cells + 55 comments cleared.
      expect.stringMatching(/^Started 2022\/23 on a new sheet "Scorecard 2022-23", a copy of "Scorecard": 3 headers renamed, 47 year-to-date figures carried into the year-end outturn, 264 cells cleared \(quarters, year to date, ratings\); targets kept, comments cleared\. "Scorecard" is left as it was\. Wrote .*Q3\.rolled\.xlsx\.$/),
      "The title above the table names a year: it is left as it was on the new sheet, for you to word.",
    ]);
    const output = path.join(dir, "Q3.rolled.xlsx");
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));
    const [before, after] = [unzipSync(readFileSync(SAMPLE)), unzipSync(readFileSync(output))];
    const changed = Object.keys(before).filter((name) => after[name] && !same(before[name], after[name])).sort();
    const added = Object.keys(after).filter((name) => !before[name]).sort();
    // Only the lists of parts change, and the styles gain the year to date's number formats for the outturn cells
    // (a percentage's "0.0%" where the old outturn's was "0.0"); the new sheet and the settings sheet are new parts.
    expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(added).toEqual(["xl/worksheets/sheet6.xml", "xl/worksheets/sheet7.xml"]);
    expect(same(after["xl/worksheets/sheet1.xml"], before["xl/worksheets/sheet1.xml"])).toBe(true);

    const book = XlsxWorkbook.open(readFileSync(output));
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations", "Scorecard 2022-23"]);
    const copy = await book.readSheet("Scorecard 2022-23");
    expect([copy.values[3][5], copy.values[7][5], copy.values[7][8], copy.values[7][12]]).toEqual(["Year end 2021-2022", 438, null, null]);
    // The copy is not a second selected tab: the two would open grouped.
    expect(Buffer.from(after["xl/worksheets/sheet6.xml"]).toString("utf8")).not.toContain("tabSelected");

    // The rolled file refreshes, and a second --year rolls the newest year.
    expect((await run("refresh", output, "-o", path.join(dir, "refreshed.xlsx"))).code).toBe(0);
    const next = await run("roll", output, "--year", "--dry-run");
    expect(next.out.at(-2)).toMatch(/^Would start 2023\/24 on a new sheet "Scorecard 2023-24", a copy of "Scorecard 2022-23": .* Dry run: nothing was written\.$/);
  });

  it("--dry-run writes nothing", async () => {
    const { dir, input } = sampleCopy();
    const result = await run("roll", input, "--year", "--dry-run");
    expect(result.code).toBe(0);
    expect(result.out.at(-2)).toMatch(/Dry run: nothing was written\.$/);
    expect(existsSync(path.join(dir, "Q3.rolled.xlsx"))).toBe(false);
  });

  it("never replaces an existing output without --force: exit 2, the message says what to do", async () => {
    const { dir, input } = sampleCopy();
    expect((await run("roll", input, "--year")).code).toBe(0);
    const refused = await run("roll", input, "--year");
    expect(refused).toEqual({ code: 2, out: [], err: [`${path.join(dir, "Q3.rolled.xlsx")} already exists. Use --force to replace it, or give another name with -o.`] });
    expect((await run("roll", input, "--year", "-o", input)).err).toEqual(["The output would overwrite the input; give another name with -o."]);
  });
});

describe("committee-scorecard roll --year on a sheet with a chart", () => {
  it("refuses, exit 2, naming what it cannot copy and where to start the year instead", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-roll-"));
    const input = path.join(dir, "charted.xlsx");
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const rows = scorecardRows(55);
    writeFileSync(input, generateWorkbook({ everything: true, sheets: [{ name: "Scorecard", rows, afterSheetData: '<drawing r:id="rIdDrawing"/>', rels: [{ id: "rIdDrawing", type: `${REL}/drawing`, target: "../drawings/drawing1.xml" }] }] }));
    const result = await run("roll", input, "--year");
    expect(result).toEqual({ code: 2, out: [], err: ['Nothing was written: the sheet "Scorecard" has a drawing (charts, pictures or shapes), which this copy cannot carry over. Start the new year in Excel, where the pane copies the sheet whole.'] });
    expect(existsSync(path.join(dir, "charted.rolled.xlsx"))).toBe(false);
  });
});

describe("committee-scorecard roll --quarter", () => {
  it("moves Q3 on to Q4 and says the sheet has no ratings yet to keep", async () => {
    const { dir, input } = sampleCopy();
    const result = await run("roll", input, "--quarter");
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out).toEqual([
      expect.stringMatching(/^Moved "Scorecard" from Q3 2021\/22 to Q4 2021\/22; the sheet has no ratings yet to keep\. Wrote .*Q3\.rolled\.xlsx\.$/),
      '"Scorecard" states no report date above the table (a "Report date" cell with the date beside it), so none was moved.',
    ]);
    // Q4 is the year's last: another --quarter is refused, exit 2, nothing written.
    const output = path.join(dir, "Q3.rolled.xlsx");
    const refused = await run("roll", output, "--quarter", "-o", path.join(dir, "q1.xlsx"));
    expect(refused).toEqual({ code: 2, out: [], err: ["Nothing was written: Q4 2021/22 is the year's last quarter. Start the next financial year instead: it makes the new year's sheet."] });
    expect(existsSync(path.join(dir, "q1.xlsx"))).toBe(false);
  });

  it("needs exactly one of --quarter and --year", async () => {
    const { input } = sampleCopy();
    for (const flags of [[], ["--quarter", "--year"]]) {
      const result = await run("roll", input, ...flags);
      expect(result).toEqual({ code: 2, out: [], err: ["roll needs one of --quarter (start the next quarter) or --year (start the next financial year).", "Run `committee-scorecard --help` for usage."] });
    }
  });
});
