/**
 * A timeline's columns kept in the workbook: stored by header, read back in place of detection, found again where
 * a column was inserted before them, and refused (never read from another column) when a header is gone or
 * ambiguous. The programme is the recommission re-planned in three committee reports (generateTrackers.ts), with
 * the analyst measuring slips from the plan re-baselined at the June 2025 committee.
 */
import { timelineTracker } from "../../../test/helpers/generateTrackers";
import { parseSettings, serialiseSettings } from "../scorecard/settings";
import type { StoredTimelineColumns } from "../sheet/storedTrackers";
import type { CellValue, SheetData } from "../sheet/workbook";
import { columnsOfMapping, withRole, withVersion } from "./chooseColumns";
import { incompleteTimeline, milestoneTableWith, missingTimelineColumns, type MilestoneTable } from "./milestoneTable";
import { readMilestoneTableStored, storedTimelineColumns } from "./storedTimeline";
import { analyseTimeline, detectMilestoneTable } from "./timeline";

const sheetOf = (rows: CellValue[][]): SheetData => ({ name: "Timeline", top: 0, left: 0, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) });

/** The "revised" tracker (Milestone | Baseline | Revised (Jun 2025) | Revised (Sep 2025) | Status), header row 4. */
const revised = () => sheetOf(timelineTracker("revised"));

function table(read: ReturnType<typeof readMilestoneTableStored>): { table: MilestoneTable; stored: boolean } {
  if (!read?.ok) throw new Error(read ? read.error.message : "no timeline");
  return read.value;
}

const contractStart = (sheet: SheetData, t: MilestoneTable) => analyseTimeline(sheet, t, []).milestones.find((m) => m.milestone === "Contract start");

/** The analyst's correction: "Revised (Jun 2025)" (C) is the baseline, kept. */
function rebaselined(): StoredTimelineColumns {
  const sheet = revised();
  const found = detectMilestoneTable(sheet);
  if (!found) throw new Error("no timeline");
  const chosen = milestoneTableWith(sheet, found.headerRow, withRole(columnsOfMapping(found.mapping), "baseline", 2));
  if (!chosen.ok) throw new Error(chosen.error.message);
  return storedTimelineColumns(sheet, chosen.value);
}

/** The rows with a column inserted at `at` (header, then a value for each stage row). */
const inserted = (rows: CellValue[][], at: number, header: string, value: CellValue) => rows.map((row, r) => (r < 3 ? row : [...row.slice(0, at), r === 3 ? header : value, ...row.slice(at)]));
const renamed = (rows: CellValue[][], column: number, header: string) => rows.map((row, r) => (r === 3 ? row.map((v, c) => (c === column ? header : v)) : row));

