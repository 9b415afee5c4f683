// Browser test of the first five minutes: runs `npm start` as the README says (on a spare port), opens the
// preview it serves in the system's Chromium, and checks the pane renders under the page's own
// Content-Security-Policy with the development build (no eval); then saves a source file, as a developer does, and
// checks the rebuild is clean and the pane still answers. Stops the server after.
import { spawn } from "node:child_process";
import { existsSync, utimesSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
if (!executablePath) {
  if (process.env.CI === "true") {
    console.error("No Chromium found; CI=true, so the npm start test fails rather than skips.");
    process.exit(1);
  }
  console.log("No Chromium found (apt-get install -y chromium): npm start test skipped.");
  process.exit(0);
}

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

const server = spawn(process.execPath, ["scripts/start.mjs", "--port", String(port)], { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"] });
let output = "";
server.stdout.on("data", (chunk) => (output += chunk));
server.stderr.on("data", (chunk) => (output += chunk));
const stop = () => {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone: nothing left to stop.
  }
};

let failed = 0;
try {
  for (let waited = 0; !output.includes("being served"); waited++) {
    if (waited > 240 || server.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.log(`npm start -- --port ${port}`);
  const served = `https://localhost:${port}`;
  for (const [name, ok] of [
    ["says where it is served, on this machine only", output.includes(`${served} (this machine only)`)],
    ["says when it cannot open a browser", /No browser could be opened here|opened in your browser/.test(output)],
  ]) {
    console.log(`  ${ok ? "✓" : "✗"} ${name}`);
    if (!ok) failed++;
  }
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  try {
    const page = await browser.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } });
    const problems = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      const text = message.text();
      // The preview loads only its own files (no office.js), so its policy refuses nothing.
      if (text.includes("Content Security Policy")) problems.push(text);
    });
    await page.goto(`${served}/preview.html`);
    await page.getByRole("button", { name: "Find scorecard on this sheet" }).waitFor({ timeout: 60_000 });
    await page.getByRole("table", { name: "Sheet Scorecard" }).getByText("<530").waitFor({ timeout: 30_000 });
    const ok = problems.length === 0;
    console.log(`  ${ok ? "✓" : "✗"} the preview renders the pane and the sample under its CSP${ok ? "" : `\n    ${problems.join("\n    ")}`}`);
    if (!ok) failed++;

    // A saved file rebuilds in place; an error in that build would cover the preview with webpack's overlay.
    const builds = () => output.match(/addin \(webpack [\d.]+\) compiled[^\n]*/g) ?? [];
    const before = builds().length;
    const saved = path.join(ROOT, "src/taskpane/scorecard/RatingBadge.tsx");
    utimesSync(saved, new Date(), new Date());
    for (let waited = 0; builds().length === before; waited++) {
      if (waited > 120) throw new Error(`no rebuild after saving ${path.relative(ROOT, saved)}:\n${output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const rebuild = builds().at(-1) ?? "";
    const clean = rebuild.includes("compiled successfully");
    if (clean) {
      await page.getByRole("button", { name: "Find scorecard on this sheet" }).click({ timeout: 30_000 });
      await page.getByText("A — Measure").waitFor({ timeout: 30_000 });
    }
    console.log(`  ${clean ? "✓" : "✗"} a saved file rebuilds without errors, and the pane still answers${clean ? "" : `: ${rebuild}\n${output.slice(-1500)}`}`);
    if (!clean) failed++;
  } finally {
    await browser.close();
  }
} catch (error) {
  console.log(`  ✗ ${error instanceof Error ? error.message : String(error)}`);
  failed++;
} finally {
  stop();
}
console.log(`${4 - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
