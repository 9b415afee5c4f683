/** What a committee paper leads with: counts by rating and the "areas for highlighting". */
import type { Finding } from "../core/findings";
import { describeMovement } from "./explain";
import type { RowOutcome, TablePlan } from "./planTable";

export interface Highlight {
  readonly sheet: string;
  /** Zero-based row of the measure. */
  readonly row: number;
  readonly column: number;
  readonly measure: string;
  readonly reason: HighlightReason;
  readonly detail: string;
}

export interface ScorecardSummary {
  readonly counts: Readonly<Record<"Green" | "Amber" | "Red" | "Not rated", number>>;
  readonly highlights: readonly Highlight[];
  readonly findings: readonly Finding[];
}

const RANK: Readonly<Record<string, number>> = { Red: 0, Amber: 1, Green: 2 };

export type HighlightReason = "Red" | "Amber" | "Got worse" | "Worsening";
/** What a committee asks about first: Reds, then Ambers, then ratings worse than last time, then worsening trends. */
const HIGHLIGHT_ORDER: readonly HighlightReason[] = ["Red", "Amber", "Got worse", "Worsening"];

/** How many measures are rated each way: what a refresh reports when it needs no sentences. */
export function countRatings(tables: readonly TablePlan[]): ScorecardSummary["counts"] {
  const counts = { Green: 0, Amber: 0, Red: 0, "Not rated": 0 };
  for (const { outcomes } of tables) for (const o of outcomes) counts[o.rating === "" ? "Not rated" : o.rating]++;
  return counts;
}

/** The rating a measure had "last time" (the history's last earlier period), where the history knows one. */
export type LastTime = (sheet: string, measure: string) => { readonly rating: string; readonly period: string } | undefined;

/** A worsening row in words: both figures with their periods where they read. */
export function worseningDetail(o: RowOutcome): string {
  if (o.movement) return describeMovement(o.movement);
  return o.runningTotal ? "Worse in this period than in the one before (each period's own figure: the row is a running total)." : "Worse than the previous period.";
}

export function summarise(tables: readonly TablePlan[], lastTime?: LastTime): ScorecardSummary {
  return { counts: countRatings(tables), highlights: highlightsOf(tables, lastTime), findings: tables.flatMap((t) => t.findings) };
}

/** The areas for highlighting alone, without running the data checks (the committee report needs only these). */
export function highlightsOf(tables: readonly TablePlan[], lastTime?: LastTime): Highlight[] {
  const highlights: Highlight[] = [];
  for (const { table, outcomes } of tables) {
    const column = table.rules.outputs.rag;
    for (const o of outcomes) {
      const at = { sheet: table.sheet, row: o.row, column, measure: o.measure };
      if (o.rating === "Red" || o.rating === "Amber") highlights.push({ ...at, reason: o.rating, detail: o.explanation });
      if (o.trend === "Worsening") {
        highlights.push({ ...at, reason: "Worsening", detail: worseningDetail(o) });
      }
      // Last time is the history's last earlier period where it has one, else what the rating cell held.
      const recorded = lastTime?.(table.sheet, o.measure);
      const previous = recorded ? recorded.rating : o.previousRating;
      const before = RANK[previous];
      const after = RANK[o.rating];
      if (before !== undefined && after !== undefined && after < before) {
        highlights.push({ ...at, reason: "Got worse", detail: recorded ? `Worse than last time: ${previous} in ${recorded.period}, ${o.rating} now.` : `Worse than last time: ${previous} at the last refresh, ${o.rating} now.` });
      }
    }
  }
  // A stable sort: within each reason, the sheet's own order.
  highlights.sort((a, b) => HIGHLIGHT_ORDER.indexOf(a.reason) - HIGHLIGHT_ORDER.indexOf(b.reason));
  return highlights;
}
