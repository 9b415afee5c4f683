/**
 * The Columns card's choices: one column per role or version, so a column chosen for one leaves the one it had.
 * Columns are those of the "revised" tracker: A Milestone, B Baseline, C Revised (Jun 2025), D Revised (Sep 2025),
 * E Status.
 */
import { timelineTracker } from "../../../test/helpers/generateTrackers";
import { columnsOfMapping, withRole, withVersion } from "./chooseColumns";
import type { TimelineColumns } from "./milestoneTable";
import { detectMilestoneTable } from "./timeline";

const FOUND: TimelineColumns = { layout: "columns", roles: { milestone: 0, baseline: 1, status: 4 }, versions: [2, 3] };

describe("choosing a timeline's columns", () => {
  it("starts from the columns the mapping reads, the earliest version as the baseline where none is named", () => {
    const rows = timelineTracker("revised");
    const table = detectMilestoneTable({ name: "Timeline", top: 0, left: 0, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) });
    expect(table && columnsOfMapping(table.mapping)).toEqual(FOUND);
    const committees = timelineTracker("committees");
    const dated = detectMilestoneTable({ name: "Timeline", top: 0, left: 0, values: committees, numberFormats: committees.map((r) => r.map(() => "General")) });
    // "Forecast at 28 Mar 2022" (B) is the baseline: no column is named so, and it is the earliest.
    expect(dated && columnsOfMapping(dated.mapping)).toEqual({ layout: "columns", roles: { milestone: 0, baseline: 1 }, versions: [2, 3] });
  });

  it("moves a version to the baseline: it is no longer a version, and the old baseline is read as nothing", () => {
    expect(withRole(FOUND, "baseline", 2)).toEqual({ layout: "columns", roles: { milestone: 0, baseline: 2, status: 4 }, versions: [3] });
  });

  it("takes a column from the role that had it", () => {
    expect(withRole(FOUND, "actual", 4)).toEqual({ layout: "columns", roles: { milestone: 0, baseline: 1, actual: 4 }, versions: [2, 3] });
  });

  it("reads a role from nothing when told so, leaving the others", () => {
    expect(withRole(FOUND, "status", null)).toEqual({ layout: "columns", roles: { milestone: 0, baseline: 1 }, versions: [2, 3] });
  });

  it("replaces, removes and adds versions", () => {
    // Version 1 (C) read from the status column (E) instead: C is no longer read, E no longer the status.
    expect(withVersion(FOUND, 0, 4)).toEqual({ layout: "columns", roles: { milestone: 0, baseline: 1 }, versions: [3, 4] });
    expect(withVersion(FOUND, 1, null)).toEqual({ layout: "columns", roles: { milestone: 0, baseline: 1, status: 4 }, versions: [2] });
    // Past the last: one more version; the baseline's column as a version leaves the baseline.
    expect(withVersion(FOUND, 2, 1)).toEqual({ layout: "columns", roles: { milestone: 0, status: 4 }, versions: [2, 3, 1] });
    // A version chosen again for a version it already is stays one version.
    expect(withVersion(FOUND, 0, 3)).toEqual({ layout: "columns", roles: { milestone: 0, baseline: 1, status: 4 }, versions: [3] });
  });

  it("keeps the layout", () => {
    const byReport: TimelineColumns = { layout: "byReport", roles: { milestone: 0, report: 1, date: 2 }, versions: [] };
    expect(withRole(byReport, "date", 3)).toEqual({ layout: "byReport", roles: { milestone: 0, report: 1, date: 3 }, versions: [] });
  });
});
