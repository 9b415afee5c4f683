/**
 * The .xlsx refresh at council and beyond-council sizes: time against ExcelJS's load of the same file, peak memory
 * against the sheet's uncompressed XML, the share of the time spent planning, and the scaling from 500 to 200,000
 * measures. Workbooks come from the test generator (shared strings, as Excel writes them): the published fixture's
 * rows repeated, text and numbers as printed, with a target on every row so that every measure is rated.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../src/adapters/xlsx/xlsxWorkbook";
import { readRawEntries } from "../src/adapters/xlsx/package/zipWriter";
import { refreshWorkbook } from "../src/app/refreshWorkbook";
import { main as cli } from "../src/cli/main";
import { scorecardRows } from "../test/helpers/generateScorecard";
import { generateWorkbook } from "../test/helpers/xlsxGenerator";
import { medianOf, type Row } from "./rows";

const quiet = { stdout: () => undefined, stderr: () => undefined };

function workbookOf(measures: number, dir: string): string {
  const file = path.join(dir, `scorecard-${measures}.xlsx`);
  writeFileSync(file, generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(measures, { targetOnEveryRow: true }) }] }));
  return file;
}

async function refreshMs(input: string, dir: string, runs: number): Promise<number> {
  return medianOf(runs, async () => {
    const code = await cli(["refresh", input, "-o", path.join(dir, "out.xlsx"), "--force"], quiet);
    if (code !== 0) throw new Error("the CLI refresh failed");
  });
}

/** Planning alone: the refresh's dry run on a workbook already read. */
async function planningMs(input: string, runs: number): Promise<number> {
  const book = XlsxWorkbook.open(readFileSync(input));
  for (const name of await book.sheetNames()) await book.readSheet(name);
  return medianOf(runs, async () => {
    const result = await refreshWorkbook(book, { scope: "all", dryRun: true });
    if (!result.ok) throw new Error(result.error.message);
  });
}

function peakMemory(input: string, dir: string): { aboveBaseline: number } {
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(__dirname, "refreshMemory.ts"), input, path.join(dir, "memory.xlsx")], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`the memory run failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as { aboveBaseline: number };
}

function sheetXmlBytes(input: string): number {
  const entry = readRawEntries(readFileSync(input)).get("xl/worksheets/sheet1.xml");
  if (!entry) throw new Error("the generated workbook has no sheet1.xml");
  return entry.size;
}

export async function xlsxRefreshRows(runs: number): Promise<Row[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "scorecard-bench-xlsx-"));
  const rows: Row[] = [];
  const at50k = workbookOf(50_000, dir);

  const refresh = await refreshMs(at50k, dir, runs);
  const excelJsLoad = await medianOf(runs, async () => {
    await new ExcelJS.Workbook().xlsx.readFile(at50k);
  });
  rows.push({ name: "CLI refresh of 50,000 measures (read, plan, write)", measured: `${refresh.toFixed(0)} ms`, baseline: `ExcelJS loading the same file, ${excelJsLoad.toFixed(0)} ms`, ratio: refresh / excelJsLoad, limit: 1 });

  const memory = peakMemory(at50k, dir);
  const xml = sheetXmlBytes(at50k);
  rows.push({ name: "Peak memory of that refresh, above the idle process", measured: `${(memory.aboveBaseline / 1024 ** 2).toFixed(0)} MB`, baseline: `the sheet's uncompressed XML, ${(xml / 1024 ** 2).toFixed(0)} MB`, ratio: memory.aboveBaseline / xml, limit: 2 });

  const planning = await planningMs(at50k, runs);
  rows.push({ name: "Planning 50,000 measures, a target on every row (find the table, rate, check)", measured: `${planning.toFixed(0)} ms`, baseline: "0.3 s", ratio: planning / 300, limit: 1 });
  rows.push({ name: "Planning's share of that refresh", measured: `${planning.toFixed(0)} ms`, baseline: `the whole refresh, ${refresh.toFixed(0)} ms`, ratio: planning / refresh, limit: 0.1 });

  let previous: { measures: number; ms: number } | null = null;
  for (const measures of [500, 5_000, 50_000, 200_000]) {
    const input = measures === 50_000 ? at50k : workbookOf(measures, dir);
    const ms = measures === 50_000 ? refresh : await refreshMs(input, dir, runs);
    // Linear scaling: time per measure at this size against the size below (at most 1.5× is linear enough).
    const perMeasure = ms / measures;
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
