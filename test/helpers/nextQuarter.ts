/**
 * "Next quarter" workbooks: a scorecard as set up last quarter (its ratings written, its settings stored), then
 * changed the way analysts change them between refreshes: a column inserted or deleted, a header renamed or
 * doubled, measures added, dropped or moved, Quarter 4 typed in. Two layouts: the sample's (test/fixtures, through
 * generateScorecard.ts) and a second council's ("Indicator", "Good is", "Target 22/23", "Q1 22/23", "YTD", "Status",
 * "Commentary"). Each case says what a refresh must do: rate each measure (by name) as worked out by hand, or refuse.
 */
import fixture from "../fixtures/scorecard-q3-2021-22.json";
import { scorecardRows } from "./generateScorecard";
import type { CellValue } from "../../src/engine/sheet/workbook";

type Grid = CellValue[][];

export interface Layout {
  readonly name: string;
  /** The grid as set up (no ratings yet). */
  readonly rows: Grid;
  /** Zero-based header row. */
  readonly headerRow: number;
  /** The output column's header ("RAG", "Status"): where the ratings are looked for after a refresh. */
  readonly ragHeader: string;
  /** Column headers this layout's cases use. */
  readonly ytdHeader: string;
  readonly previousHeader: string;
  readonly q3Header: string;
  readonly q4Header: string;
  readonly targetHeader: string;
}

/** The sample's layout: "Measure", "Polarity", …, "21-22 year to date", "RAG", "Comments" on row 4. */
export function sampleLayout(): Layout {
  return {
    name: "the sample",
    rows: scorecardRows(55),
    headerRow: 3,
    ragHeader: "RAG",
    ytdHeader: "21-22 year to date",
    previousHeader: "Year end 2020-2021",
    q3Header: "Quarter 3",
    q4Header: "Quarter 4",
    targetHeader: "21-22 Target",
  };
}

const SECOND_HEADERS = ["Indicator", "Good is", "England", "Target 22/23", "Outturn 21/22", "Q1 22/23", "Q2 22/23", "Q3 22/23", "Q4 22/23", "YTD", "Status", "Commentary"];

/** Another council's layout, on row 3 under a title, with the sample's first 20 measures' figures. */
export function secondLayout(): Layout {
  const rows: Grid = [["Adults and Health: quarterly performance"], [], SECOND_HEADERS];
  let section = "";
  for (const source of fixture.rows.slice(0, 20)) {
    if (source.section !== section) rows.push([(section = source.section)]);
    rows.push([source.measure, source.polarity, source.national_avg, source.target, source.year_end_2020_21, source.q1, source.q2, source.q3, source.q4, source.ytd, null, source.comment_summary]);
  }
  return { name: "a second council's layout", rows, headerRow: 2, ragHeader: "Status", ytdHeader: "YTD", previousHeader: "Outturn 21/22", q3Header: "Q3 22/23", q4Header: "Q4 22/23", targetHeader: "Target 22/23" };
}

export const columnOf = (grid: Grid, headerRow: number, header: string): number => {
  const column = (grid[headerRow] ?? []).findIndex((cell) => cell === header);
  if (column < 0) throw new Error(`No "${header}" header in the grid.`);
  return column;
};

export const rowOf = (grid: Grid, measure: string): number => {
  const row = grid.findIndex((cells) => cells[0] === measure || cells[1] === measure);
  if (row < 0) throw new Error(`No measure "${measure}" in the grid.`);
  return row;
};

const copy = (grid: Grid): Grid => grid.map((row) => [...row]);

function insertColumn(grid: Grid, at: number, header: string, headerRow: number): Grid {
  return copy(grid).map((row, r) => {
    while (row.length < at) row.push(null);
    row.splice(at, 0, r === headerRow ? header : r > headerRow && row.some((c) => c !== null) ? "A. Smith" : null);
    return row;
  });
}

function deleteColumn(grid: Grid, at: number): Grid {
  return copy(grid).map((row) => {
    row.splice(at, 1);
    return row;
  });
}

function setCell(grid: Grid, row: number, column: number, value: CellValue): Grid {
  const out = copy(grid);
  while (out[row].length <= column) out[row].push(null);
  out[row][column] = value;
  return out;
}

