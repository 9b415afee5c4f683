/**
 * The built command line's committee paper: Word from the sample, opened by LibreOffice (converted to PDF headless,
 * as a council's PDF is made from Word), page 1 pictured for the README; and the summary sheet written safely.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "committee-scorecard.js");
const SAMPLE = path.join(ROOT, "assets", "samples", "scorecard-q3-2021-22.xlsx");
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const POPPLER = ["/usr/bin/pdftoppm"].find((p) => existsSync(p));
const SCREENSHOT = path.join(ROOT, "docs", "screenshots", "committee-paper.png");

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });

/** A tool the check needs: missing, it is said and the check skipped, except under CI=true, where it fails. */
function need(tool: string | undefined, install: string): boolean {
  if (tool) return true;
  if (process.env.CI === "true") throw new Error(`${install} is not installed.`);
  console.warn(`${install} not found: skipping this check.`);
  return false;
}

describe("committee-scorecard report", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-report-"));
  const paper = path.join(dir, "paper.docx");

  it("writes the sample's paper as Word, and never over an existing file without --force", () => {
    const result = cli("report", SAMPLE, "-o", paper);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^Wrote the committee paper .*paper\.docx \(8 highlights, 55 measures in the appendix, funding, timeline\)\.$/);
    expect(readFileSync(paper).subarray(0, 2).toString()).toBe("PK");
    const again = cli("report", SAMPLE, "-o", paper);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect(cli("report", SAMPLE, "-o", paper, "--force").status).toBe(0);
  });

  it("converts to a PDF whose first page opens with the title, the committee and date, and the one Red", () => {
    if (!need(SOFFICE, "LibreOffice (apt-get install -y --no-install-recommends libreoffice-writer)")) return;
    const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, paper], { stdio: "pipe", timeout: 120_000 });
    const pdf = path.join(dir, "paper.pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    if (!need(POPPLER, "poppler-utils (pdftoppm, pdftotext)")) return;
    const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], { encoding: "utf8" });
    expect(page1).toContain("Adults and Health Committee, 28 March 2022");
    expect(page1).toMatch(/Red: 55\.5% is 19\.5 percentage points below the target of 75%/);
    // Page 1 as the README shows it.
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, SCREENSHOT.replace(/\.png$/, "")]);
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe("PNG");
  }, 180_000);

  it("--sheet writes the workbook with a Committee summary sheet, the input untouched", () => {
    const input = path.join(dir, "demo.xlsx");
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const result = cli("report", input, "--sheet");
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^Added the sheet "Committee summary" .* Wrote .*demo\.summary\.xlsx\.$/);
    expect(readFileSync(input).equals(before)).toBe(true);
    // Asked to write over its input, it refuses.
    const over = cli("report", input, "--sheet", "-o", input);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain("would overwrite the input");
    expect(cli("report", input, "-o", path.join(dir, "paper.xlsx")).stderr).toContain("should be a .docx file");
  });
});
