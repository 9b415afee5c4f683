/**
 * The built command line, run as an analyst runs it, on every sample workbook: the refreshed file opens in
 * LibreOffice (converted to PDF headless), and refreshing it again changes nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { scorecardRows } from "../helpers/generateScorecard";
import { generateParts } from "../helpers/xlsxGenerator";
import { buildZip, entriesOf } from "../helpers/zipBuilder";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "committee-scorecard.js");
const SAMPLES = readdirSync(path.join(ROOT, "assets", "samples")).filter((f) => f.endsWith(".xlsx"));
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });

/** Converts a workbook to PDF with LibreOffice and returns the PDF, or null (said) where LibreOffice is missing. */
function pdfOf(workbook: string, dir: string): Buffer | null {
  if (!SOFFICE) {
    if (process.env.CI === "true") throw new Error("LibreOffice is not installed (apt-get install -y --no-install-recommends libreoffice-calc).");
    console.warn("LibreOffice not found: skipping the PDF conversion check.");
    return null;
  }
  const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, workbook], { stdio: "pipe", timeout: 120_000 });
  return readFileSync(path.join(dir, path.basename(workbook).replace(/\.xls[xm]$/, ".pdf")));
}

/** Writes a workbook made by the test generator (test/helpers/xlsxGenerator.ts) from `spec`, a JS expression. */
function generate(file: string, spec: string): void {
  const helper = (name: string) => JSON.stringify(path.join(ROOT, "test", "helpers", name));
  const script = `const { generateWorkbook } = require(${helper("xlsxGenerator.ts")}); const { scorecardRows } = require(${helper("generateScorecard.ts")}); require("node:fs").writeFileSync(${JSON.stringify(file)}, generateWorkbook(${spec}));`;
  execFileSync(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT });
}

describe.each(SAMPLES)("committee-scorecard on %s", (sample) => {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-built-"));
  const output = path.join(dir, sample.replace(/\.xlsx$/, ".refreshed.xlsx"));

  it("refreshes it, and a second refresh of the output changes nothing", () => {
    const first = cli("refresh", path.join("assets", "samples", sample), "-o", output);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/cells? changed/);
    const second = cli("refresh", output, "--dry-run");
    expect(second.status).toBe(0);
    expect(second.stdout.trim()).toMatch(/^0 cells would change/);
  });

  it("writes a workbook LibreOffice opens (converted to PDF headless)", () => {
    const pdf = pdfOf(output, dir);
    if (!pdf) return;
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

describe("the built command line with a council workbook", () => {
  it("refreshes a workbook with charts, pivots, VBA, links and comments into one LibreOffice opens", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-council-"));
    const input = path.join(dir, "council.xlsm");
    // The same generator the preservation suite uses.
    generate(input, `{ everything: true, macroEnabled: true, sheets: [{ name: "Scorecard", rows: scorecardRows(55) }] }`);
    const result = cli("refresh", input);
    expect(result.status).toBe(0);
    const output = path.join(dir, "council.refreshed.xlsm");
    expect(existsSync(output)).toBe(true);
    const pdf = pdfOf(output, dir);
    if (pdf) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);

  // A scorecard formatted as an Excel table with a totals row, and no RAG column: the new one, at M, joins the table.
  const tableSpec = (columns: string) =>
    `{ sheets: [{ name: "Scorecard", rows: scorecardRows(55).map((row, r) => (r === 65 ? ["Total"] : row)).map((row) => row.filter((_, c) => c !== 11)), ` +
    `table: { relId: "rIdTable", ref: "A4:L66", name: "Scorecard_Q3", totalsRow: true${columns} }, ` +
    `rawCells: { 65: '<c r="K66"><f>SUBTOTAL(109,Scorecard_Q3[21-22 year to date])</f><v>20650</v></c>' }, ` +
    `afterSheetData: '<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>' }] }`;

  it("rates a scorecard table with a totals row, the new RAG column joining the table, into a workbook LibreOffice opens", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-table-"));
    const input = path.join(dir, "table.xlsx");
    generate(input, tableSpec(""));
    const result = cli("refresh", input);
    // 55 measures (the totals row is not one): 4 Green, 1 Amber, 1 Red, as the sample; 6 ratings and the header.
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toMatch(/^7 cells changed \(Green 4, Amber 1, Red 1, not rated 49\)\. Wrote .*table\.refreshed\.xlsx\.$/);
    const pdf = pdfOf(path.join(dir, "table.refreshed.xlsx"), dir);
    if (pdf) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);

  it("refuses, exit 2 and nothing written, a new column that cannot join the table beside it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-table-"));
    const input = path.join(dir, "table.xlsx");
    // The table calls its Comments column "RAG": a second "RAG" column would repeat the name.
    generate(input, tableSpec(`, columns: [...scorecardRows(1)[3].filter((_, c) => c !== 11).slice(0, 11), "RAG"]`));
    const before = readFileSync(input);
    const result = cli("refresh", input);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr.trim() }).toEqual({
      status: 2,
      stdout: "",
      stderr: 'Nothing was written: the table "Scorecard_Q3" already has a column called "RAG", so the new column at M4 cannot join it; rename one of them and refresh.',
    });
    expect(existsSync(path.join(dir, "table.refreshed.xlsx"))).toBe(false);
    expect(readFileSync(input)).toEqual(before);
  }, 60_000);

  it("stops quietly when its reader goes away: check | head -1 prints no stack trace", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-pipe-"));
    const input = path.join(dir, "large.xlsx");
    // 20,000 measures: far more findings than a pipe holds, so the writer meets a closed pipe.
    generate(input, `{ sheets: [{ name: "Scorecard", rows: scorecardRows(20000) }] }`);
    const piped = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${BIN}" check "${input}" | head -1`], { encoding: "utf8", cwd: ROOT });
    expect(piped.stdout.trim()).toMatch(/^Scorecard!/);
    expect(piped.stderr).toBe("");
    expect(piped.status).toBe(0);
  }, 120_000);
});