/** The 65+ admissions measure, whose year to date each case moves from 438 to 560 against "<530". */
export const ADMISSIONS_65 = fixture.rows[2].measure;
/** The 18-64 admissions measure (target "<30", year to date 18). */
export const ADMISSIONS_18 = fixture.rows[0].measure;
/** Proportion living in their own home: target "87%", 85.0%. */
export const OWN_HOME = fixture.rows[7].measure;
/** New case contacts: "13,000", low is good, 9,421. */
export const CONTACTS = fixture.rows[10].measure;
/** Long-term support reviewed after 12 months: "75%", high is good, 55.5%. */
export const REVIEWED = fixture.rows[16].measure;
/** Community based service: "80%", high is good, 83.5%. */
export const COMMUNITY = fixture.rows[18].measure;

/**
 * The ratings last quarter's refresh gave, worked by hand (tolerance 5% of the target; Amber within it):
 * 18 < 30 Green; 438 < 530 Green; 85.0% against 87% misses by 2/87 = 2.3%, Amber; 9,421 < 13,000 Green (low is
 * good); 55.5% against 75% misses by 19.5/75 = 26%, Red; 83.5% ≥ 80% Green. Every other measure has no target.
 */
export const SET_UP_RATINGS: Readonly<Record<string, string>> = {
  [ADMISSIONS_18]: "Green",
  [ADMISSIONS_65]: "Green",
  [OWN_HOME]: "Amber",
  [CONTACTS]: "Green",
  [REVIEWED]: "Red",
  [COMMUNITY]: "Green",
};

/**
 * After the next quarter's figures: 65+ admissions year to date 560 against "<530" misses by 30/530 = 5.7%, more
 * than 5%: Red. The rest as at set-up.
 */
export const NEXT_RATINGS: Readonly<Record<string, string>> = { ...SET_UP_RATINGS, [ADMISSIONS_65]: "Red" };

/** A case: the edit made to last quarter's refreshed grid, and either the ratings expected or the refusal. */
export interface NextQuarterCase {
  readonly name: string;
  readonly edit: (grid: Grid, layout: Layout) => Grid;
  /** Ratings by measure (others blank); absent when the refresh must refuse. */
  readonly ratings?: Readonly<Record<string, string>>;
  /** Words the refusal must contain (it names the column). */
  readonly refusal?: (layout: Layout) => string;
  /** A line the plan must say, of the column that moved. */
  readonly moved?: (layout: Layout) => string;
  /** Rows inserted above the header row by the edit. */
  readonly headerShift?: number;
}

/** Where the case leaves the header row. */
export const headerRowAfter = (layout: Layout, testCase: NextQuarterCase): number => layout.headerRow + (testCase.headerShift ?? 0);

/** Next quarter's year to date for the 65+ admissions, wherever its row and column now are. */
const nextFigures = (grid: Grid, layout: Layout): Grid => setCell(grid, rowOf(grid, ADMISSIONS_65), columnOf(grid, layout.headerRow, layout.ytdHeader), "560");

