/**
 * How sure each column of a timeline is (its header's meaning times the share of its cells that fit), and which rows
 * are stages, on the recommission tracker (generateTrackers.ts, "revised": A Milestone, B Baseline, C Revised
 * (Jun 2025), D Revised (Sep 2025), E Status; six stages on rows 5–10).
 */
import { timelineTracker } from "../../../test/helpers/generateTrackers";
import type { CellValue, SheetData } from "../sheet/workbook";
import { milestoneTableWith, type MilestoneTable, type TimelineColumns } from "./milestoneTable";
import { detectMilestoneTable } from "./timeline";

const sheetOf = (rows: CellValue[][]): SheetData => ({ name: "Timeline", top: 0, left: 0, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) });
/** The tracker with cell (row, column) of the stage rows replaced, zero-based. */
const edited = (changes: Record<string, CellValue>) => timelineTracker("revised").map((row, r) => row.map((v, c) => (`${r},${c}` in changes ? changes[`${r},${c}`] : v)));

function read(rows: CellValue[][], columns: TimelineColumns = { layout: "columns", roles: { milestone: 0, baseline: 1, status: 4 }, versions: [2, 3] }): MilestoneTable {
  const table = milestoneTableWith(sheetOf(rows), 3, columns);
  if (!table.ok) throw new Error(table.error.message);
  return table.value;
}

const confidences = (t: MilestoneTable) => ({ ...Object.fromEntries(Object.entries(t.mapping.roles).map(([role, m]) => [role, m?.confidence])), versions: t.mapping.versions.map((v) => v.confidence) });

describe("a timeline column's confidence", () => {
  it("is 1 where the header says the role and every cell fits; ½ for a column whose cells are all blank", () => {
    expect(confidences(read(timelineTracker("revised")))).toEqual({ milestone: 1, baseline: 1, status: 0.5, versions: [1, 1] });
  });

  it("is the share of the given cells that read as dates, to two places", () => {
    // One of the six September forecasts is a note, not a date: 5/6 = 0.83. Three of six: 0.5.
    expect(read(edited({ "9,3": "See note 3" })).mapping.versions[1].confidence).toBe(0.83);
    expect(read(edited({ "4,3": "See note 3", "5,3": "Awaiting legal", "6,3": "With procurement" })).mapping.versions[1].confidence).toBe(0.5);
  });

  it("leaves out of the share a cell saying the stage is not in that plan", () => {
    // "Not in the 2022 plan" is no date and no misfit: the other five baselines are all dates.
    expect(read(edited({ "4,1": "Not in the 2022 plan" })).mapping.roles.baseline?.confidence).toBe(1);
    expect(read(edited({ "4,1": "Unknown" })).mapping.roles.baseline?.confidence).toBe(0.83);
  });

  it("is 0.6 of the fit for a column chosen by hand whose header says another role", () => {
    // "Revised (Jun 2025)" as the actual date: its dates all fit (1), its header says a version (0.6).
    const t = read(timelineTracker("revised"), { layout: "columns", roles: { milestone: 0, baseline: 1, actual: 2 }, versions: [3] });
    expect(t.mapping.roles.actual?.confidence).toBe(0.6);
    // "Status" as the milestone: its header is not a stage's (0.6), and every Status cell is blank, so no row is a
    // stage and the fit is ½: 0.6 × ½ = 0.3.
    const status = milestoneTableWith(sheetOf(timelineTracker("revised")), 3, { layout: "columns", roles: { milestone: 4, baseline: 1 }, versions: [2, 3] });
    expect(status.ok && status.value.rows).toEqual([]);
    expect(status.ok && status.value.mapping.roles.milestone?.confidence).toBe(0.3);
  });

  it("reads text for the milestone and programme, and dates for the committee report", () => {
    // The baseline dates as the programme: text, so they fit (1), but the header is not a programme's (0.6).
    expect(read(timelineTracker("revised"), { layout: "columns", roles: { milestone: 0, programme: 1, baseline: 2 }, versions: [3] }).mapping.roles.programme?.confidence).toBe(0.6);
    const byReport = detectMilestoneTable(sheetOf(timelineTracker("byReport")));
    expect(byReport && confidences(byReport)).toEqual({ milestone: 1, report: 1, date: 1, versions: [] });
    // A report that names no date ("Cabinet") is no committee date: 17 of 18 rows fit, 0.94.
    const rows = timelineTracker("byReport").map((row, r) => (r === 4 ? [row[0], "Cabinet", row[2]] : row));
    const cabinet = detectMilestoneTable(sheetOf(rows));
    expect(cabinet?.mapping.roles.report?.confidence).toBe(0.94);
  });
});

describe("a timeline's stages", () => {
  it("are the rows below the header that name one: a blank row between them is none", () => {
    const rows = timelineTracker("revised");
    rows.splice(6, 0, [null, "Left blank", null, null, null]);
    const t = read(rows);
    // Rows 5–11 (zero-based 4–10), less the blank-named one inserted at row 7 (zero-based 6).
    expect(t.rows).toEqual([4, 5, 7, 8, 9, 10]);
    expect(t.stages.map((s) => s.milestone)).toEqual(["Market engagement", "Tender go live", "Evaluation of tenders", "Award", "Mobilisation", "Contract start"]);
  });
});