describe("a timeline's kept columns", () => {
  it("stores each column by its header and reads the timeline with them, through the settings' JSON", () => {
    const entry = rebaselined();
    expect(entry).toEqual({ kind: "timeline", sheet: "Timeline", headerRow: 3, layout: "columns", headers: { milestone: "Milestone", baseline: "Revised (Jun 2025)", status: "Status" }, versions: ["Revised (Sep 2025)"], notVersions: [] });
    const settings = parseSettings(serialiseSettings({ version: 1, tables: [], log: [], trackers: [entry] }));
    if (!settings.ok) throw new Error(settings.error.message);
    expect(settings.value.trackers).toEqual([entry]);
    const sheet = revised();
    const read = table(readMilestoneTableStored(sheet, settings.value.trackers));
    expect(read.stored).toBe(true);
    expect(read.table.columns).toMatchObject({ milestone: 0, baseline: 2, forecast: 3, status: 4 });
    expect(read.table.baseline).toEqual({ label: "Revised (Jun 2025)", dated: expect.any(Number) });
    // 1 Sep 2026 (June 2025's plan) → 1 Dec 2026: September 30 + October 31 + November 30 = 91 days, 3 months; Red.
    expect(contractStart(sheet, read.table)).toMatchObject({ slipDays: 91, slipMonths: 3, rating: "Red", slipsSinceEach: [{ label: "Revised (Jun 2025)", days: 91 }] });
    // Without kept columns: found by meaning, the 2022 baseline, +1,188 days.
    const found = table(readMilestoneTableStored(sheet, []));
    expect(found.stored).toBe(false);
    expect(contractStart(sheet, found.table)?.slipDays).toBe(1188);
  });

  it("finds each kept column again by its header after a column is inserted before them", () => {
    const sheet = sheetOf(inserted(timelineTracker("revised"), 1, "Lead officer", "Head of Commissioning"));
    const read = table(readMilestoneTableStored(sheet, [rebaselined()]));
    // Every column from B moved one to the right: the baseline is D, the forecast E, the status F.
    expect(read.table.columns).toMatchObject({ milestone: 0, baseline: 3, forecast: 4, status: 5 });
    expect(read.table.mapping.roles.baseline).toMatchObject({ column: 3, header: "Revised (Jun 2025)" });
    expect(contractStart(sheet, read.table)?.slipDays).toBe(91);
    expect(read.table.findings).toEqual([]);
  });

  it("finds a kept header retyped in another case or spacing, as Excel shows it the same", () => {
    const sheet = sheetOf(renamed(timelineTracker("revised"), 2, " revised  (JUN 2025)"));
    const read = table(readMilestoneTableStored(sheet, [rebaselined()]));
    expect(read.table.columns.baseline).toBe(2);
    expect(contractStart(sheet, read.table)?.slipDays).toBe(91);
  });

  it("adds no version to the by-report layout, whose versions are its reports", () => {
    const rows = timelineTracker("byReport").map((row, r) => (r === 3 ? [...row, "Latest update"] : r > 3 ? [...row, "On track"] : row));
    const sheet = sheetOf(rows);
    const found = detectMilestoneTable(sheet);
    if (!found) throw new Error("no timeline");
    const entry = storedTimelineColumns(sheet, found);
    expect(entry.notVersions).toEqual([]);
    const read = table(readMilestoneTableStored(sheet, [entry]));
    expect(read.table.findings).toEqual([]);
    expect(read.table.versions.map((v) => v.label)).toEqual(["23 June 2025", "15 September 2025"]);
  });

  it("refuses, naming the header, when a kept header is renamed away", () => {
    const sheet = sheetOf(renamed(timelineTracker("revised"), 2, "Revised (June 2025)"));
    expect(readMilestoneTableStored(sheet, [rebaselined()])).toEqual({
      ok: false,
      error: { kind: "value", message: 'The timeline columns stored for "Timeline" name "Revised (Jun 2025)" (baseline), but header row 4 no longer has that column. Nothing was read: choose the columns again on the Columns card.' },
    });
  });

  it("refuses a kept header that two columns now carry: which one is meant cannot be told", () => {
    const sheet = sheetOf(inserted(timelineTracker("revised"), 5, "Revised (Sep 2025)", "1 January 2027"));
    const read = readMilestoneTableStored(sheet, [rebaselined()]);
    expect(read).toMatchObject({ ok: false, error: { message: expect.stringContaining('name "Revised (Sep 2025)" (forecast version), but header row 4 has more than one column headed so') } });
  });

  it("reads a version column added since the columns were kept as the latest version, and says so", () => {
    // The December 2025 committee's re-plan, typed as a new column F: the contract start moves to 1 March 2027.
    const rows = inserted(timelineTracker("revised"), 5, "Revised (Dec 2025)", null).map((row) => (row[0] === "Contract start" ? row.map((v, c) => (c === 5 ? "1 March 2027" : v)) : row));
    const sheet = sheetOf(rows);
    const read = table(readMilestoneTableStored(sheet, [rebaselined()]));
    expect(read.table.versions.map((v) => v.label)).toEqual(["Revised (Sep 2025)", "Revised (Dec 2025)"]);
    expect(read.table.findings).toEqual([{ cell: "Timeline!F4", severity: "info", message: '"Revised (Dec 2025)" is read as a forecast version: it was not on the sheet when the columns were kept. Keep the columns again to confirm it.' }]);
    // 1 Sep 2026 → 1 Mar 2027: September 30 + October 31 + November 30 + December 31 + January 31 + February 28 = 181.
    const analysis = analyseTimeline(sheet, read.table, []);
    expect(analysis.milestones.find((m) => m.milestone === "Contract start")).toMatchObject({ slipDays: 181, currentVersion: "Revised (Dec 2025)" });
    expect(analysis.findings[0].cell).toBe("Timeline!F4");
  });

  it("keeps a column taken off the versions off, so only a column added later is new", () => {
    // A comment column headed "Latest update" reads as a version by its header; its cells are no dates.
    const rows = inserted(timelineTracker("revised"), 5, "Latest update", "Awaiting legal sign-off");
    const sheet = sheetOf(rows);
    const found = detectMilestoneTable(sheet);
    if (!found) throw new Error("no timeline");
    // Found by meaning it is the current forecast (not dated, so the versions go left to right), with 0% confidence.
    expect(found.mapping.versions.map((v) => [v.header, v.confidence])).toEqual([["Revised (Jun 2025)", 1], ["Revised (Sep 2025)", 1], ["Latest update", 0]]);
    expect(contractStart(sheet, found)?.slipDays).toBeNull();
    const chosen = milestoneTableWith(sheet, found.headerRow, withVersion(columnsOfMapping(found.mapping), 2, null));
    if (!chosen.ok) throw new Error(chosen.error.message);
    const entry = storedTimelineColumns(sheet, chosen.value);
    expect(entry.notVersions).toEqual(["Latest update"]);
    const read = table(readMilestoneTableStored(sheet, [entry]));
    expect(read.table.findings).toEqual([]);
    // Back to the Revised (Sep 2025) forecast against the 2022 baseline: +1,188 days.
    expect(contractStart(sheet, read.table)?.slipDays).toBe(1188);
  });

  it("keeps the by-committee-report layout's columns", () => {
    const sheet = sheetOf(timelineTracker("byReport"));
    const found = detectMilestoneTable(sheet);
    if (!found) throw new Error("no timeline");
    const entry = storedTimelineColumns(sheet, found);
    expect(entry).toEqual({ kind: "timeline", sheet: "Timeline", headerRow: 3, layout: "byReport", headers: { milestone: "Milestone", report: "Committee report", date: "Date" }, versions: [], notVersions: [] });
    const read = table(readMilestoneTableStored(sheet, [entry]));
    expect(read.stored).toBe(true);
    expect(contractStart(sheet, read.table)).toMatchObject({ slipDays: 1188, currentVersion: "15 September 2025" });
  });

  it("says a role it does not know rather than ignoring it", () => {
    const entry: StoredTimelineColumns = { ...rebaselined(), headers: { milestone: "Milestone", owner: "Status" } };
    expect(readMilestoneTableStored(revised(), [entry])).toMatchObject({ ok: false, error: { message: expect.stringContaining('name a column "Status" as "owner", which this version of the add-in does not know') } });
  });
});

