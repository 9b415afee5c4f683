/**
 * The committee report from a workbook's tables, in the paper's order: highlights, the scorecard appendix, funding,
 * timeline. Its inputs are narrow (planned tables, analysed streams and stages), so any reader can supply them.
 */
import { parseUkDate } from "../dates/ukDate";
import { describeSerial } from "../dates/serial";
import { statedReportDate } from "../sheet/reportDate";
import { countRatings } from "../scorecard/summary";
import { appendixTable, reportHighlights, type PlannedTable } from "./highlights";
import { fundingSection, type FundingInput } from "./fundingSection";
import type { CommitteeReport } from "./model";
import { timelineSection, type TimelineInput } from "./timelineSection";

export type { PlannedTable, FundingInput, TimelineInput };

export interface ReportInputs {
  readonly scorecards: readonly PlannedTable[];
  readonly funding: FundingInput | null;
  readonly timeline: TimelineInput | null;
  /** The report date another sheet states (the funding tracker's), for a scorecard that states none. */
  readonly statedDate?: number | null;
}

/** "Adults and Health Committee, 28 March 2022." → the committee and the date. */
const COMMITTEE = /\b((?:[A-Z][\w'&-]*\s+)(?:(?:and|of|for|&)\s+|[A-Z][\w'&-]*\s+)*Committee)\b/;
const DAY_MONTH_YEAR = /\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b/;

/** The title, committee and date the scorecard sheet states above its table. */
function heading(scorecards: readonly PlannedTable[], statedDate: number | null): Pick<CommitteeReport, "title" | "committee" | "reportDate"> {
  const first = scorecards[0];
  if (!first) return { title: "Committee report", committee: "", reportDate: statedDate === null ? "" : describeSerial(statedDate) };
  const { sheet, plan } = first;
  const above: string[] = [];
  for (let r = 0; r < plan.table.headerRow - sheet.top; r++) for (const cell of sheet.values[r] ?? []) if (typeof cell === "string" && cell.trim() !== "") above.push(cell.trim());
  let committee = "";
  let date = statedReportDate(sheet, plan.table.headerRow) ?? null;
  for (const line of above) {
    const named = COMMITTEE.exec(line);
    if (!named || committee) continue;
    committee = named[1];
    const written = DAY_MONTH_YEAR.exec(line);
    const read = written ? parseUkDate(written[0]) : null;
    if (date === null && read?.ok) date = read.value.start;
  }
  date ??= statedDate;
  return { title: above[0] ?? `${plan.table.sheet} report`, committee, reportDate: date === null ? "" : describeSerial(date) };
}

export function buildReport({ scorecards, funding, timeline, statedDate = null }: ReportInputs): CommitteeReport {
  return {
    ...heading(scorecards, statedDate),
    counts: countRatings(scorecards.map((s) => s.plan)),
    highlights: reportHighlights(scorecards),
    appendix: scorecards.map(appendixTable),
    funding: funding ? fundingSection(funding) : null,
    timeline: timeline ? timelineSection(timeline) : null,
  };
}
