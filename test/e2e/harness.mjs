/* global window, document -- evaluated in the page */
// What the browser tests share: dist/ served on loopback (switchable off, to stand for a lost network), the
// system's Chromium through playwright-core (never a downloaded browser), axe-core, and a check list. Without
// Chromium a test says so and skips, except under CI=true, where that is a failure.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(ROOT, "dist");
export const OUT = path.join(ROOT, "test-results");
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xlsx": "application/octet-stream", ".xml": "application/xml" };

/** The system's Chromium, or the process ends here: skipped, or failed under CI=true. */
export function chromiumOrSkip() {
  const executablePath = CANDIDATES.find((candidate) => candidate && existsSync(candidate));
  if (!executablePath) {
    const message = "No Chromium found (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH).";
    if (process.env.CI === "true") {
      console.error(`${message} CI=true, so the browser test fails rather than skips.`);
      process.exit(1);
    }
    console.log(`${message} Browser test skipped.`);
    process.exit(0);
  }
  if (!existsSync(path.join(DIST, "preview.html"))) {
    console.error("dist/preview.html is missing: run `npm run build` first.");
    process.exit(1);
  }
  return executablePath;
}

/** dist/ on a loopback port. `online = false` drops every connection, as a lost network would. */
export async function serveDist() {
  const state = { online: true };
  const server = createServer((request, response) => {
    if (!state.online) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    setOnline: (online) => {
      state.online = online;
      if (!online) server.closeAllConnections();
    },
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** A fresh, empty profile each run; the flags keep Chromium from calling home on this closed network. */
export async function launch(executablePath, viewport = { width: 1400, height: 900 }) {
  const profile = mkdtempSync(path.join(tmpdir(), "scorecard-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    acceptDownloads: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// axe-core, run in the page. The goal is no serious or critical violation. The one left is Fluent's own: Tabster's
// focus-trap sentinels (<i data-tabster-dummy tabindex="0" aria-hidden="true">) beside every TabList, which move
// focus on at once and are hidden from screen readers on purpose (microsoft/tabster#288, still open;
// microsoft/fluentui#27517, "by design"). Only those nodes are excused, by their attribute.
const AXE = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const UPSTREAM = [{ rule: "aria-hidden-focus", html: "data-tabster-dummy", issue: "microsoft/tabster#288" }];

/** axe-core on the page (or on `selector` alone, with only `rules`): throws on a serious or critical violation. */
export async function accessible(page, view, { selector = null, rules = null } = {}) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  // A control mid-transition (Fluent's buttons fade their colours on focus and hover) has no settled contrast, and axe
  // would measure a colour part-way between two: wait for every finite animation to end (a spinner never does).
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity), null, { timeout: 10_000 });
  const violations = await page.evaluate(
    async ({ selector, rules }) => {
      const options = { resultTypes: ["violations"], ...(rules ? { runOnly: { type: "rule", values: rules } } : {}) };
      const found = await window.axe.run(selector ? document.querySelectorAll(selector) : document, options);
      return found.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ html: n.html, target: n.target.join(" ") })) }));
    },
    { selector, rules },
  );
  const problems = [];
  for (const v of violations) {
    if (v.impact !== "serious" && v.impact !== "critical") continue;
    const nodes = v.nodes.filter((n) => !UPSTREAM.some((u) => u.rule === v.id && n.html.includes(u.html)));
    if (nodes.length > 0) problems.push(`${v.impact} ${v.id} (${v.help}): ${nodes.map((n) => n.target).join(", ")}`);
  }
  if (problems.length > 0) throw new Error(`axe-core on the ${view} view:\n${problems.join("\n")}`);
}

/** Named checks, each reported as it ends; `finish` exits 1 if any failed. */
export function checks() {
  const results = [];
  return {
    async check(name, body) {
      try {
        await body();
        results.push({ name, ok: true });
        console.log(`  ✓ ${name}`);
      } catch (error) {
        results.push({ name, ok: false });
        console.log(`  ✗ ${name}\n    ${String(error?.message ?? error).split("\n").join("\n    ")}`);
      }
    },
    finish() {
      const failed = results.filter((r) => !r.ok).length;
      console.log(`${results.length - failed} passed, ${failed} failed`);
      process.exit(failed > 0 ? 1 : 0);
    },
  };
}