export const CASES: readonly NextQuarterCase[] = [
  {
    name: "a column inserted before the mapped columns",
    edit: (grid, layout) => nextFigures(insertColumn(grid, 0, "Ref", layout.headerRow), layout),
    ratings: NEXT_RATINGS,
    moved: (layout) => `${layout.ragHeader} column moved from ${ragLetter(layout, 0)} to ${ragLetter(layout, 1)} since set-up`,
  },
  {
    name: "a column inserted inside them, after the measure names",
    edit: (grid, layout) => nextFigures(insertColumn(grid, 1, "Lead officer", layout.headerRow), layout),
    ratings: NEXT_RATINGS,
    moved: (layout) => `${layout.ragHeader} column moved from ${ragLetter(layout, 0)} to ${ragLetter(layout, 1)} since set-up`,
  },
  {
    name: "a column inserted just before the RAG column",
    edit: (grid, layout) => nextFigures(insertColumn(grid, columnOf(grid, layout.headerRow, layout.ragHeader), "Benchmark rank", layout.headerRow), layout),
    ratings: NEXT_RATINGS,
    moved: (layout) => `${layout.ragHeader} column moved from ${ragLetter(layout, 0)} to ${ragLetter(layout, 1)} since set-up`,
  },
  {
    name: "a column inserted after the mapped columns",
    edit: (grid, layout) => nextFigures(insertColumn(grid, (grid[layout.headerRow] ?? []).length, "Lead officer", layout.headerRow), layout),
    ratings: NEXT_RATINGS,
  },
  {
    name: "last year's outturn column deleted",
    edit: (grid, layout) => nextFigures(deleteColumn(grid, columnOf(grid, layout.headerRow, layout.previousHeader)), layout),
    refusal: (layout) => `the "${layout.previousHeader}" column`,
  },
  {
    name: "the target header renamed, still a target, in its place",
    edit: (grid, layout) => nextFigures(setCell(grid, layout.headerRow, columnOf(grid, layout.headerRow, layout.targetHeader), "Annual target"), layout),
    ratings: NEXT_RATINGS,
    moved: (layout) => `"${layout.targetHeader}" column is now headed "Annual target"`,
  },
  {
    name: "the RAG header renamed beyond recognition",
    edit: (grid, layout) => nextFigures(setCell(grid, layout.headerRow, columnOf(grid, layout.headerRow, layout.ragHeader), "Lead officer"), layout),
    refusal: (layout) => `the "${layout.ragHeader}" column`,
  },
  {
    name: "two columns with the same header",
    edit: (grid, layout) => nextFigures(insertColumn(grid, columnOf(grid, layout.headerRow, layout.q3Header) + 1, layout.q3Header, layout.headerRow), layout),
    refusal: (layout) => `headed "${layout.q3Header}"`,
  },
  {
    name: "a measure inserted, one deleted, and two reordered",
    edit: (grid, layout) => {
      let out = nextFigures(grid, layout);
      // Deleted: the 18-64 admissions row. Reordered: contacts and the 65+ admissions swap places.
      out.splice(rowOf(out, ADMISSIONS_18), 1);
      const [a, b] = [rowOf(out, CONTACTS), rowOf(out, ADMISSIONS_65)];
      [out[a], out[b]] = [out[b], out[a]];
      // Inserted under the header: a new measure with a target, 12 against "<10" (low is good) misses by 20%: Red.
      out = copy(out);
      const fresh: CellValue[] = new Array<CellValue>((out[layout.headerRow] ?? []).length).fill(null);
      const at = (header: string) => columnOf(out, layout.headerRow, header);
      fresh[0] = "Number of new hospital discharges to residential care";
      fresh[1] = "Low is good";
      fresh[at(layout.targetHeader)] = "<10";
      fresh[at(layout.q3Header)] = "12";
      fresh[at(layout.ytdHeader)] = "12";
      out.splice(layout.headerRow + 2, 0, fresh);
      return out;
    },
    ratings: {
      ...Object.fromEntries(Object.entries(NEXT_RATINGS).filter(([measure]) => measure !== ADMISSIONS_18)),
      "Number of new hospital discharges to residential care": "Red",
    },
  },
  {
    name: "a row inserted above the header",
    edit: (grid, layout) => {
      const out = nextFigures(grid, layout);
      out.splice(1, 0, ["Draft for the committee of 28 March 2022"]);
      return out;
    },
    headerShift: 1,
    ratings: NEXT_RATINGS,
    moved: (layout) => `Header row moved from ${layout.headerRow + 1} to ${layout.headerRow + 2} since set-up`,
  },
  {
    name: "Quarter 4 typed in",
    edit: (grid, layout) => {
      // Q4 and the year to date: 18-64 admissions 24 (< 30, Green); 65+ admissions 560 (Red, as above); own home
      // 86.9% against 87% misses by 0.1/87 = 0.1%: Amber; reviews 76% ≥ 75%: Green (was Red).
      let out = nextFigures(grid, layout);
      const q4 = columnOf(out, layout.headerRow, layout.q4Header);
      const ytd = columnOf(out, layout.headerRow, layout.ytdHeader);
      for (const [measure, figure] of [[ADMISSIONS_18, "24"], [ADMISSIONS_65, "560"], [OWN_HOME, "86.9%"], [REVIEWED, "76%"]] as const) {
        out = setCell(setCell(out, rowOf(out, measure), q4, figure), rowOf(out, measure), ytd, figure);
      }
      return out;
    },
    ratings: { ...NEXT_RATINGS, [ADMISSIONS_18]: "Green", [OWN_HOME]: "Amber", [REVIEWED]: "Green" },
  },
];

/** The RAG column's letter at set-up (shift 0) or after one column inserted before it (shift 1). */
function ragLetter(layout: Layout, shift: number): string {
  return String.fromCharCode(65 + columnOf(layout.rows, layout.headerRow, layout.ragHeader) + shift);
}
