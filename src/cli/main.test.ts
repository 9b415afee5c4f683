/** The command line end to end on real files: exit codes, messages, and inputs left as they were. */
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { scorecardRows } from "../../test/helpers/generateScorecard";
import { SAMPLE, cellAt, changedCells, openSample, snapshotCells, typeInto } from "../../test/helpers/sampleWorkbook";
import { generateParts, generateWorkbook } from "../../test/helpers/xlsxGenerator";
import { main } from "./main";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) }).then((code) => ({ code, out, err }));
}

const work = () => mkdtempSync(path.join(tmpdir(), "scorecard-cli-"));

/** A copy of the sample in a fresh folder, under `name`: the folder and the file's path. */
function sampleIn(name: string): { dir: string; input: string } {
  const dir = work();
  const input = path.join(dir, name);
  writeFileSync(input, readFileSync(SAMPLE));
  return { dir, input };
}

describe("committee-scorecard refresh", () => {
  it("writes <name>.refreshed.xlsx beside the input, changing only output cells; refreshing that again changes nothing", async () => {
    const { dir, input } = sampleIn("Q3 scorecard.xlsx");
    const first = await run("refresh", input);
    expect(first).toMatchObject({ code: 0, err: [] });
    expect(first.out.join("\n")).toMatch(/^6 cells changed \(Green 4, Amber 1, Red 1, not rated 49\)\. Wrote .*Q3 scorecard\.refreshed\.xlsx\.$/);
    const output = path.join(dir, "Q3 scorecard.refreshed.xlsx");
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE)); // the input is never touched

    const before = await snapshotCells(await openSample(SAMPLE));
    const after = await snapshotCells(await openSample(output));
    const changed = changedCells(before, after).filter((key) => !key.startsWith("ScorecardSettings!") && !key.startsWith("Scorecard history!"));
    expect(changed).toEqual(["Scorecard!L13", "Scorecard!L17", "Scorecard!L23", "Scorecard!L25", "Scorecard!L6", "Scorecard!L8"]);

    const again = await run("refresh", output, "-o", path.join(dir, "again.xlsx"));
    expect(again.out).toEqual([expect.stringMatching(/^No changes: every rating is up to date \(Green 4, Amber 1, Red 1, not rated 49\)\. Wrote .*again\.xlsx, an identical copy of the input\.$/)]);
    expect(readFileSync(path.join(dir, "again.xlsx"))).toEqual(readFileSync(output));
  });

  it("--dry-run prints each change, old → new, and writes nothing", async () => {
    const { dir, input } = sampleIn("scorecard.xlsx");
    const result = await run("refresh", input, "--dry-run");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Scorecard!L8: (blank) → Green");
    expect(result.out[result.out.length - 1]).toBe("6 cells would change (Green 4, Amber 1, Red 1, not rated 49). Dry run: nothing was written.");
    expect(existsSync(path.join(dir, "scorecard.refreshed.xlsx"))).toBe(false);
  });

  it("says when it writes over the workbook's own formulas (a RAG column of nested IFs), and the input keeps them", async () => {
    const nestedIf = 'IF(K8="","",IF(K8<=530,"Green",IF(K8<=556.5,"Amber","Red")))';
    const dir = work();
    const input = path.join(dir, "nested.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE);
    book.getWorksheet("Scorecard")!.getCell("L8").value = { formula: nestedIf, result: "Green" };
    await book.xlsx.writeFile(input);

    const dry = await run("refresh", input, "--dry-run");
    expect(dry.out).toContain(`Scorecard!L8: =${nestedIf} → Green`);
    expect(dry.out.at(-1)).toBe(`1 of these cells holds a formula of the workbook's own (first Scorecard!L8: =${nestedIf}); the refresh would write ratings over it.`);
    const done = await run("refresh", input);
    expect(done.out.at(-1)).toBe(`1 of these cells holds a formula of the workbook's own (first Scorecard!L8: =${nestedIf}); the output has ratings in their place, and the input keeps it.`);
    expect(await cellAt(await openSample(input), "Scorecard!L8")).toMatchObject({ formula: `=${nestedIf}` });
    expect(await cellAt(await openSample(path.join(dir, "nested.refreshed.xlsx")), "Scorecard!L8")).toMatchObject({ value: "Green", formula: null });
  });

  it("--timings says on stderr where the time went, and changes nothing else it prints", async () => {
    const { input } = sampleIn("scorecard.xlsx");
    const result = await run("refresh", input, "--timings");
    expect(result.code).toBe(0);
    expect(result.out).toEqual([expect.stringMatching(/^6 cells changed \(Green 4, Amber 1, Red 1, not rated 49\)\. Wrote /)]);
    expect(result.err).toEqual([expect.stringMatching(/^Timings: read \d+ ms, plan \d+ ms, write \d+ ms, total \d+ ms; peak memory -?\d+ MB above idle, \d+ MB in all\.$/)]);
    const [, read, plan, write, total] = /read (\d+) ms, plan (\d+) ms, write (\d+) ms, total (\d+) ms/.exec(result.err[0])!.map(Number);
    // The laps are consecutive: together they are the whole, to a millisecond's rounding each.
    expect(Math.abs(read + plan + write - total)).toBeLessThanOrEqual(3);
  });

  it("never overwrites the input, even through a symbolic or hard link", async () => {
    const { dir, input } = sampleIn("scorecard.xlsx");
    expect(await run("refresh", input, "-o", input)).toMatchObject({ code: 2, err: ["The output would overwrite the input; give another name with -o."] });
    symlinkSync(input, path.join(dir, "symlink.xlsx"));
    linkSync(input, path.join(dir, "hardlink.xlsx"));
    for (const link of ["symlink.xlsx", "hardlink.xlsx"]) {
      const result = await run("refresh", input, "-o", path.join(dir, link), "--force");
      expect(result.code).toBe(2);
      expect(result.err[0]).toContain("is a link to the input");
    }
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));
  });

  it("refuses to replace an existing output unless --force, and leaves no temporary file", async () => {
    const dir = work();
    const input = path.join(dir, "scorecard.xlsx");
    const output = path.join(dir, "for committee.xlsx");
    writeFileSync(input, readFileSync(SAMPLE));
    writeFileSync(output, "last quarter's copy");
    const refused = await run("refresh", input, "-o", output);
    expect(refused).toMatchObject({ code: 2, err: [expect.stringContaining("already exists. Use --force to replace it")] });
    expect(readFileSync(output, "utf8")).toBe("last quarter's copy");
    expect(await run("refresh", input, "-o", output, "--force")).toMatchObject({ code: 0 });
    expect(readFileSync(output).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).sort()).toEqual(["for committee.xlsx", "scorecard.xlsx"]);
  });

  it("keeps a macro-enabled workbook macro-enabled: X.xlsm gives X.refreshed.xlsm", async () => {
    const { dir, input } = sampleIn("scorecard.xlsm");
    const result = await run("refresh", input);
    expect(result.code).toBe(0);
    expect(existsSync(path.join(dir, "scorecard.refreshed.xlsm"))).toBe(true);
  });
});

