/** What a committee paper leads with: counts by rating and the "areas for highlighting". */
import type { Finding } from "./checks";
import type { TablePlan } from "./planner";

export interface Highlight {
  readonly sheet: string;
  /** Zero-based row of the measure. */
  readonly row: number;
  readonly column: number;
  readonly measure: string;
  readonly reason: "Red" | "Worsening" | "Got worse";
  readonly detail: string;
}

export interface ScorecardSummary {
  readonly counts: Readonly<Record<"Green" | "Amber" | "Red" | "Not rated", number>>;
  readonly highlights: readonly Highlight[];
  readonly findings: readonly Finding[];
}

const RANK: Readonly<Record<string, number>> = { Red: 0, Amber: 1, Green: 2 };

export function summarise(tables: readonly TablePlan[]): ScorecardSummary {
  const counts = { Green: 0, Amber: 0, Red: 0, "Not rated": 0 };
  const highlights: Highlight[] = [];
  for (const { table, outcomes } of tables) {
    const column = table.rules.outputs.rag;
    for (const o of outcomes) {
      counts[o.rating === "" ? "Not rated" : o.rating]++;
      const at = { sheet: table.sheet, row: o.row, column, measure: o.measure };
      if (o.rating === "Red") highlights.push({ ...at, reason: "Red", detail: o.explanation });
      if (o.trend === "Worsening") highlights.push({ ...at, reason: "Worsening", detail: "Worse than the previous period." });
      const before = RANK[o.previousRating];
      const after = RANK[o.rating];
      if (before !== undefined && after !== undefined && after < before) {
        highlights.push({ ...at, reason: "Got worse", detail: `${o.previousRating} at the last refresh, ${o.rating} now.` });
      }
    }
  }
  return { counts, highlights, findings: tables.flatMap((t) => t.findings) };
}
