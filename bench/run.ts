/**
 * `npm run bench`: speed and size as ratios to a baseline measured in the same run, each with its goal and a
 * verdict computed from it, printed as a table and written to bench/results/latest.json (the README's table is
 * made from that file). Timings are the median of BENCH_RUNS runs (default 5) after a warm-up; nothing here fails
 * a build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { installCustomFunctions } from "../test/helpers/customFunctionsRuntime";
import { FakeExcel, PAYLOAD_LIMIT } from "../test/helpers/fakeExcel";
import { scorecardRows } from "../test/helpers/generateScorecard";
import { OfficeWorkbook } from "../src/adapters/office/officeWorkbook";
import { refreshWorkbook } from "../src/app/refreshWorkbook";
import { BYTES_PER_CELL } from "../src/adapters/office/readPlan";
import { medianOf, mediansInTurn, verdict, type Row } from "./rows";
import { xlsxRefreshRows } from "./xlsxRefresh";
import { refindRows } from "./refind";
import { firstRefreshRows } from "./firstRefresh";
import { pageOpenRows } from "./pageOpen";
import { openPreviewBrowser } from "./previewBrowser";
import { reportRows } from "./report";

installCustomFunctions();
const { rag } = require("../src/functions/scorecard") as typeof import("../src/functions/scorecard");

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function ragRows(): Promise<Row[]> {
  const CELLS = 1_000_000;
  // Values around a "<530"-style target, as a column of numbers: what Excel passes for K6:K1000005.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const values: number[][] = Array.from({ length: CELLS }, () => [Math.round(400 + random() * 200)]);
  // The same work by hand: the same comparisons, the same output arrays.
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
  const viaFunction = (grid: unknown[][]) => () => rag(grid, [["<530"]], [["Low is good"]], [[null]]);
  if ((await viaFunction(values)()).length !== CELLS) throw new Error("RAG did not spill one rating per cell");
  const [bareMs, numericMs] = await mediansInTurn(RUNS, [bare, viaFunction(values)]);
  // Cells as councils type them: three in ten are text ("512", "1,024", "N/A", "<530 (est.)").
  const texts = ["512", "1,024", "N/A", "498 (provisional)", "545"];
  const mixed: unknown[][] = values.map((row, i) => (i % 10 < 3 ? [texts[i % texts.length]] : row));
  const mixedMs = await medianOf(RUNS, viaFunction(mixed));
  const column: unknown[][] = Array.from({ length: 1_048_576 }, (_, i) => [i < 60 ? values[i][0] : null]);
  const wholeColumnMs = await medianOf(RUNS, viaFunction(column));
  return [
    { name: "RAG over 1,000,000 numbers (one call)", measured: `${numericMs.toFixed(1)} ms`, baseline: `the same comparisons by hand, ${bareMs.toFixed(1)} ms`, ratio: numericMs / bareMs, limit: 1.5 },
    { name: "RAG over 1,000,000 cells, three in ten text", measured: `${mixedMs.toFixed(1)} ms`, baseline: `all numbers, ${numericMs.toFixed(1)} ms`, ratio: mixedMs / numericMs, limit: 3 },
    { name: "RAG over a whole column (K:K, 1,048,576 rows, mostly empty)", measured: `${wholeColumnMs.toFixed(1)} ms`, baseline: "1 s", ratio: wholeColumnMs / 1000, limit: 1 },
  ];
}

/** Round trips, and the largest request and response, of a refresh through the strict Office.js fake. */
async function officeSyncs(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const measures of [10, 500, 5_000, 50_000, 200_000]) {
    const sheet = scorecardRows(measures, { targetOnEveryRow: true });
    const excel = new FakeExcel({ Scorecard: sheet });
    const result = await refreshWorkbook(new OfficeWorkbook(excel.run), { scope: "active" });
    if (!result.ok) throw new Error(result.error.message);
    // Settings, sizes and the check, then one round trip per 4 MB block read and per 4 MB request written.
    let width = 0;
    for (const row of sheet) if (row.length > width) width = row.length;
    const cells = sheet.length * width;
    const budget = 4 * 1024 * 1024;
    const expected = 3 + Math.ceil((cells * BYTES_PER_CELL) / budget) + Math.max(1, Math.ceil(excel.totalRequestBytes / budget));
    const withinLimits = excel.largestRequest < PAYLOAD_LIMIT && excel.largestResponse < PAYLOAD_LIMIT;
    rows.push({
      name: `Office refresh, ${measures.toLocaleString("en-GB")} measures`,
      measured: `${excel.syncs} syncs; largest request ${(excel.largestRequest / 1024).toFixed(0)} KB, response ${(excel.largestResponse / 1024).toFixed(0)} KB`,
      baseline: `${expected} syncs (5 up to about 5,000 measures, then one per 4 MB read or written, within a tenth: requests are packed whole); each < 5 MB`,
      ratio: withinLimits ? excel.syncs / expected : Infinity,
      limit: measures <= 5_000 ? 1 : 1.1,
    });
  }
  return rows;
}