describe("committee-scorecard check", () => {
  it("prints findings with their cells and a summary; exit 0 with warnings only", async () => {
    const result = await run("check", SAMPLE);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Scorecard!B18\twarning\tPolarity is spelled "Low is Good" here but "Low is good" in 10 other rows.');
    // The sample's funding tracker and timeline are checked too: nine deadlines passed with money unspent (at its
    // stated report date, 28 March 2022) and one stage out of order.
    expect(result.out).toContain("Funding!A15\twarning\tWorkforce Recruitment and Retention Fund (Round 2): the spend deadline passed with £1,124,244 unspent.");
    // The learning-disability own-home row prints "(ASCOF 1F)": 1G in 2014–22 ids, 1F there being mental health.
    expect(result.out).toContainEqual(expect.stringMatching(/^Scorecard!A13\twarning\tThe label says ASCOF 1F, but its words describe 1G in the 2014–22 ids/));
    expect(result.out[result.out.length - 1]).toBe("16 findings (0 errors, 16 warnings) in 1 scorecard table, 1 funding table and 1 timeline.");
  });

  it("--json prints the findings as JSON, and exits 1 when there are errors", async () => {
    const dir = work();
    const book = await openSample();
    await typeInto(book, { "Scorecard!I8": "about 440" });
    const input = path.join(dir, "broken.xlsx");
    writeFileSync(input, book.save());
    const result = await run("check", input, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out.join("\n")) as { findings: { cell: string; severity: string; message: string }[] };
    expect(report.findings).toContainEqual({ cell: "Scorecard!I8", severity: "error", message: '"about 440" cannot be read as a number.' });
  });
});

