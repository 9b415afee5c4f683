/**
 * The published Q3 2021/22 scorecard (test/fixtures) as scorecard rows, with the cell addresses they have in the
 * sample workbook (assets/samples: header on row 4, a heading row before each section).
 */
import fixture from "../fixtures/scorecard-q3-2021-22.json";
import type { SourceCell } from "../../src/engine/core/findings";
import type { ScorecardRowCells } from "../../src/engine/scorecard/checks";
import type { YtdMethod } from "../../src/engine/scorecard/ytd";

export type FixtureRow = (typeof fixture.rows)[number];

export interface LaidOutRow {
  readonly fixture: FixtureRow;
  /** One-based sheet row. */
  readonly sheetRow: number;
  readonly cells: ScorecardRowCells;
}

/** The YTD rule a measure type calls for, where the published type says so. */
export function methodFor(measureType: string): YtdMethod | undefined {
  if (measureType.startsWith("count in period")) return "sum";
  if (/cumulative|snapshot/.test(measureType)) return "latest";
  return undefined;
}

export function laidOutFixture(): LaidOutRow[] {
  const rows: LaidOutRow[] = [];
  let sheetRow = 5;
  let section = "";
  for (const row of fixture.rows) {
    if (row.section !== section) {
      section = row.section;
      sheetRow++;
    }
    const cell = (column: string, value: string | null): SourceCell => ({ address: `Scorecard!${column}${sheetRow}`, value });
    const ytdMethod = methodFor(row.measure_type);
    rows.push({
      fixture: row,
      sheetRow,
      cells: {
        measure: row.measure,
        polarity: cell("B", row.polarity),
        target: cell("E", row.target),
        periods: [cell("G", row.q1), cell("H", row.q2), cell("I", row.q3), cell("J", row.q4)],
        ytd: cell("K", row.ytd),
        others: [cell("C", row.nw_stat_avg), cell("D", row.national_avg), cell("F", row.year_end_2020_21)],
        ...(ytdMethod ? { ytdMethod } : {}),
      },
    });
    sheetRow++;
  }
  return rows;
}
