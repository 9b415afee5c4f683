/** The funding part of the report: streams at risk, deadlines overdue and coming, the clawback risk, totals. */
import { describeSerial } from "../dates/serial";
import type { CellValue } from "../sheet/workbook";
import { readNumber } from "../core/cellNumber";
import type { StreamAnalysis } from "../funding/fundingTable";
import { reportTotals } from "../funding/statedTotal";
import { fundingDeadlines, fundingTotals } from "../funding/fundingSummary";
import { streamName } from "../funding/streamName";
import type { DeadlineLine, FundingSection, FundingStreamLine, TotalLine } from "./model";

/** A total the workbook states ("Government funding (DHSC) | 19,140,000"), as read from its cells. */
export interface StatedTotalCell {
  readonly label: string;
  readonly stated: CellValue;
}

/** What the funding part is made from: the tracker's streams as analysed at the report date (narrow, so any reader fits). */
export interface FundingInput {
  readonly sheet: string;
  readonly asOf: number;
  readonly streams: readonly StreamAnalysis[];
  readonly statedTotals: readonly StatedTotalCell[];
}

/** Deadlines this many days after the report date are "coming". */
export const COMING_DAYS = 90;

const AT_RISK = new Set(["Red", "Amber", "Overspent"]);

/**
 * The streams at risk, the deadlines and the clawback risk, by the same rules as the pane, `check` and
 * `report --json` (fundingDeadlines, fundingTotals), so the paper never says another figure than the pane.
 */
export function fundingSection({ sheet, asOf, streams, statedTotals }: FundingInput): FundingSection {
  const atRisk: FundingStreamLine[] = [];
  for (const s of streams) {
    if (s.status !== null && AT_RISK.has(s.status)) {
      atRisk.push({ stream: streamName(s), funder: s.funder, status: s.status, allocation: s.allocation, spent: s.spent, unspent: s.clawbackRisk });
    }
  }
  const overdue: DeadlineLine[] = [];
  const coming: DeadlineLine[] = [];
  for (const d of fundingDeadlines(streams, asOf, COMING_DAYS)) {
    (d.overdue ? overdue : coming).push({ stream: d.fund, kind: d.kind, due: describeSerial(d.due), days: d.due - asOf });
  }
  return {
    sheet,
    asOf: describeSerial(asOf),
    atRisk,
    overdue,
    coming,
    comingWithinDays: COMING_DAYS,
    clawbackRisk: fundingTotals(streams).clawbackRisk,
    totals: totalLines(streams, statedTotals),
    problems: streams.filter((s) => s.problem !== null).map((s) => `${streamName(s)}: ${s.problem}`),
  };
}

/**
 * The rows' totals (all streams, each funder), each beside the total the workbook states for it where one names it:
 * "All streams", the funder's name, or the funder in brackets ("Government funding (DHSC)"). A stated total naming
 * no group is listed with its own rows' sum unknown (null difference), never matched by guesswork.
 */
function totalLines(streams: readonly StreamAnalysis[], stated: readonly StatedTotalCell[]): TotalLine[] {
  const groups = reportTotals(streams).map((g) => ({ key: g.key, sum: g.parts.reduce((total, part) => total + part, 0) }));
  const lines: TotalLine[] = [];
  const used = new Set<string>();
  for (const total of stated) {
    const amount = readNumber(total.stated);
    const label = total.label.trim();
    const group = groups.find((g) => label === g.key || label.toLowerCase() === g.key.toLowerCase() || label.includes(`(${g.key})`));
    if (!group || !amount.ok) continue;
    used.add(group.key);
    lines.push({ label, stated: amount.value, rows: group.sum, difference: amount.value - group.sum });
  }
  for (const g of groups) if (!used.has(g.key)) lines.push({ label: g.key, stated: null, rows: g.sum, difference: null });
  return lines;
}
