/**
 * Scorecard sheets of any size in the published layout (header, section headings, measures, a key), built from
 * the fixture's real rows repeated: for sync-count tests and benchmarks.
 */
import fixture from "../fixtures/scorecard-q3-2021-22.json";
import type { CellValue } from "../../src/engine/sheet/workbook";

const FIELDS = ["measure", "polarity", "nw_stat_avg", "national_avg", "target", "year_end_2020_21", "q1", "q2", "q3", "q4", "ytd"] as const;
const POLARITY = 1;
const TARGET = 4;
const YTD = 10;

export interface ScorecardShape {
  /**
   * Give every measure a polarity, a target and a year-to-date figure, so that every row is rated: the fixture's
   * own rows where they have them, otherwise a target 5% either side of the row's year to date, written the way
   * the fixture writes targets ("<530", "87%", "13,000").
   */
  readonly targetOnEveryRow?: boolean;
}

function withTarget(cells: CellValue[], index: number): CellValue[] {
  const out = [...cells];
  if (out[YTD] === null || out[YTD] === "N/A") out[YTD] = String(100 + ((index * 37) % 900));
  const ytd = String(out[YTD]);
  if (out[POLARITY] === null || out[POLARITY] === "n/a") out[POLARITY] = index % 2 ? "High is good" : "Low is good";
  if (out[TARGET] === null || String(out[TARGET]).includes("Average")) {
    const percent = ytd.endsWith("%");
    const figure = Number(ytd.replace(/[%,]/g, ""));
    const target = Math.round(figure * (index % 3 === 0 ? 0.95 : 1.05) * 10) / 10;
    out[TARGET] = percent ? `${target}%` : index % 2 ? target.toLocaleString("en-GB") : `<${target}`;
  }
  return out;
}

export function scorecardRows(measures: number, shape: ScorecardShape = {}): CellValue[][] {
  const rows: CellValue[][] = [["Adult Social Care Performance Scorecard"], [], [], [...fixture.columns]];
  let section = "";
  for (let i = 0; i < measures; i++) {
    const source = fixture.rows[i % fixture.rows.length];
    const block = Math.floor(i / fixture.rows.length);
    if (source.section !== section || i % fixture.rows.length === 0) {
      section = source.section;
      rows.push([block > 0 ? `${section} (${block + 1})` : section]);
    }
    const figures: CellValue[] = FIELDS.map((field) => source[field]);
    rows.push([...(shape.targetOnEveryRow ? withTarget(figures, i) : figures), null, source.comment_summary]);
  }
  rows.push([], ["Key: RAG compares the year to date with the target."]);
  return rows;
}
