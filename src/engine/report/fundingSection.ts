/** The funding part of the report: streams at risk, deadlines overdue and coming, the clawback risk, totals. */
import { describeSerial } from "../dates/serial";
import type { CellValue } from "../sheet/workbook";
import { readNumber } from "../core/cellNumber";
import type { StreamAnalysis } from "../funding/fundingTable";
import { reportTotals } from "../funding/statedTotal";
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

const streamName = (s: StreamAnalysis) => (s.round ? `${s.fund} (${s.round})` : s.fund);

export function fundingSection({ sheet, asOf, streams, statedTotals }: FundingInput): FundingSection {
  const atRisk: FundingStreamLine[] = [];
  const overdue: DeadlineLine[] = [];
  const coming: DeadlineLine[] = [];
  let clawbackRisk = 0;
  for (const s of streams) {
    if (s.status !== null && AT_RISK.has(s.status)) {
      atRisk.push({ stream: streamName(s), funder: s.funder, status: s.status, allocation: s.allocation, spent: s.spent, unspent: s.underspend });
    }
    if (s.status !== "Complete" && s.underspend !== null) clawbackRisk += s.underspend;
    if (s.status === "Complete" || s.status === null) continue;
    const deadlines: [string, number | null][] = [
      ["Passport to providers", s.passportBy?.due ?? null],
      ["Spend", s.spendBy?.due ?? null],
    ];
    for (const [kind, due] of deadlines) {
      if (due === null) continue;
      const line = { stream: streamName(s), kind, due: describeSerial(due), days: due - asOf };
      // A spend-by date passed with money unspent is overdue. Whether a passport-by date passed was met needs the
      // amount passported, which the analysis does not carry: such a date is not claimed overdue.
      if (due < asOf) {
        if (kind === "Spend" && s.spent < s.allocation) overdue.push(line);
      } else if (due <= asOf + COMING_DAYS) coming.push(line);
    }
  }
  overdue.sort((a, b) => a.days - b.days);
  coming.sort((a, b) => a.days - b.days);
  return {
    sheet,
    asOf: describeSerial(asOf),
    atRisk,
    overdue,
    coming,
    comingWithinDays: COMING_DAYS,
    clawbackRisk,
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
