/**
 * `npm run bench`: speed as ratios to a baseline on the same machine, printed as a table and written to
 * bench/results/latest.json. Goals are stated beside each ratio; nothing here fails a build.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { chromium } from "playwright-core";
import { installCustomFunctions } from "../test/helpers/customFunctionsRuntime";
import { FakeExcel } from "../test/helpers/fakeExcel";
import { scorecardRows } from "../test/helpers/generateScorecard";
import { OfficeWorkbook } from "../src/adapters/office/officeWorkbook";
import { refreshWorkbook } from "../src/app/refreshWorkbook";
import { main as cli } from "../src/cli/main";

installCustomFunctions();
const { rag } = require("../src/functions/scorecard") as typeof import("../src/functions/scorecard");

interface Row {
  name: string;
  measured: string;
  baseline: string;
  ratio: number;
  goal: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(run: () => unknown, repeats = 7): Promise<number> {
  await run(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function ragMillion(): Promise<Row> {
  const CELLS = 1_000_000;
  // Values around a "<530"-style target, as a column of numbers: what Excel passes for K6:K1000005.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const values: number[][] = Array.from({ length: CELLS }, () => [Math.round(400 + random() * 200)]);
  const target = 530;
  const tolerance = 0.05;
  const bare = () => {
    const out: string[][] = new Array<string[]>(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i][0];
      out[i] = [v < target ? "Green" : (v - target) / target <= tolerance ? "Amber" : "Red"];
    }
    return out;
  };
  const viaFunction = () => rag(values, [["<530"]], [["Low is good"]], [[null]]);
  const check = await viaFunction();
  if (check.length !== CELLS) throw new Error("RAG did not spill one rating per cell");
  const bareMs = await time(bare);
  const functionMs = await time(viaFunction);
  return {
    name: "RAG over 1,000,000 cells (one call)",
    measured: `${functionMs.toFixed(1)} ms`,
    baseline: `bare comparison loop ${bareMs.toFixed(1)} ms`,
    ratio: functionMs / bareMs,
    goal: "≤ 3×",
  };
}

/** The CLI's refresh of a generated 5,000-measure workbook against ExcelJS reading and writing it unchanged. */
async function cliRefresh(): Promise<Row> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-"));
  const input = path.join(dir, "scorecard-5000.xlsx");
  const generated = new ExcelJS.Workbook();
  generated.addWorksheet("Scorecard").addRows(scorecardRows(5000));
  await generated.xlsx.writeFile(input);
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  const timeAsync = async (run: () => Promise<unknown>, repeats = 3) => {
    await run();
    const samples: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = process.hrtime.bigint();
      await run();
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(samples);
  };
  const baseline = await timeAsync(async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(input);
    await book.xlsx.writeFile(path.join(dir, "copy.xlsx"));
  });
  const refresh = await timeAsync(async () => {
    const code = await cli(["refresh", input, "-o", path.join(dir, "out.xlsx")], quiet);
    if (code !== 0) throw new Error("the CLI refresh failed");
  });
  return {
    name: "CLI refresh, 5,000 measures",
    measured: `${refresh.toFixed(0)} ms`,
    baseline: `ExcelJS read + write ${baseline.toFixed(0)} ms`,
    ratio: refresh / baseline,
    goal: "≤ 1.5×",
  };
}

/** Round trips and the largest request and response of a refresh through the strict Office.js fake. */
async function officeSyncs(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const measures of [10, 500, 5000]) {
    const excel = new FakeExcel({ Scorecard: scorecardRows(measures) });
    const result = await refreshWorkbook(new OfficeWorkbook(excel.run), { scope: "active" });
    if (!result.ok) throw new Error(result.error.message);
    rows.push({
      name: `Office refresh, ${measures.toLocaleString("en-GB")} measures`,
      measured: `${excel.syncs} context.sync calls; largest request ${(excel.largestRequest / 1024).toFixed(1)} KB, response ${(excel.largestResponse / 1024).toFixed(1)} KB`,
      baseline: "constant, 5 syncs; each request and response < 5 MB",
      ratio: excel.largestRequest < 5 * 1024 * 1024 && excel.largestResponse < 5 * 1024 * 1024 ? excel.syncs / 5 : Infinity,
      goal: "≤ 1× (5 syncs)",
    });
  }
  return rows;
}

function invocationsPerRange(): Row {
  let calls = 0;
  const counted = (...args: Parameters<typeof rag>) => {
    calls++;
    return rag(...args);
  };
  const column = Array.from({ length: 10_000 }, (_, i) => [400 + (i % 200)]);
  counted(column, [["<530"]], [["Low is good"]], [[null]]);
  return { name: "Custom-function invocations for a 10,000-cell range", measured: `${calls}`, baseline: "one call per range", ratio: calls, goal: "= 1" };
}

function bundleSizes(): Row[] {
  const dist = path.resolve(__dirname, "..", "dist");
  if (!existsSync(path.join(dist, "functions.js"))) return [];
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length / 1024;
  const pane = ["taskpane.js", "shared.js", "commands.js", "functions.js"].reduce((sum, file) => sum + (existsSync(path.join(dist, file)) ? gz(file) : 0), 0);
  return [
    { name: "functions.js (gzipped)", measured: `${gz("functions.js").toFixed(1)} KB`, baseline: "20 KB", ratio: gz("functions.js") / 20, goal: "≤ 1×" },
    { name: "Initial pane page, all bundles (gzipped)", measured: `${pane.toFixed(1)} KB`, baseline: "200 KB; charts and ExcelJS lazy", ratio: pane / 200, goal: "≤ 1×" },
  ];
}

/** Time to a usable pane: preview.html opened in headless Chromium until "Find scorecard" shows, median of 5. */
async function firstRender(): Promise<Row[]> {
  const dist = path.resolve(__dirname, "..", "dist");
  const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!chromiumPath || !existsSync(path.join(dist, "preview.html"))) return [];
  const server = createServer((request, response) => {
    const file = path.join(dist, new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    response.writeHead(200, { "Content-Type": type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/preview.html`);
      await page.getByRole("button", { name: "Find scorecard on this sheet" }).waitFor({ timeout: 30000 });
      samples.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const ms = median(samples);
  // Includes fetching the sample and loading ExcelJS lazily: the preview's pane waits for its workbook.
  return [{ name: "First render of the pane (preview, headless Chromium)", measured: `${ms.toFixed(0)} ms (median of 5)`, baseline: "per second", ratio: ms / 1000, goal: "recorded, no goal set" }];
}

async function main(): Promise<void> {
  const rows = [await ragMillion(), invocationsPerRange(), ...(await officeSyncs()), await cliRefresh(), ...bundleSizes(), ...(await firstRender())];
  console.log(`Committee Scorecard benchmarks — ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, node ${process.version}`);
  console.table(rows.map((r) => ({ ...r, ratio: `${r.ratio.toFixed(2)}×` })));
  const out = path.resolve(__dirname, "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, "latest.json"),
    JSON.stringify({ date: new Date().toISOString(), machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version }, rows }, null, 2),
  );
  console.log(`wrote ${path.relative(process.cwd(), path.join(out, "latest.json"))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
