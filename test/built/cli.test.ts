/**
 * The built command line, run as an analyst runs it, on every sample workbook: the refreshed file opens in
 * LibreOffice (converted to PDF headless), and refreshing it again changes nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "committee-scorecard.js");
const SAMPLES = readdirSync(path.join(ROOT, "assets", "samples")).filter((f) => f.endsWith(".xlsx"));
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });

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
    if (!SOFFICE) {
      if (process.env.CI === "true") throw new Error("LibreOffice is not installed (apt-get install -y --no-install-recommends libreoffice-calc).");
      console.warn("LibreOffice not found: skipping the PDF conversion check.");
      return;
    }
    const profile = mkdtempSync(path.join(tmpdir(), "lo-profile-"));
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, output], { stdio: "pipe", timeout: 120_000 });
    const pdf = readFileSync(output.replace(/\.xlsx$/, ".pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
