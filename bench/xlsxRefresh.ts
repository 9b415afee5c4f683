/**
 * The .xlsx refresh as analysts run it, through the built command line (`npm run build` first), at council and
 * beyond-council sizes: time against ExcelJS loading the same file (each in a fresh process, so both pay Node's
 * start-up), and, from the CLI's own `--timings` in the same runs, planning's time and share and the peak memory
 * against the sheet's uncompressed XML; `check`, which also runs every data check, against the same load; then the
 * scaling from 500 to 200,000 measures. Workbooks come from the test generator (shared strings, as Excel writes
 * them): the published fixture's rows repeated, text and numbers as printed, with a target on every row so that
 * every measure is rated.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readRawEntries } from "../src/adapters/xlsx/package/zipWriter";
import { scorecardRows } from "../test/helpers/generateScorecard";
import { generateWorkbook } from "../test/helpers/xlsxGenerator";
import { median, type Row } from "./rows";

const BUILT_CLI = path.resolve(__dirname, "..", "dist", "cli", "committee-scorecard.js");

function workbookOf(measures: number, dir: string): string {
  const file = path.join(dir, `scorecard-${measures}.xlsx`);
  writeFileSync(file, generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(measures, { targetOnEveryRow: true }) }] }));
  return file;
}

interface RefreshRun {
  /** The whole process, start-up included: what the analyst waits for. */
  readonly wallMs: number;
  readonly planMs: number;
  readonly totalMs: number;
  readonly peakBytes: number;
}

/** One refresh by the built CLI in its own process, with the timings it reports. */
function refreshRun(input: string, dir: string): RefreshRun {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [BUILT_CLI, "refresh", input, "-o", path.join(dir, "out.xlsx"), "--force", "--timings"], { encoding: "utf8" });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`the CLI refresh failed: ${child.stderr}`);
  const timings = /plan (\d+) ms.*total (\d+) ms; peak memory (-?\d+) MB/.exec(child.stderr);
  if (!timings) throw new Error(`the CLI printed no timings: ${child.stderr}`);
  return { wallMs, planMs: Number(timings[1]), totalMs: Number(timings[2]), peakBytes: Number(timings[3]) * 1024 ** 2 };
}

/** `check` by the built CLI in its own process: reading, planning and every data check, as before a paper goes out. */
function checkRunMs(input: string): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [BUILT_CLI, "check", input], { encoding: "utf8", maxBuffer: 64 * 1024 ** 2 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // check exits 1 when it finds errors; anything else is a failure of the run.
  if (child.status !== 0 && child.status !== 1) throw new Error(`the CLI check failed: ${child.stderr}`);
  if (!/\d+ findings? \(/.test(child.stdout)) throw new Error(`the CLI check printed no summary: ${child.stdout.slice(-500)}`);
  return ms;
}

/** ExcelJS loading the file in a fresh process, start-up and module loading included, as for the CLI. */
function excelJsLoadMs(input: string): number {
  const script = `const ExcelJS = require(${JSON.stringify(require.resolve("exceljs"))});
new ExcelJS.Workbook().xlsx.readFile(${JSON.stringify(input)}).catch((error) => { console.error(error); process.exit(1); });`;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`ExcelJS could not load the file: ${child.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}


/** `runs` refreshes after a warm-up (the file system's cache), with the median of each figure. */
function refreshRuns(input: string, dir: string, runs: number): RefreshRun & { share: number } {
  refreshRun(input, dir);
  const all = Array.from({ length: runs }, () => refreshRun(input, dir));
  return {
    wallMs: median(all.map((r) => r.wallMs)),
    planMs: median(all.map((r) => r.planMs)),
    totalMs: median(all.map((r) => r.totalMs)),
    peakBytes: median(all.map((r) => r.peakBytes)),
    share: median(all.map((r) => r.planMs / r.totalMs)),
  };
}

function sheetXmlBytes(input: string): number {
  const entry = readRawEntries(readFileSync(input)).get("xl/worksheets/sheet1.xml");
  if (!entry) throw new Error("the generated workbook has no sheet1.xml");
  return entry.size;
}

export function xlsxRefreshRows(runs: number): Row[] {
  if (!existsSync(BUILT_CLI)) throw new Error("The command line is not built: run `npm run build` before `npm run bench`.");
  const dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-xlsx-"));
  const rows: Row[] = [];
  const at50k = workbookOf(50_000, dir);

  const refresh = refreshRuns(at50k, dir, runs);
  excelJsLoadMs(at50k);
  const excelJsLoad = median(Array.from({ length: runs }, () => excelJsLoadMs(at50k)));
  rows.push({ name: "CLI refresh of 50,000 measures (start, read, plan, write)", measured: `${refresh.wallMs.toFixed(0)} ms`, baseline: `ExcelJS loading the same file, ${excelJsLoad.toFixed(0)} ms`, ratio: refresh.wallMs / excelJsLoad, limit: 1 });

  const xml = sheetXmlBytes(at50k);
  rows.push({ name: "Peak memory of that refresh, above the idle process", measured: `${(refresh.peakBytes / 1024 ** 2).toFixed(0)} MB`, baseline: `the sheet's uncompressed XML, ${(xml / 1024 ** 2).toFixed(0)} MB`, ratio: refresh.peakBytes / xml, limit: 2 });
  rows.push({ name: "Planning 50,000 measures, a target on every row (find the table, rate; the checks run when read)", measured: `${refresh.planMs.toFixed(0)} ms`, baseline: "0.3 s", ratio: refresh.planMs / 300, limit: 1 });
  checkRunMs(at50k);
  const checkMs = median(Array.from({ length: runs }, () => checkRunMs(at50k)));
  rows.push({ name: "CLI check of the same 50,000 measures (start, read, plan, every data check)", measured: `${checkMs.toFixed(0)} ms`, baseline: `ExcelJS loading the same file, ${excelJsLoad.toFixed(0)} ms`, ratio: checkMs / excelJsLoad, limit: 1 });
  rows.push({ name: "Planning's share of that refresh", measured: `${refresh.planMs.toFixed(0)} ms`, baseline: `the refresh's own ${refresh.totalMs.toFixed(0)} ms`, ratio: refresh.share, limit: 0.1 });

  let previous: { measures: number; ms: number } | null = null;
  for (const measures of [500, 5_000, 50_000, 200_000]) {
    // The CLI's own total, without Node's start-up, which would make small files look slow.
    const ms = measures === 50_000 ? refresh.totalMs : refreshRuns(workbookOf(measures, dir), dir, runs).totalMs;
    const perMeasure = ms / measures;
    // Linear scaling: time per measure at this size against the size below (at most 1.5× is linear enough).
    rows.push({
      name: `CLI refresh scaling, ${measures.toLocaleString("en-GB")} measures`,
      measured: `${ms.toFixed(0)} ms (${(perMeasure * 1000).toFixed(1)} µs a measure)`,
      baseline: previous ? `${((previous.ms / previous.measures) * 1000).toFixed(1)} µs a measure at ${previous.measures.toLocaleString("en-GB")}` : "the first size",
      ratio: previous ? perMeasure / (previous.ms / previous.measures) : 1,
      limit: 1.5,
    });
    previous = { measures, ms };
  }
  return rows;
}
