/**
 * The command line: refresh and check .xlsx scorecards with the same engine and planner as the pane, through the
 * xlsx adapter. Exit codes: 0 done; 1 `check` found errors; 2 the command or its input is wrong.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DEFAULT_LIMITS, PackageError } from "../adapters/xlsx/package/zipPackage";
import type { ZipCodec } from "../adapters/xlsx/package/zipWriter";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { planFromInputs, readRefreshInputs, refreshWorkbook } from "../app/refreshWorkbook";
import { formulasOverwritten, isNoChange, overwrittenFormulasNote } from "../engine/scorecard/refresh";
import { writePlan } from "../app/writePlan";
import { countRatings, summarise } from "../engine/scorecard/summary";
import { HELP, parseArguments, type CliCommand } from "./arguments";
import { writeAtomically } from "./writeAtomically";
import { report } from "./reportPaper";

/**
 * Node's zlib: the same raw deflate and inflate as the package's portable codec, in native code. An inflated part
 * may not pass the size the zip's directory declares (maxOutputLength), as with the portable one.
 */
const NATIVE_CODEC: ZipCodec = {
  deflate: (data, level) => deflateRawSync(data, { level }),
  inflate: (data, size) => inflateRawSync(data, { maxOutputLength: Math.max(1, size) }),
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

/** Refuses what is not an .xlsx before it is read, with a message an analyst can act on. */
function checkInput(file: string): Buffer {
  if (!existsSync(file)) throw new CliError(`No such file: ${file}`);
  if (!statSync(file).isFile()) throw new CliError(`${file} is a folder, not a workbook.`);
  const bytes = readFileSync(file);
  const magic = bytes.subarray(0, 4).toString("hex");
  if (magic === "d0cf11e0") {
    const encrypted = bytes.includes(Buffer.from("EncryptionInfo", "utf16le"));
    throw new CliError(
      encrypted
        ? `${file} is encrypted (password-protected). Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.`
        : `${file} is an Excel 97-2003 .xls workbook. Open it in Excel and save it as .xlsx.`,
    );
  }
  if (magic !== "504b0304") throw new CliError(`${file} is not an .xlsx workbook (it does not start like one).`);
  return bytes;
}

function open(file: string): { book: XlsxWorkbook; bytes: Buffer } {
  const bytes = checkInput(file);
  try {
    return { book: XlsxWorkbook.open(bytes, DEFAULT_LIMITS, NATIVE_CODEC), bytes };
  } catch (error) {
    if (error instanceof PackageError) throw new CliError(`${file}: ${error.message}`);
    throw new CliError(`${file} could not be read as an .xlsx workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** "Q3.xlsx" → "Q3.refreshed.xlsx"; a macro-enabled "Q3.xlsm" stays .xlsm, with its VBA. */
function defaultOutput(input: string): string {
  const extension = /\.xls[xm]$/i.exec(input)?.[0];
  return extension ? `${input.slice(0, -extension.length)}.refreshed${extension.toLowerCase()}` : `${input}.refreshed.xlsx`;
}

/** Never writes through a link to the input, and never replaces a file unless asked to. */
function checkOutput(input: string, output: string, force: boolean): void {
  if (output === input) throw new CliError("The output would overwrite the input; give another name with -o.");
  if (!existsSync(output)) return;
  const [a, b] = [statSync(input), statSync(output)];
  if (a.dev === b.dev && a.ino === b.ino) throw new CliError(`${output} is a link to the input; the input is never overwritten. Give another name with -o.`);
  if (!force) throw new CliError(`${output} already exists. Use --force to replace it, or give another name with -o.`);
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

  /** "Timings: read 812 ms, plan 301 ms, write 2630 ms, total 3743 ms; peak memory 150 MB above idle." */
  toString(): string {
    const peak = process.resourceUsage().maxRSS * 1024 - this.idleMemory;
    return `Timings: ${this.laps.join(", ")}, total ${Math.round(performance.now() - this.started)} ms; peak memory ${Math.round(peak / 1024 ** 2)} MB above idle.`;
  }
}

async function refresh(command: Extract<CliCommand, { name: "refresh" }>, io: CliIo): Promise<number> {
  const stopwatch = new Stopwatch();
  const input = path.resolve(command.input);
  const output = path.resolve(command.output ?? defaultOutput(input));
  if (!command.dryRun) checkOutput(input, output, command.force);
  const { book, bytes } = open(input);
  const progress = bytes.length > LARGE_BYTES ? io.stderr : () => undefined;
  progress(`Read ${command.input} (${(bytes.length / 1024 ** 2).toFixed(1)} MB). Planning…`);
  // The sheets are read (and kept) before planning starts, so the timings say which is which.
  const read = await readRefreshInputs(book, { scope: "all" });
  if (!read.ok) throw new CliError(read.error.message);
  stopwatch.lap("read");
  const result = planFromInputs(read.value, {});
  if (!result.ok) throw new CliError(result.error.message);
  const planned = result.value;
  const changed = planned.tables.reduce((total, t) => total + t.changes.length, 0);
  const counts = countRatings(planned.tables);
  stopwatch.lap("plan");
  const tally = `Green ${counts.Green}, Amber ${counts.Amber}, Red ${counts.Red}, not rated ${counts["Not rated"]}`;
  const timings = () => {
    if (command.timings) io.stderr(String(stopwatch));
  };
  if (command.dryRun) {
    for (const t of planned.tables) for (const d of t.described) io.stdout(`${t.table.sheet}!${d.cell}: ${d.from || "(blank)"} → ${d.to || "(blank)"}`);
    io.stdout(`${changed} cell${changed === 1 ? "" : "s"} would change (${tally}). Dry run: nothing was written.`);
    const overwritten = overwrittenFormulasNote(formulasOverwritten(planned.tables), true, (them) => `; the refresh would write ratings over ${them}.`);
    if (overwritten) io.stdout(overwritten);
    timings();
    return 0;
  }
  const shownOutput = path.relative(process.cwd(), output).startsWith("..") ? output : path.relative(process.cwd(), output);
  if (isNoChange(planned.plan)) {
    // A script refreshing many files always finds an output: here, the input's own bytes, unchanged.
    writeOrFail(output, bytes);
    stopwatch.lap("write");
    io.stdout(`No changes: every rating is up to date (${tally}). Wrote ${shownOutput}, an identical copy of the input.`);
    timings();
    return 0;
  }
  progress(`Writing ${changed.toLocaleString("en-GB")} cells…`);
  await writePlan(book, planned.plan);
  writeOrFail(output, book.save());
  stopwatch.lap("write");
  io.stdout(`${changed} cell${changed === 1 ? "" : "s"} changed (${tally}). Wrote ${shownOutput}.`);
  const overwritten = overwrittenFormulasNote(formulasOverwritten(planned.tables), true, (them) => `; the output has ratings in their place, and the input keeps ${them}.`);
  if (overwritten) io.stdout(overwritten);
  timings();
  return 0;
}

function writeOrFail(output: string, bytes: Uint8Array): void {
  const written = writeAtomically(output, bytes);
  if (!written.ok) throw new CliError(written.error.message);
}

async function check(command: Extract<CliCommand, { name: "check" }>, io: CliIo): Promise<number> {
  const { book } = open(path.resolve(command.input));
  const result = await refreshWorkbook(book, { scope: "all", dryRun: true });
  if (!result.ok) throw new CliError(result.error.message);
  const summary = summarise(result.value.refresh.tables);
  const errors = summary.findings.filter((f) => f.severity === "error").length;
  if (command.json) {
    io.stdout(JSON.stringify({ file: command.input, counts: summary.counts, findings: summary.findings, highlights: summary.highlights }, null, 2));
  } else {
    summary.findings.forEach((f) => io.stdout(`${f.cell}\t${f.severity}\t${f.message}`));
    const warnings = summary.findings.filter((f) => f.severity === "warning").length;
    io.stdout(
      `${summary.findings.length} finding${summary.findings.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}) ` +
        `in ${result.value.refresh.tables.length} scorecard table${result.value.refresh.tables.length === 1 ? "" : "s"}.`,
    );
  }
  return errors > 0 ? 1 : 0;
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
      case "report":
        return await report(command, { ...io, open, checkOutput, write: writeOrFail, fail: (message) => { throw new CliError(message); } });
    }
  } catch (error) {
    io.stderr(error instanceof Error ? error.message : String(error));
    return error instanceof CliError ? error.code : 2;
  }
}
