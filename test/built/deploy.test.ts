/**
 * `npm run deploy -- <origin>`: the folder it makes is ready to host at that origin, with no localhost anywhere,
 * and a refused origin exits 2 with a plain message.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const ORIGIN = "https://scorecard.example.gov.uk/performance/";

function deploy(origin: string, dir: string) {
  return spawnSync("node", ["scripts/deploy.mjs", origin], { cwd: ROOT, encoding: "utf8", env: { ...process.env, SCORECARD_DEPLOY_DIR: dir }, timeout: 240_000 });
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

describe("npm run deploy", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "scorecard-deploy-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds for the given origin: every manifest URL there, no localhost in any file, the host's config beside it", () => {
    const run = deploy(ORIGIN, dir);
    expect(run.status).toBe(0);
    const manifest = readFileSync(path.join(dir, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/(?:DefaultValue="|>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(ORIGIN)).toBe(true);
    expect(manifest).not.toContain("<AppDomain");
    const withLocalhost = allFiles(dir).filter((file) => /localhost/i.test(readFileSync(file, "latin1")));
    expect(withLocalhost).toEqual([]);
    const config = JSON.parse(readFileSync(path.join(dir, "staticwebapp.config.json"), "utf8")) as { globalHeaders: Record<string, string> };
    expect(config.globalHeaders["Access-Control-Allow-Origin"]).toBe("*");
    for (const file of ["taskpane.html", "functions.js", "functions.json", "commands.js"]) expect(existsSync(path.join(dir, file))).toBe(true);
  }, 300_000);

  it.each([
    ["http://scorecard.example.gov.uk/", "is not"],
    ["https://localhost:3000/", "cannot be localhost"],
    ["scorecard", "is not a web address"],
  ])("refuses %p with exit 2", (origin, message) => {
    const run = deploy(origin, path.join(dir, "refused"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(path.join(dir, "refused"))).toBe(false);
  });
});