/**
 * Excel calls a custom function once per range only when functions.json declares its parameters and result as
 * matrices; otherwise it calls it once per cell. Counts the functions in the built metadata that would be.
 */
function oneCallPerRange(): Row[] {
  const file = path.resolve(__dirname, "..", "dist", "functions.json");
  if (!existsSync(file)) return [];
  const metadata = JSON.parse(readFileSync(file, "utf8")) as { functions: { id: string; parameters: { dimensionality?: string }[]; result: { dimensionality?: string } }[] };
  const perCell = metadata.functions.filter((fn) => fn.result.dimensionality !== "matrix" || fn.parameters.some((p) => p.dimensionality !== "matrix"));
  return [{ name: "Functions Excel would call once per cell (not matrix in functions.json)", measured: `${perCell.length} of ${metadata.functions.length}${perCell.length ? `: ${perCell.map((f) => f.id).join(", ")}` : ""}`, baseline: "none", ratio: perCell.length, limit: 0 }];
}

function bundleSizes(): Row[] {
  const dist = path.resolve(__dirname, "..", "dist");
  if (!existsSync(path.join(dist, "functions.js"))) return [];
  const gz = (file: string) => gzipSync(readFileSync(path.join(dist, file))).length / 1024;
  const pane = ["taskpane.js", "shared.js", "commands.js", "functions.js"].reduce((sum, file) => sum + (existsSync(path.join(dist, file)) ? gz(file) : 0), 0);
  return [
    { name: "functions.js (gzipped)", measured: `${gz("functions.js").toFixed(1)} KB`, baseline: "20 KB", ratio: gz("functions.js") / 20, limit: 1 },
    { name: "Initial pane page, all bundles (gzipped)", measured: `${pane.toFixed(1)} KB`, baseline: "200 KB, with 10% headroom; charts lazy", ratio: pane / 200, limit: 0.9 },
  ];
}

/** Time to a usable pane: preview.html opened in headless Chromium until "Find scorecard" shows, median of 5. */
async function firstRender(): Promise<Row[]> {
  const preview = await openPreviewBrowser();
  if (!preview) return [];
  const { browser, origin } = preview;
  const samples: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.goto(`${origin}/preview.html`);
      await page.getByRole("button", { name: "Find scorecard on this sheet" }).waitFor({ timeout: 30000 });
      samples.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
  } finally {
    await preview.close();
  }
  samples.sort((a, b) => a - b);
  const ms = samples[Math.floor(samples.length / 2)];
  // Includes fetching and reading the sample: the preview's pane waits for its workbook.
  return [{ name: "First render of the pane (preview, headless Chromium)", measured: `${ms.toFixed(0)} ms (median of 5)`, baseline: "1 s", ratio: ms / 1000, limit: 1 }];
}

async function main(): Promise<void> {
  // BENCH_ONLY=first-refresh or page-open runs just those rows (and writes only them); page-open needs a build and
  // a browser (about a minute).
  const only = process.env.BENCH_ONLY;
  const rows =
    only === "first-refresh"
      ? firstRefreshRows(RUNS)
      : only === "page-open"
        ? await pageOpenRows(RUNS)
        : [...(await ragRows()), ...oneCallPerRange(), ...(await officeSyncs()), ...xlsxRefreshRows(RUNS), ...(await refindRows(RUNS)), ...firstRefreshRows(RUNS), ...reportRows(RUNS), ...bundleSizes(), ...(await firstRender()), ...(await pageOpenRows(RUNS))];
  console.log(`Committee Scorecard benchmarks — ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, node ${process.version}, median of ${RUNS} runs`);
  console.table(rows.map((r) => ({ name: r.name, measured: r.measured, baseline: r.baseline, ratio: `${r.ratio.toFixed(2)}×`, goal: `≤ ${r.limit}×`, verdict: verdict(r) })));
  const out = path.resolve(__dirname, "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, "latest.json"),
    JSON.stringify({ date: new Date().toISOString(), runs: RUNS, machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version }, rows: rows.map((r) => ({ ...r, verdict: verdict(r) })) }, null, 2),
  );
  console.log(`wrote ${path.relative(process.cwd(), path.join(out, "latest.json"))}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
