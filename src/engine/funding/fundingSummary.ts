/**
 * What a committee asks of a funding tracker as a whole: the deadlines, overdue ones first with the money still
 * unspent, and the totals (allocation, spend, clawback risk) of the rows that could be read, saying how many are
 * left out.
 */
import { streamName } from "./streamName";
import type { StreamAnalysis } from "./streams";

/** Spend within half a penny of the allocation is fully spent, as FUNDSTATUS says. */
const PENNY = 0.005;

export interface Deadline {
  readonly row: number;
  readonly fund: string;
  readonly kind: "Passport to providers" | "Spend";
  readonly due: number;
  /** How the date was set: as written, this row's rule, or the default. */
  readonly rule: string;
  /** Passed before the report date with money still to pass on or spend. */
  readonly overdue: boolean;
  /** The money still to spend (or, for a passport deadline, to pass to providers where the tracker says). */
  readonly unspent: number;
}

/** Money not yet spent or returned: what a spend deadline puts at risk. */
export function unspentOf(s: StreamAnalysis): number {
  const left = s.allocation - s.spent - s.returned;
  return left > PENNY ? left : 0;
}

/**
 * Deadlines already passed with money unspent (overdue, earliest first), then those falling from the report date to
 * `days` after it (soonest first). A stream with an amount that cannot be read claims no deadline.
 */
export function fundingDeadlines(streams: readonly StreamAnalysis[], asOf: number, days: number): Deadline[] {
  const overdue: Deadline[] = [];
  const coming: Deadline[] = [];
  for (const s of streams) {
    const unspent = unspentOf(s);
    const toPass = s.notPassported ?? unspent;
    const entries: [Deadline["kind"], StreamAnalysis["spendBy"], number][] = [
      ["Passport to providers", s.passportBy, toPass > PENNY ? toPass : 0],
      ["Spend", s.spendBy, unspent],
    ];
    for (const [kind, deadline, money] of entries) {
      // A row with an amount that cannot be read claims no deadline: the money unspent is not known (an unread spend
      // taken as £0 would claim the whole allocation). The row is listed as a check instead.
      if (!deadline || money === 0 || !s.amountsRead || s.status === "Complete" || s.status === "Overspent") continue;
      const entry = { row: s.row, fund: streamName(s), kind, due: deadline.due, rule: deadline.rule, unspent: money };
      if (deadline.due < asOf) overdue.push({ ...entry, overdue: true });
      else if (deadline.due <= asOf + days) coming.push({ ...entry, overdue: false });
    }
  }
  const byDate = (a: Deadline, b: Deadline) => a.due - b.due;
  return [...overdue.sort(byDate), ...coming.sort(byDate)];
}

/** Deadlines falling from the report date to `days` after it, soonest first (no overdue ones). */
export function deadlinesWithin(streams: readonly StreamAnalysis[], asOf: number, days: number): Deadline[] {
  return fundingDeadlines(streams, asOf, days).filter((d) => !d.overdue);
}

export interface FundingTotals {
  readonly allocation: number;
  readonly spent: number;
  readonly expected: number;
  /** Projected unspent in running streams plus what is left in ended ones: the money at risk of clawback. */
  readonly clawbackRisk: number;
  /** Rows counted. */
  readonly counted: number;
  /** Rows left out because a cell could not be read, each listed with a "Check". */
  readonly leftOut: number;
}

export function fundingTotals(streams: readonly StreamAnalysis[]): FundingTotals {
  let allocation = 0;
  let spent = 0;
  let expected = 0;
  let clawbackRisk = 0;
  let counted = 0;
  for (const s of streams) {
    if (s.problem !== null) continue;
    counted++;
    allocation += s.allocation;
    spent += s.spent;
    expected += s.expected ?? 0;
    clawbackRisk += s.clawbackRisk ?? 0;
  }
  return { allocation, spent, expected, clawbackRisk, counted, leftOut: streams.length - counted };
}

/** The streams the totals and the chart count: every row that could be read in full. */
export function countedStreams(streams: readonly StreamAnalysis[]): StreamAnalysis[] {
  return streams.filter((s) => s.problem === null);
}

/** "Leaves out 1 row that could not be read", or "" when every row is counted. */
export function leftOutNote(leftOut: number): string {
  return leftOut === 0 ? "" : `Leaves out ${leftOut} row${leftOut === 1 ? "" : "s"} that could not be read (each marked "Check").`;
}
