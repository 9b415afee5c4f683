/**
 * The committee report as one model: what the Word paper and the "Committee summary" sheet both print, in the
 * paper's order. Every figure is already text as the workbook shows it, so the two outputs cannot word it apart.
 */
import type { HighlightReason } from "../scorecard/summary";

export type { HighlightReason };

/** One measure for the "areas for highlighting", under the first of its reasons. */
export interface ReportHighlight {
  readonly reason: HighlightReason;
  /** Every reason the measure is highlighted for, the first being `reason`. */
  readonly reasons: readonly HighlightReason[];
  /** "Scorecard!L23" */
  readonly cell: string;
  readonly measure: string;
  /** "Green", "Amber", "Red", or "" where not rated. */
  readonly rating: string;
  /** The rating at the last refresh, as the RAG cell held it. */
  readonly previousRating: string;
  /** The rated figure as the cell shows it: "55.5%". */
  readonly figure: string;
  readonly target: string;
  /** The period before, as a paper writes it: "58.6% in Quarter 2"; "" without one. */
  readonly lastPeriod: string;
  /** "Improving", "Worsening", "No change", "Up", "Down" or "". */
  readonly direction: string;
  /** The row's own comment, as written. */
  readonly comment: string;
  /** Why, in the paper's words: the rating's explanation, then the movement. */
  readonly sentences: readonly string[];
}

/** The scorecard as an appendix table: the council's own headers and cells as shown. */
export interface AppendixTable {
  readonly sheet: string;
  readonly headers: readonly string[];
  /** Which column holds the rating (its cells get the rating's word and fill). */
  readonly ratingColumn: number;
  readonly rows: readonly AppendixRow[];
}

export type AppendixRow = { readonly kind: "section"; readonly text: string } | { readonly kind: "measure"; readonly cells: readonly string[] };

export interface FundingStreamLine {
  readonly stream: string;
  readonly funder: string;
  readonly status: string;
  readonly allocation: number;
  readonly spent: number;
  /** At risk of clawback: projected unspent while the period runs, what is left once it has ended; null if unknown. */
  readonly unspent: number | null;
}

export interface DeadlineLine {
  readonly stream: string;
  readonly kind: string;
  /** "28 March 2022" */
  readonly due: string;
  /** Days from the report date: negative when overdue. */
  readonly days: number;
}

export interface TotalLine {
  readonly label: string;
  /** The total the paper states, where it states one. */
  readonly stated: number | null;
  /** What the rows add up to. */
  readonly rows: number;
  /** stated − rows, where a total is stated. */
  readonly difference: number | null;
}

export interface FundingSection {
  readonly sheet: string;
  /** "28 March 2022": the date statuses and deadlines are worked out at. */
  readonly asOf: string;
  readonly atRisk: readonly FundingStreamLine[];
  readonly overdue: readonly DeadlineLine[];
  readonly coming: readonly DeadlineLine[];
  readonly comingWithinDays: number;
  readonly clawbackRisk: number;
  readonly totals: readonly TotalLine[];
  /** Rows that could not be read, each naming its cell: nothing is claimed from them. */
  readonly problems: readonly string[];
}

export interface StageLine {
  readonly programme: string;
  readonly stage: string;
  readonly baseline: string;
  readonly forecast: string;
  /** Days later than the baseline (positive = later). */
  readonly slipDays: number;
  readonly slipMonths: number | null;
  readonly rating: string;
  /** The last recorded version this stage moved since, and by how many days; null without one. */
  readonly sinceRecorded: { readonly recorded: string; readonly days: number } | null;
}

export interface TimelineSection {
  readonly sheet: string;
  readonly slipped: readonly StageLine[];
  readonly onTime: number;
  readonly problems: readonly string[];
}

export interface CommitteeReport {
  readonly title: string;
  readonly committee: string;
  /** "28 March 2022"; "" when the workbook states none. */
  readonly reportDate: string;
  readonly counts: Readonly<Record<"Green" | "Amber" | "Red" | "Not rated", number>>;
  readonly highlights: readonly ReportHighlight[];
  readonly appendix: readonly AppendixTable[];
  readonly funding: FundingSection | null;
  readonly timeline: TimelineSection | null;
}

/** The paper's four reasons in its order, as headings. */
export const HIGHLIGHT_HEADINGS: Readonly<Record<HighlightReason, string>> = {
  Red: "Red",
  Amber: "Amber",
  "Got worse": "Worse than last time",
  Worsening: "Worsening",
};
