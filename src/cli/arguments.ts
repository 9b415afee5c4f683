/** Command-line arguments, parsed into a command or an error saying what is wrong. */
import { fail, ok, type Result } from "../engine/core/result";
import type { ReportCommand } from "./reportPaper";

export type CliCommand =
  | { readonly name: "help" }
  | { readonly name: "refresh"; readonly input: string; readonly output?: string; readonly dryRun: boolean; readonly force: boolean; readonly timings: boolean }
  | { readonly name: "check"; readonly input: string; readonly json: boolean }
  | { readonly name: "roll"; readonly input: string; readonly output?: string; readonly to: "quarter" | "year"; readonly dryRun: boolean; readonly force: boolean; readonly keepTargets: boolean; readonly keepComments: boolean }
  | ({ readonly name: "report"; readonly json: boolean } & ReportCommand);

export const HELP = `committee-scorecard — refresh and check council committee scorecards in .xlsx files

Usage:
  committee-scorecard refresh <in.xlsx> [-o <out.xlsx>] [--force] [--dry-run] [--timings]
  committee-scorecard check <in.xlsx> [--json]
  committee-scorecard roll <in.xlsx> --quarter | --year [-o <out.xlsx>] [--force] [--dry-run]
                           [--clear-targets] [--clear-comments]
  committee-scorecard report <in.xlsx> [-o <paper.docx>] [--sheet] [--force] | --json

refresh   Applies the workbook's stored scorecard settings (or, where it has none, finds scorecard tables
          and uses the default rules: rate the year to date, 5% tolerance, write the RAG column).
          Writes <in>.refreshed.xlsx (.xlsm for a macro-enabled workbook, macros kept) unless -o names
          another file. Only the rating cells, their colour rules and the settings sheet change; every other
          part of the file is kept byte for byte. Never overwrites the input, even through a link.
          --force replaces an existing output file; without it, an existing output is refused.
          --dry-run prints each cell that would change (old → new) and writes nothing.
          --timings prints, on stderr, the time spent reading, planning and writing, and the peak memory.
check     Prints the data checks of every scorecard, funding tracker and timeline (cell, severity, message)
          and a summary. Exit code 1 when there are errors. --json prints them as JSON.
report    Writes the committee paper as Word (<in>.paper.docx unless -o names another file): the areas for
          highlighting, funding and timeline summaries, and the scorecard as an appendix. --sheet instead writes
          the workbook with a "Committee summary" sheet added, laid out to print (<in>.summary.xlsx).
          Never overwrites the input; --force replaces an existing output. --json prints every table found
          (scorecard, funding, timeline) with its mapping and each row's computed values, as JSON (its shape is
          in the README), and writes nothing.
roll      Starts the next reporting period. --quarter moves the report date and the rated quarter on and keeps
          the quarter's ratings in the "Scorecard history" sheet. --year adds a copy of the scorecard sheet for
          the new financial year, named after it: year headers moved on, last year's year to date as the
          "Year end" outturn, quarters and ratings cleared (--clear-targets, --clear-comments clear those too).
          The old sheet is left exactly as it was. Writes <in>.rolled.xlsx unless -o names another file.

Examples:
  committee-scorecard refresh "Q3 scorecard.xlsx"
  committee-scorecard refresh scorecard.xlsx -o "Q3 for committee.xlsx"
  committee-scorecard refresh scorecard.xlsx --dry-run
  committee-scorecard check scorecard.xlsx --json > findings.json
  committee-scorecard roll scorecard.xlsx --year --dry-run
  committee-scorecard report trackers.xlsx --json > tables.json

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
  const known =
    name === "refresh" ? ["--dry-run", "--force", "--timings", "-o", "--output"]
    : name === "roll" ? ["--quarter", "--year", "--dry-run", "--force", "--clear-targets", "--clear-comments", "-o", "--output"]
    : name === "report" ? REPORT_OPTIONS
    : ["--json"];
  const unknown = [...flags].find((f) => !known.includes(f));
  if (name === "refresh") {
    if (unknown) return fail("value", `Unknown option for refresh: ${unknown}`);
    return ok({ name, input: positional[0], ...(output ? { output } : {}), dryRun: flags.has("--dry-run"), force: flags.has("--force"), timings: flags.has("--timings") });
  }
  if (name === "check") {
    if (unknown) return fail("value", `Unknown option for check: ${unknown}`);
    return ok({ name, input: positional[0], json: flags.has("--json") });
  }
  if (name === "roll") {
    if (unknown) return fail("value", `Unknown option for roll: ${unknown}`);
    if (flags.has("--quarter") === flags.has("--year")) return fail("value", "roll needs one of --quarter (start the next quarter) or --year (start the next financial year).");
    return ok({
      name,
      input: positional[0],
      ...(output ? { output } : {}),
      to: flags.has("--year") ? "year" : "quarter",
      dryRun: flags.has("--dry-run"),
      force: flags.has("--force"),
      keepTargets: !flags.has("--clear-targets"),
      keepComments: !flags.has("--clear-comments"),
    });
  }
  if (name === "report") return reportCommand(positional[0], output, flags, unknown);
  return fail("value", `Unknown command "${name}": use refresh, check, roll or report.`);
}

/** The report's options: the paper (-o paper.docx), the sheet (--sheet), or the tables as JSON (--json). */
const REPORT_OPTIONS = [...REPORT_FLAGS, "--json"];

function reportCommand(input: string, output: string | undefined, flags: ReadonlySet<string>, unknown: string | undefined): Result<CliCommand> {
  if (unknown) return fail("value", `Unknown option for report: ${unknown}`);
  const json = flags.has("--json");
  if (json && (output || flags.has("--sheet"))) return fail("value", "report --json prints the tables and writes nothing: leave out -o and --sheet.");
  return ok({ name: "report", input, ...(output ? { output } : {}), json, sheet: flags.has("--sheet"), force: flags.has("--force"), timings: flags.has("--timings") });
}
