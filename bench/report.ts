/**
 * The committee paper from the built command line (`npm run build` first), as an analyst makes it: the sample's
 * paper against 1 s, and a 5,000-measure scorecard's against 5 s, each the median wall time of fresh processes
 * (start-up, reading, planning, the report model and writing the .docx). `node --import tsx bench/report.ts` runs
 * just these rows.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { scorecardRows } from "../test/helpers/generateScorecard";
import { generateWorkbook } from "../test/helpers/xlsxGenerator";
import { median, verdict, type Row } from "./rows";

const BUILT_CLI = path.resolve(__dirname, "..", "dist", "cli", "committee-scorecard.js");
const SAMPLE = path.resolve(__dirname, "..", "assets", "samples", "scorecard-q3-2021-22.xlsx");

function paperMs(input: string, dir: string): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [BUILT_CLI, "report", input, "-o", path.join(dir, "paper.docx"), "--force"], { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`the CLI report failed: ${child.stderr}`);
  return ms;
}

function medianPaperMs(input: string, dir: string, runs: number): number {
  paperMs(input, dir); // warm-up: the file system cache, as for every other CLI row
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(paperMs(input, dir));
  return median(samples);
}

export function reportRows(runs: number): Row[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-report-"));
  const large = path.join(dir, "scorecard-5000.xlsx");
  writeFileSync(large, generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(5000, { targetOnEveryRow: true }) }] }));
  const sample = medianPaperMs(SAMPLE, dir, runs);
  const big = medianPaperMs(large, dir, runs);
  return [
    { name: "CLI committee paper (.docx) for the sample (start, read, plan, report, write)", measured: `${sample.toFixed(0)} ms`, baseline: "1 s", ratio: sample / 1000, limit: 1 },
    { name: "CLI committee paper (.docx) for 5,000 measures", measured: `${big.toFixed(0)} ms`, baseline: "5 s", ratio: big / 5000, limit: 1 },
  ];
}

if (process.argv[1]?.endsWith(`bench${path.sep}report.ts`)) {
  const rows = reportRows(Number(process.env.BENCH_RUNS ?? 5));
  console.table(rows.map((r) => ({ name: r.name, measured: r.measured, baseline: r.baseline, ratio: `${r.ratio.toFixed(2)}×`, goal: `≤ ${r.limit}×`, verdict: verdict(r) })));
}
