/**
 * `committee-scorecard report <in.xlsx> -o <paper.docx>`: the committee paper as Word; with `--sheet`, the
 * workbook with a "Committee summary" sheet added instead. Same safety as refresh: the input is never overwritten,
 * an existing output only with --force, and the output is written atomically.
 */
import path from "node:path";
import { committeePaperBytes } from "../adapters/docx/committeePaper";
import { loadCommitteeReport } from "../app/committeeReport";
import { writePlan } from "../app/writePlan";
import { planSummarySheet } from "../engine/report/summarySheet";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";

export interface ReportCommand {
  readonly input: string;
  readonly output?: string;
  readonly sheet: boolean;
  readonly force: boolean;
  readonly timings: boolean;
}

/** What the CLI gives this module: its own opening, checking and atomic writing, so every command is as safe. */
export interface ReportIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly open: (file: string) => { book: XlsxWorkbook };
  readonly checkOutput: (input: string, output: string, force: boolean) => void;
  readonly write: (output: string, bytes: Uint8Array) => void;
  readonly fail: (message: string) => never;
}

/** "Q3.xlsx" → "Q3.paper.docx", or with --sheet "Q3.summary.xlsx" (.xlsm kept). */
export function defaultReportOutput(input: string, sheet: boolean): string {
  const extension = /\.xls[xm]$/i.exec(input)?.[0] ?? "";
  const stem = extension ? input.slice(0, -extension.length) : input;
  return sheet ? `${stem}.summary${extension.toLowerCase() || ".xlsx"}` : `${stem}.paper.docx`;
}

const shown = (file: string) => (path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file));

export async function report(command: ReportCommand, io: ReportIo): Promise<number> {
  const started = performance.now();
  const input = path.resolve(command.input);
  const output = path.resolve(command.output ?? defaultReportOutput(input, command.sheet));
  if (command.sheet ? !/\.xls[xm]$/i.test(output) : !/\.docx$/i.test(output)) {
    io.fail(command.sheet ? `${command.output} should be an .xlsx workbook: --sheet writes the workbook with its summary sheet.` : `${command.output} should be a .docx file: the paper is a Word document.`);
  }
  io.checkOutput(input, output, command.force);
  const { book } = io.open(input);
  const loaded = await loadCommitteeReport(book);
  if (!loaded.ok) return io.fail(loaded.error.message);
  const { report: model, sheetNames } = loaded.value;
  const what = `${model.highlights.length} highlight${model.highlights.length === 1 ? "" : "s"}, ${model.appendix.reduce((n, t) => n + t.rows.filter((r) => r.kind === "measure").length, 0)} measures in the appendix${model.funding ? ", funding" : ""}${model.timeline ? ", timeline" : ""}`;
  if (command.sheet) {
    const plan = planSummarySheet(model, sheetNames);
    await writePlan(book, plan);
    io.write(output, book.save());
    io.stdout(`Added the sheet "${plan.createSheets?.[0]}" (${what}). Wrote ${shown(output)}.`);
  } else {
    io.write(output, await committeePaperBytes(model));
    io.stdout(`Wrote the committee paper ${shown(output)} (${what}).`);
  }
  if (command.timings) io.stderr(`Timings: total ${Math.round(performance.now() - started)} ms.`);
  return 0;
}