describe("workbooks that used to break the command line", () => {
  const rows = scorecardRows(55);

  it("a zip bomb in a part the refresh reads: exit 2 with a plain message, before it is inflated, and the input unchanged", async () => {
    const dir = work();
    const input = path.join(dir, "bomb.xlsx");
    const parts = generateParts({ sheets: [{ name: "Scorecard", rows }] });
    // The shared strings padded with 16 MB of spaces inside the root (well-formed): deflates about 1000 to 1.
    const strings = new TextDecoder().decode(parts["xl/sharedStrings.xml"]).replace("</sst>", `${" ".repeat(16 * 1024 * 1024)}</sst>`);
    parts["xl/sharedStrings.xml"] = new TextEncoder().encode(strings);
    writeFileSync(input, zipSync(parts, { level: 9 }));
    const bytes = readFileSync(input);
    const result = await run("refresh", input);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/xl\/sharedStrings\.xml is compressed more than 200 to 1, as a "zip bomb" is; it is refused as unsafe to open\.$/);
    expect(readFileSync(input)).toEqual(bytes);
    expect(readdirSync(dir)).toEqual(["bomb.xlsx"]);
  });

  it("a part that unpacks to more than the zip's directory says: exit 2 naming the part, and the input unchanged", async () => {
    const dir = work();
    const input = path.join(dir, "understated.xlsx");
    const zip = zipSync(generateParts({ sheets: [{ name: "Scorecard", rows }] }));
    // The central directory's record for the sheet claims 100 bytes unpacked (offset 24 is the uncompressed size).
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    for (let at = 0; at < zip.length - 46; at++) {
      const view = new DataView(zip.buffer, zip.byteOffset + at);
      if (view.getUint32(0, true) !== 0x02014b50 || view.getUint16(28, true) !== name.length) continue;
      if (name.every((byte, i) => zip[at + 46 + i] === byte)) view.setUint32(24, 100, true);
    }
    writeFileSync(input, zip);
    const result = await run("refresh", input);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/The part xl\/worksheets\/sheet1\.xml could not be unpacked/);
    expect(readFileSync(input)).toEqual(zip);
    expect(readdirSync(dir)).toEqual(["understated.xlsx"]);
  });

  it("one stray cell at XFD1048576: refreshed, memory growing with the cells that exist", async () => {
    const dir = work();
    const input = path.join(dir, "stray.xlsx");
    const stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>';
    writeFileSync(input, generateWorkbook({ sheets: [{ name: "Scorecard", rows, extraRows: stray }] }));
    const result = await run("refresh", input);
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out[0]).toMatch(/^6 cells changed/);
    const book = await openSample(path.join(dir, "stray.refreshed.xlsx"));
    expect((await cellAt(book, "Scorecard!XFD1048576")).value).toBe("x");
    expect((await cellAt(book, "Scorecard!L8")).value).toBe("Green");
  }, 30_000); // a sheet a million rows tall, read twice
});

describe("clear messages and non-zero exits for bad input", () => {
  it.each([
    ["a missing file", () => path.join(work(), "missing.xlsx"), /^No such file: /],
    ["a file that is not xlsx", () => {
      const file = path.join(work(), "notes.xlsx");
      writeFileSync(file, "Agenda item 7: performance scorecard");
      return file;
    }, /is not an \.xlsx workbook/],
    ["an encrypted workbook", () => {
      const file = path.join(work(), "locked.xlsx");
      // Office stores a password-protected workbook as a compound file holding an EncryptionInfo stream.
      writeFileSync(file, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le")]));
      return file;
    }, /is encrypted \(password-protected\)/],
    ["an old .xls workbook", () => {
      const file = path.join(work(), "old.xls");
      writeFileSync(file, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
      return file;
    }, /is an Excel 97-2003 \.xls workbook/],
  ])("%s", async (_, make, message) => {
    const file = make();
    for (const command of ["refresh", "check"]) {
      const result = await run(command, file);
      expect(result.code).toBe(2);
      expect(result.err.join("\n")).toMatch(message);
    }
  });

  it("a workbook with no scorecard table", async () => {
    const dir = work();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").getCell("A1").value = "Agenda item 7";
    const file = path.join(dir, "notes.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = await run("refresh", file);
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe('No scorecard table was found on "Notes": it needs a header row with a measure column and period, YTD or target columns.');
  });

  it("usage errors point to --help", async () => {
    expect(await run("refresh")).toMatchObject({ code: 2, err: ["refresh needs exactly one workbook (.xlsx); got 0.", "Run `committee-scorecard --help` for usage."] });
    expect((await run("publish", "x.xlsx")).err[0]).toBe('Unknown command "publish": use refresh, check, roll or report.');
    expect((await run("--help")).out[0]).toContain("Usage:");
  });
});
