/**
 * A first refresh (no stored settings, so the tables are found) of a council scorecard beside a large data sheet,
 * against the same scorecard alone: finding tables reads each sheet only as far as a header could be, so the data
 * sheet should cost next to nothing, in time or in memory. Both through the built CLI (`--timings`), in fresh
 * processes, run in turn (a, b, a, b…) so a drifting machine affects both alike.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CellValue } from "../src/engine/sheet/workbook";
import { scorecardRows } from "../test/helpers/generateScorecard";
import { generateWorkbook } from "../test/helpers/xlsxGenerator";
import { median, type Row } from "./rows";

const BUILT_CLI = path.resolve(__dirname, "..", "dist", "cli", "committee-scorecard.js");
const DATA_ROWS = 300_000;
const MEASURES = 55;

/** A care-hours extract as councils keep one beside their scorecard: a date, a team, hours and a cost per row. */
function dataRows(): CellValue[][] {
  const rows: CellValue[][] = [["Date", "Team", "Hours", "Cost"]];
  for (let r = 1; r <= DATA_ROWS; r++) rows.push([44_287 + (r % 365), `Team ${(r % 24) + 1}`, (r * 7) % 40, Math.round(((r * 7919) % 100_000) / 7) / 100]);
  return rows;
}

interface Run {
  readonly totalMs: number;
  readonly peakMb: number;
}

function firstRefresh(input: string, dir: string): Run {
  const child = spawnSync(process.execPath, [BUILT_CLI, "refresh", input, "-o", path.join(dir, "out.xlsx"), "--force", "--timings"], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`the CLI refresh failed: ${child.stderr}`);
  // The whole process's peak, as a task manager shows it: what the analyst's machine must have.
  const timings = /total (\d+) ms; peak memory -?\d+ MB above idle, (\d+) MB in all/.exec(child.stderr);
  if (!timings) throw new Error(`the CLI printed no timings: ${child.stderr}`);
  return { totalMs: Number(timings[1]), peakMb: Number(timings[2]) };
}

export function firstRefreshRows(runs: number): Row[] {
  if (!existsSync(BUILT_CLI)) throw new Error("The command line is not built: run `npm run build` before `npm run bench`.");
  const dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-first-"));
  const scorecard = { name: "Scorecard", rows: scorecardRows(MEASURES) };
  const alone = path.join(dir, "alone.xlsx");
  const beside = path.join(dir, "beside.xlsx");
  writeFileSync(alone, generateWorkbook({ sheets: [scorecard] }));
  writeFileSync(beside, generateWorkbook({ sheets: [scorecard, { name: "Care hours", rows: dataRows() }] }));
  firstRefresh(alone, dir);
  firstRefresh(beside, dir);
  const a: Run[] = [];
  const b: Run[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(firstRefresh(alone, dir));
    b.push(firstRefresh(beside, dir));
  }
  const [aloneMs, besideMs] = [median(a.map((r) => r.totalMs)), median(b.map((r) => r.totalMs))];
  const [aloneMb, besideMb] = [median(a.map((r) => r.peakMb)), median(b.map((r) => r.peakMb))];
  const what = `First refresh of ${MEASURES} measures beside a ${DATA_ROWS.toLocaleString("en-GB")}-row data sheet (tables found)`;
  return [
    { name: what, measured: `${besideMs} ms`, baseline: `the scorecard alone, ${aloneMs} ms`, ratio: besideMs / aloneMs, limit: 1.5 },
    { name: "Peak memory of that first refresh (the whole process)", measured: `${besideMb} MB`, baseline: `the scorecard alone, ${aloneMb} MB`, ratio: besideMb / aloneMb, limit: 1.5 },
  ];
}
