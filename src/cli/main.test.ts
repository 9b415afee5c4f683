import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE, changedCells, openSample, snapshotCells } from "../../test/helpers/sampleWorkbook";
import { main } from "./main";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) }).then((code) => ({ code, out, err }));
}

const work = () => mkdtempSync(path.join(tmpdir(), "scorecard-cli-"));

describe("committee-scorecard refresh", () => {
  it("writes <name>.refreshed.xlsx beside the input, changing only output cells; refreshing that again changes nothing", async () => {
    const dir = work();
    const input = path.join(dir, "Q3 scorecard.xlsx");
    writeFileSync(input, readFileSync(SAMPLE));
    const first = await run("refresh", input);
    expect(first).toMatchObject({ code: 0, err: [] });
    expect(first.out.join("\n")).toMatch(/^6 cells changed \(Green 4, Amber 1, Red 1, not rated 49\)\. Wrote .*Q3 scorecard\.refreshed\.xlsx\.$/);
    const output = path.join(dir, "Q3 scorecard.refreshed.xlsx");
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE)); // the input is never touched

    const before = snapshotCells(await openSample(SAMPLE));
    const after = snapshotCells(await openSample(output));
    const changed = changedCells(before, after).filter((key) => !key.startsWith("ScorecardSettings!"));
    expect(changed).toEqual(["Scorecard!L13", "Scorecard!L17", "Scorecard!L23", "Scorecard!L25", "Scorecard!L6", "Scorecard!L8"]);

    const again = await run("refresh", output, "-o", path.join(dir, "again.xlsx"));
    expect(again.out).toEqual([expect.stringMatching(/^No changes: every rating is up to date \(Green 4, Amber 1, Red 1, not rated 49\)\. Wrote .*again\.xlsx, unchanged\.$/)]);
    expect(changedCells(after, snapshotCells(await openSample(path.join(dir, "again.xlsx"))))).toEqual([]);
  });

  it("--dry-run prints each change, old → new, and writes nothing", async () => {
    const dir = work();
    const input = path.join(dir, "scorecard.xlsx");
    writeFileSync(input, readFileSync(SAMPLE));
    const result = await run("refresh", input, "--dry-run");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Scorecard!L8: (blank) → Green");
    expect(result.out[result.out.length - 1]).toBe("6 cells would change (Green 4, Amber 1, Red 1, not rated 49). Dry run: nothing was written.");
    expect(existsSync(path.join(dir, "scorecard.refreshed.xlsx"))).toBe(false);
  });

  it("never overwrites the input", async () => {
    const dir = work();
    const input = path.join(dir, "scorecard.xlsx");
    writeFileSync(input, readFileSync(SAMPLE));
    expect(await run("refresh", input, "-o", input)).toMatchObject({ code: 2, err: ["The output would overwrite the input; give another name with -o."] });
  });
});

describe("committee-scorecard check", () => {
  it("prints findings with their cells and a summary; exit 0 with warnings only", async () => {
    const result = await run("check", SAMPLE);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Scorecard!B18\twarning\tPolarity is spelled "Low is Good" here but "Low is good" in 10 other rows.');
    expect(result.out[result.out.length - 1]).toBe("5 findings (0 errors, 5 warnings) in 1 scorecard table.");
  });

  it("--json prints the findings as JSON, and exits 1 when there are errors", async () => {
    const dir = work();
    const book = await openSample();
    book.workbook.getWorksheet("Scorecard")!.getCell("I8").value = "about 440";
    const input = path.join(dir, "broken.xlsx");
    await book.workbook.xlsx.writeFile(input);
    const result = await run("check", input, "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out.join("\n")) as { findings: { cell: string; severity: string; message: string }[] };
    expect(report.findings).toContainEqual({ cell: "Scorecard!I8", severity: "error", message: '"about 440" cannot be read as a number.' });
  });
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
    expect((await run("publish", "x.xlsx")).err[0]).toBe('Unknown command "publish": use refresh or check.');
    expect((await run("--help")).out[0]).toContain("Usage:");
  });
});