describe("the columns a timeline cannot be read without", () => {
  it.each([
    [{ milestone: 0, baseline: 1 }, [], ["forecast or revised"]],
    [{ milestone: 0 }, [2], ["baseline (or a second forecast column)"]],
    [{ baseline: 1 }, [2, 3], ["milestone"]],
    [{ milestone: 0 }, [], ["baseline (or a second forecast column)", "forecast or revised"]],
    [{ milestone: 0 }, [2, 3], []],
    // The baseline's own column among the versions is the baseline, not a forecast too.
    [{ milestone: 0, baseline: 2 }, [2], ["forecast or revised"]],
  ])("roles %j, versions %j: missing %j", (roles, versions, missing) => {
    expect(missingTimelineColumns({ layout: "columns", roles, versions })).toEqual(missing);
  });

  it("names the by-report layout's committee report and date", () => {
    expect(missingTimelineColumns({ layout: "byReport", roles: { milestone: 0 }, versions: [] })).toEqual(["committee report", "date as reported"]);
  });

  it("names what a sheet headed as a timeline lacks, and takes no other sheet for one", () => {
    const rows = timelineTracker("revised");
    // Milestone | Baseline | Status: no forecast. Milestone | Revised (Jun 2025): one version, so no baseline either.
    expect(incompleteTimeline(sheetOf(rows.map((row) => [row[0] ?? null, row[1] ?? null, row[4] ?? null])))).toEqual({ headerRow: 3, missing: ["forecast or revised"] });
    expect(incompleteTimeline(sheetOf(rows.map((row) => [row[0] ?? null, row[2] ?? null])))).toEqual({ headerRow: 3, missing: ["baseline (or a second forecast column)"] });
    // A list of milestones with no dates at all is not taken for a timeline; nor is a whole one.
    expect(incompleteTimeline(sheetOf(rows.map((row) => [row[0] ?? null, row[4] ?? null])))).toBeNull();
    expect(incompleteTimeline(revised())).toBeNull();
  });
});
