/**
 * `committee-scorecard roll`: the pane's "Start next quarter" and "Start next financial year" on a file, with
 * `refresh`'s conventions: the input is never overwritten, the output is written whole or not at all, a refusal
 * is exit 2 with a plain message, and --dry-run says what would happen and writes nothing.
 */
import { applyNextQuarter, applyNextYear, planNextQuarter, planNextYear } from "../app/rollForward";
import { periodName } from "../engine/scorecard/reportingPeriod";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import type { CliCommand } from "./arguments";

type RollCommand = Extract<CliCommand, { name: "roll" }>;

/** What to print (each change, the summary, then notes) and whether to save; a refusal, for the caller to exit 2 with. */
export interface RollOutcome {
  readonly details: readonly string[];
  readonly summary: string;
  readonly notes: readonly string[];
  readonly refused: string | null;
  readonly write: boolean;
}

const refusal = (message: string): RollOutcome => ({ details: [], summary: "", notes: [], refused: message, write: false });

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export async function roll(command: RollCommand, book: XlsxWorkbook): Promise<RollOutcome> {
  if (command.to === "year") {
    const planned = await planNextYear(book, { keepTargets: command.keepTargets, keepComments: command.keepComments });
    if (!planned.ok) return refusal(planned.error.message);
    const { roll: year } = planned.value;
    const details = year.headers.map((h) => `${year.sheet}!${h.cell}: ${h.from} → ${h.to}`);
    const kept = [command.keepTargets ? "targets kept" : "targets cleared", command.keepComments ? "comments kept" : "comments cleared"].join(", ");
    const what = `${periodName(year.to).slice(3)} on a new sheet "${year.sheet}", a copy of "${year.source}": ${plural(year.headers.length, "header")} renamed, ${plural(year.outturns, "year-to-date figure")} carried into the year-end outturn, ${plural(year.cleared, "cell")} cleared (quarters, year to date, ratings); ${kept}. "${year.source}" is left as it was.`;
    if (!command.dryRun) await applyNextYear(book, planned.value);
    const summary = command.dryRun ? `Would start ${what} Dry run: nothing was written.` : `Started ${what}`;
    return { details, summary, notes: year.notes, refused: null, write: !command.dryRun };
  }
  const planned = await planNextQuarter(book);
  if (!planned.ok) return refusal(planned.error.message);
  const { roll: quarter } = planned.value;
  const date = quarter.reportDate ? `; report date ${quarter.sheet}!${quarter.reportDate.cell} ${quarter.reportDate.from} → ${quarter.reportDate.to}` : "";
  const kept =
    quarter.rated === 0 ? "; the sheet has no ratings yet to keep"
    : quarter.recorded > 0 ? `; ${plural(quarter.recorded, "rating")} kept in "Scorecard history" as ${periodName(quarter.from)}'s`
    : `; ${periodName(quarter.from)}'s ratings were already in "Scorecard history"`;
  const what = `"${quarter.sheet}" from ${periodName(quarter.from)} to ${periodName(quarter.to)}${date}${kept}.`;
  if (!command.dryRun) await applyNextQuarter(book, planned.value);
  const summary = command.dryRun ? `Would move ${what} Dry run: nothing was written.` : `Moved ${what}`;
  return { details: [], summary, notes: quarter.notes, refused: null, write: !command.dryRun };
}
