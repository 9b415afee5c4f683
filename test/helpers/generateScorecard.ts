/**
 * Scorecard sheets of any size in the published layout (header, section headings, measures, a key), built from
 * the fixture's real rows repeated: for sync-count tests and benchmarks.
 */
import fixture from "../fixtures/scorecard-q3-2021-22.json";
import type { CellValue } from "../../src/engine/workbook";

const FIELDS = ["measure", "polarity", "nw_stat_avg", "national_avg", "target", "year_end_2020_21", "q1", "q2", "q3", "q4", "ytd"] as const;

export function scorecardRows(measures: number): CellValue[][] {
  const rows: CellValue[][] = [["Adult Social Care Performance Scorecard"], [], [], [...fixture.columns]];
  let section = "";
  for (let i = 0; i < measures; i++) {
    const source = fixture.rows[i % fixture.rows.length];
    const block = Math.floor(i / fixture.rows.length);
    if (source.section !== section || i % fixture.rows.length === 0) {
      section = source.section;
      rows.push([block > 0 ? `${section} (${block + 1})` : section]);
    }
    rows.push([...FIELDS.map((field) => source[field]), null, source.comment_summary]);
  }
  rows.push([], ["Key: RAG compares the year to date with the target."]);
  return rows;
}
