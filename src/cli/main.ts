/**
 * The command line: refresh and check .xlsx scorecards with the same engine and planner as the pane, through the
 * xlsx adapter. Exit codes: 0 done; 1 `check` found errors; 2 the command or its input is wrong.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { constants as zlibConstants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { openWorkbookFile, refreshedName } from "../adapters/xlsx/openFile";
import type { ZipCodec } from "../adapters/xlsx/package/zipWriter";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { planFromInputs, readRefreshInputs } from "../app/refreshWorkbook";
import { formulasOverwritten, isNoChange, overwrittenFormulasNote } from "../engine/scorecard/refresh";
import { writePlan } from "../app/writePlan";
import type { TablePlan } from "../engine/scorecard/planTable";
import { FUNCTION_NAMESPACE } from "../engine/sheet/workbook";
import { countRatings, summarise } from "../engine/scorecard/summary";
import { mergedRatingCells, mergedRatingCellsNote } from "../engine/scorecard/mergedRatingCells";
import { HELP, parseArguments, type CliCommand } from "./arguments";
import { writeAtomically } from "./writeAtomically";
import { roll } from "./roll";
import { readWorkbookTables, tableFindings } from "../app/workbookTables";
import { reportJson } from "./reportJson";
import { ascofLabelFinding } from "../engine/rates/ascofLabelCheck";
import { report as reportPaper } from "./reportPaper";

/**
 * Node's zlib: the same raw deflate and inflate as the package's portable codec, in native code. An inflated part
 * may not pass the size the zip's directory declares (maxOutputLength), as with the portable one.
 */
const NATIVE_CODEC: ZipCodec = {
  deflate: (data, level) => deflateRawSync(data, { level }),
  inflate: (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(1, size) }),
  crc32: (data) => crc32(data),
  // A sync flush at the end gives what the bytes so far inflate to, rather than an error for the rest missing.
  inflateHead: (data, declaredSize) => inflateRawSync(data, { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, declaredSize) }),
};

export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** Input size above which progress goes to stderr. */
const LARGE_BYTES = 2 * 1024 * 1024;

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 2,
  ) {
    super(message);
  }
}

/** The input's bytes, or its plain reason for not being an .xlsx (shared with the browser page). */
function open(file: string): { book: XlsxWorkbook; bytes: Buffer } {
  if (!existsSync(file)) throw new CliError(`No such file: ${file}`);
  if (!statSync(file).isFile()) throw new CliError(`${file} is a folder, not a workbook.`);
  const bytes = readFileSync(file);
  const opened = openWorkbookFile(file, bytes, NATIVE_CODEC);
  if (!opened.ok) throw new CliError(opened.message);
  return { book: opened.book, bytes };
}

/** Never writes through a link to the input, and never replaces a file unless asked to. */
function checkOutput(input: string, output: string, force: boolean): void {
  if (output === input) throw new CliError("The output would overwrite the input; give another name with -o.");
  if (!existsSync(output)) return;
  const [a, b] = [statSync(input), statSync(output)];
  if (a.dev === b.dev && a.ino === b.ino) throw new CliError(`${output} is a link to the input; the input is never overwritten. Give another name with -o.`);
  if (!force) throw new CliError(`${output} already exists. Use --force to replace it, or give another name with -o.`);
}

/**
 * The process's own peak resident memory: Linux's VmHWM, which starts afresh at exec, where maxRSS keeps the peak of
 * the process that spawned it (a bench holding a large workbook). Elsewhere, maxRSS.
 */