describe("the built command line with packages no Excel wrote", () => {
  const parts = () => generateParts({ sheets: [{ name: "Scorecard", rows: scorecardRows(55) }, { name: "Notes", rows: [["Agenda item 7"]] }] });
  const write = (bytes: Uint8Array) => {
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-package-"));
    const input = path.join(dir, "council.xlsx");
    writeFileSync(input, bytes);
    return { dir, input };
  };

  it.each([
    ["duplicate entries", () => buildZip([...entriesOf(parts()), { name: "xl/styles.xml", data: parts()["xl/styles.xml"] }]), /council\.xlsx: This workbook's zip holds two parts named xl\/styles\.xml/],
    ["a row numbered 2,000,000,000", () => zipSync(generateParts({ sheets: [{ name: "Scorecard", rows: scorecardRows(55), extraRows: '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row>' }] })), /The part xl\/worksheets\/sheet1\.xml has a row numbered "2000000000"/],
    ["a DOCTYPE in the sheet", () => {
      const all = parts();
      all["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(new TextDecoder().decode(all["xl/worksheets/sheet1.xml"]).replace("?>\n", '?>\n<!DOCTYPE worksheet [<!ENTITY h "RAG">]>'));
      return zipSync(all);
    }, /The part xl\/worksheets\/sheet1\.xml is not well-formed XML: a DOCTYPE/],
  ])("%s: exit 2, a message naming the part, the input unchanged and nothing written", (_, build, message) => {
    const bytes = build();
    const { dir, input } = write(bytes);
    const result = cli("refresh", input);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(input)).toEqual(Buffer.from(bytes));
    expect(readdirSync(dir)).toEqual(["council.xlsx"]);
  }, 60_000);

  it("a zip64 scorecard sheet: exit 0, rated, and the sheet is still the scorecard", () => {
    const { dir, input } = write(buildZip(entriesOf(parts(), { "xl/worksheets/sheet1.xml": { zip64: true } })));
    const result = cli("refresh", input);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^6 cells changed \(Green 4, Amber 1, Red 1, not rated 49\)/);
    const again = cli("refresh", path.join(dir, "council.refreshed.xlsx"), "--dry-run");
    expect(again.stdout).toMatch(/^0 cells would change/);
  }, 60_000);
});
