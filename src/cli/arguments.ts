/** Command-line arguments, parsed into a command or an error saying what is wrong. */
import { fail, ok, type Result } from "../engine/core/result";
import type { ReportCommand } from "./reportPaper";

export type CliCommand =
  | { readonly name: "help" }
  | { readonly name: "refresh"; readonly input: string; readonly output?: string; readonly dryRun: boolean; readonly force: boolean; readonly timings: boolean }
  | { readonly name: "check"; readonly input: string; readonly json: boolean }
  | ({ readonly name: "report" } & ReportCommand);

export const HELP = `committee-scorecard — refresh and check council committee scorecards in .xlsx files

Usage:
  committee-scorecard refresh <in.xlsx> [-o <out.xlsx>] [--force] [--dry-run] [--timings]
  committee-scorecard check <in.xlsx> [--json]
  committee-scorecard report <in.xlsx> [-o <paper.docx>] [--sheet] [--force]

refresh   Applies the workbook's stored scorecard settings (or, where it has none, finds scorecard tables
          and uses the default rules: rate the year to date, 5% tolerance, write the RAG column).
          Writes <in>.refreshed.xlsx (.xlsm for a macro-enabled workbook, macros kept) unless -o names
          another file. Only the rating cells, their colour rules and the settings sheet change; every other
          part of the file is kept byte for byte. Never overwrites the input, even through a link.
          --force replaces an existing output file; without it, an existing output is refused.
          --dry-run prints each cell that would change (old → new) and writes nothing.
          --timings prints, on stderr, the time spent reading, planning and writing, and the peak memory.
check     Prints the data checks (cell, severity, message) and a summary. Exit code 1 when there are errors.
          --json prints them as JSON.
report    Writes the committee paper as Word (<in>.paper.docx unless -o names another file): the areas for
          highlighting, funding and timeline summaries, and the scorecard as an appendix. --sheet instead writes
          the workbook with a "Committee summary" sheet added, laid out to print (<in>.summary.xlsx).
          Never overwrites the input; --force replaces an existing output.

Examples:
  committee-scorecard refresh "Q3 scorecard.xlsx"
  committee-scorecard refresh scorecard.xlsx -o "Q3 for committee.xlsx"
  committee-scorecard refresh scorecard.xlsx --dry-run
  committee-scorecard check scorecard.xlsx --json > findings.json

Exit codes: 0 done; 1 check found errors; 2 the command or the file is wrong.`;

const REPORT_FLAGS = ["--sheet", "--force", "--timings", "-o", "--output"];

export function parseArguments(argv: readonly string[]): Result<CliCommand> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") return ok({ name: "help" });
  if (rest.includes("--help") || rest.includes("-h")) return ok({ name: "help" });
  const flags = new Set(rest.filter((a) => a.startsWith("-")));
  const positional: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "-o" || rest[i] === "--output") {
      output = rest[++i];
      if (!output) return fail("value", "-o needs a file name.");
    } else if (!rest[i].startsWith("-")) positional.push(rest[i]);
  }
  if (positional.length !== 1) return fail("value", `${name} needs exactly one workbook (.xlsx); got ${positional.length}.`);
  const known = name === "refresh" ? ["--dry-run", "--force", "--timings", "-o", "--output"] : name === "report" ? REPORT_FLAGS : ["--json"];
  const unknown = [...flags].find((f) => !known.includes(f));
  if (name === "refresh") {
    if (unknown) return fail("value", `Unknown option for refresh: ${unknown}`);
    return ok({ name, input: positional[0], ...(output ? { output } : {}), dryRun: flags.has("--dry-run"), force: flags.has("--force"), timings: flags.has("--timings") });
  }
  if (name === "check") {
    if (unknown) return fail("value", `Unknown option for check: ${unknown}`);
    return ok({ name, input: positional[0], json: flags.has("--json") });
  }
  if (name === "report") {
    if (unknown) return fail("value", `Unknown option for report: ${unknown}`);
    return ok({ name, input: positional[0], ...(output ? { output } : {}), sheet: flags.has("--sheet"), force: flags.has("--force"), timings: flags.has("--timings") });
  }
  return fail("value", `Unknown command "${name}": use refresh, check or report.`);
}