function peakOfThisProcess(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // Not Linux: maxRSS below.
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Where a refresh's time went, for `--timings`: the bench reads planning's share of one run from it. */
class Stopwatch {
  private readonly started = performance.now();
  private last = this.started;
  private readonly laps: string[] = [];
  private readonly idleMemory = process.memoryUsage().rss;

  lap(name: string): void {
    const now = performance.now();
    this.laps.push(`${name} ${Math.round(now - this.last)} ms`);
    this.last = now;
  }

  /** "Timings: read 812 ms, plan 301 ms, write 2630 ms, total 3743 ms; peak memory 150 MB above idle, 198 MB in all." */
  toString(): string {
    const peak = process.resourceUsage().maxRSS * 1024 - this.idleMemory;
    const all = peakOfThisProcess();
    return `Timings: ${this.laps.join(", ")}, total ${Math.round(performance.now() - this.started)} ms; peak memory ${Math.round(peak / 1024 ** 2)} MB above idle, ${Math.round(all / 1024 ** 2)} MB in all.`;
  }
}

async function refresh(command: Extract<CliCommand, { name: "refresh" }>, io: CliIo): Promise<number> {
  const stopwatch = new Stopwatch();
  const input = path.resolve(command.input);
  const output = path.resolve(command.output ?? refreshedName(input));
  if (!command.dryRun) checkOutput(input, output, command.force);
  const { book, bytes } = open(input);
  const progress = bytes.length > LARGE_BYTES ? io.stderr : () => undefined;
  progress(`Read ${command.input} (${(bytes.length / 1024 ** 2).toFixed(1)} MB). Planning…`);
  // The sheets are read (and kept) before planning starts, so the timings say which is which.
  const read = await readRefreshInputs(book, { scope: "all" });
  if (!read.ok) throw new CliError(read.error.message);
  stopwatch.lap("read");
  const result = planFromInputs(read.value, { labelCheck: ascofLabelFinding });
  if (!result.ok) throw new CliError(result.error.message);
  const planned = result.value;
  const changed = planned.tables.reduce((total, t) => total + t.changes.length, 0);
  const counts = countRatings(planned.tables);
  stopwatch.lap("plan");
  const tally = `Green ${counts.Green}, Amber ${counts.Amber}, Red ${counts.Red}, not rated ${counts["Not rated"]}`;
  // Columns found away from where they were set up are said first, each in a line of its own.
  for (const line of planned.moved) io.stdout(line);
  const timings = () => {
    if (command.timings) io.stderr(String(stopwatch));
  };
  // Rating cells inside merged cells are said by address, with what to do, whether or not anything is written.
  const merged = mergedRatingCells(planned.tables);
  const mergedNote = () => {
    const note = mergedRatingCellsNote(merged);
    if (!note) return;
    io.stdout(note);
    for (const cell of merged) io.stdout(cell.message);
  };
  if (command.dryRun) {
    for (const t of planned.tables) for (const d of t.described) io.stdout(`${t.table.sheet}!${d.cell}: ${d.from || "(blank)"} → ${d.to || "(blank)"}`);
    io.stdout(`${changed} cell${changed === 1 ? "" : "s"} would change (${tally}). Dry run: nothing was written.`);
    const overwritten = overwrittenFormulasNote(formulasOverwritten(planned.tables), true, (them) => `; the refresh would write ratings over ${them}.`);
    if (overwritten) io.stdout(overwritten);
    mergedNote();
    timings();
    return 0;
  }
  const shownOutput = path.relative(process.cwd(), output).startsWith("..") ? output : path.relative(process.cwd(), output);
  if (isNoChange(planned.plan)) {
    // A script refreshing many files always finds an output: here, the input's own bytes, unchanged.
    writeOrFail(output, bytes);
    stopwatch.lap("write");
    io.stdout(`No changes: every rating is up to date (${tally}). Wrote ${shownOutput}, an identical copy of the input.`);
    mergedNote();
    timings();
    return 0;
  }
  progress(`Writing ${changed.toLocaleString("en-GB")} cells…`);
  await writePlan(book, planned.plan);
  writeOrFail(output, book.savePieces());
  stopwatch.lap("write");
  io.stdout(`${changed} cell${changed === 1 ? "" : "s"} changed (${tally}). Wrote ${shownOutput}.`);
  const overwritten = overwrittenFormulasNote(formulasOverwritten(planned.tables), true, (them) => `; the output has ${inTheirPlace(planned.tables)} in their place, and the input keeps ${them}.`);
  if (overwritten) io.stdout(overwritten);
  mergedNote();
  timings();
  return 0;
}

/**
 * What the output holds where the workbook's own formulas were: ratings, or blanks where a row has none to give (so
 * a blank is never called a rating). Only read when such formulas are written over.
 */
function inTheirPlace(tables: readonly TablePlan[]): string {
  let ratings = 0;
  let blanks = 0;
  for (const t of tables) {
    for (const d of t.described) {
      if (!d.from.startsWith("=") || d.from === '=""' || d.from.toUpperCase().startsWith(`=${FUNCTION_NAMESPACE}.`)) continue;
      if (d.to === "") blanks++;
      else ratings++;
    }
  }
  return blanks === 0 ? "ratings" : ratings === 0 ? "blanks" : "ratings or blanks";
}

/** "Q3.xlsx" → "Q3.rolled.xlsx" (.xlsm kept). */
function rolledOutput(input: string): string {
  return refreshedName(input).replace(/\.refreshed(\.xls[xm])$/i, ".rolled$1").replace(/\.refreshed\.xlsx$/, ".rolled.xlsx");
}

async function rollCommand(command: Extract<CliCommand, { name: "roll" }>, io: CliIo): Promise<number> {
  const input = path.resolve(command.input);
  const output = path.resolve(command.output ?? rolledOutput(input));
  if (!command.dryRun) checkOutput(input, output, command.force);
  const { book } = open(input);
  const outcome = await roll(command, book);
  if (outcome.refused) throw new CliError(outcome.refused);
  outcome.details.forEach((line) => io.stdout(line));
  if (outcome.write) {
    writeOrFail(output, book.save());
    const shown = path.relative(process.cwd(), output).startsWith("..") ? output : path.relative(process.cwd(), output);
    io.stdout(`${outcome.summary} Wrote ${shown}.`);
  } else io.stdout(outcome.summary);
  outcome.notes.forEach((line) => io.stdout(line));
  return 0;
}

function writeOrFail(output: string, bytes: Uint8Array | readonly Uint8Array[]): void {
  const written = writeAtomically(output, bytes);
  if (!written.ok) throw new CliError(written.error.message);
}

/** The checks of every table: scorecards (as a dry-run refresh), funding trackers and timelines. */
async function check(command: Extract<CliCommand, { name: "check" }>, io: CliIo): Promise<number> {
  const { book } = open(path.resolve(command.input));
  const read = await readWorkbookTables(book, { labelCheck: ascofLabelFinding });
  if (!read.ok) throw new CliError(read.error.message);
  const { tables } = read.value;
  // A scorecard that cannot be planned (a mapped column lost since set-up) stops `check` as it stops `refresh`.
  const refused = read.value.problems.find((problem) => problem.kind === "scorecard");
  if (refused) throw new CliError(refused.message);
  const scorecards = tables.flatMap((t) => (t.kind === "scorecard" ? [t.plan] : []));
  if (tables.length === 0 && read.value.problems.length === 0) throw new CliError(`No scorecard, funding or timeline table was found in ${command.input}.`);
  const summary = summarise(scorecards, read.value.lastTime);
  // The scorecards' findings come in the summary's order; the trackers' follow, each naming its cell.
  const findings = [...summary.findings, ...tableFindings({ tables: tables.filter((t) => t.kind !== "scorecard"), problems: read.value.problems })];
  const errors = findings.filter((f) => f.severity === "error").length;
  if (command.json) {
    io.stdout(JSON.stringify({ file: command.input, counts: summary.counts, findings, highlights: summary.highlights }, null, 2));
  } else {
    findings.forEach((f) => io.stdout(`${f.cell}\t${f.severity}\t${f.message}`));
    const warnings = findings.filter((f) => f.severity === "warning").length;
    io.stdout(`${plural(findings.length, "finding")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${tablesSaid(tables)}.`);
  }
  return errors > 0 ? 1 : 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "1 scorecard table", "1 scorecard table, 1 funding table and 1 timeline". */
function tablesSaid(tables: readonly { readonly kind: string }[]): string {
  const count = (kind: string) => tables.filter((t) => t.kind === kind).length;
  const parts = [plural(count("scorecard"), "scorecard table")];
  if (count("funding") > 0) parts.push(plural(count("funding"), "funding table"));
  if (count("timeline") > 0) parts.push(plural(count("timeline"), "timeline"));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

async function report(command: Extract<CliCommand, { name: "report" }>, io: CliIo): Promise<number> {
  const { book } = open(path.resolve(command.input));
  const read = await readWorkbookTables(book, { labelCheck: ascofLabelFinding });
  if (!read.ok) throw new CliError(read.error.message);
  io.stdout(JSON.stringify(reportJson(command.input, read.value), null, 2));
  return 0;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    io.stderr(parsed.error.message);
    io.stderr("Run `committee-scorecard --help` for usage.");
    return 2;
  }
  const command = parsed.value;
  try {
    switch (command.name) {
      case "help":
        io.stdout(HELP);
        return 0;
      case "refresh":
        return await refresh(command, io);
      case "check":
        return await check(command, io);
      case "roll":
        return await rollCommand(command, io);
      case "report":
        if (command.json) return await report(command, io);
        return await reportPaper(command, { ...io, open, checkOutput, write: writeOrFail, fail: (message) => { throw new CliError(message); } });
    }
  } catch (error) {
    io.stderr(error instanceof Error ? error.message : String(error));
    return error instanceof CliError ? error.code : 2;
  }
}
