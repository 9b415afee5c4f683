/**
 * `report --json` and `check` on a timeline whose columns the analyst corrected and kept in the workbook: the JSON
 * says whether each tracker's mapping was kept or detected, the slips are worked from the kept column, and a kept
 * header renamed away is a problem naming it, never a slip read from another column.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { keepTimelineColumns } from "../app/keepColumns";
import { loadCommitteeReport } from "../app/committeeReport";
import { fundingTracker, timelineTracker } from "../../test/helpers/generateTrackers";
import { scorecardRows } from "../../test/helpers/generateScorecard";
import { generateWorkbook } from "../../test/helpers/xlsxGenerator";
import { columnsOfMapping, withRole } from "../engine/timeline/chooseColumns";
import { milestoneTableWith } from "../engine/timeline/milestoneTable";
import { detectMilestoneTable } from "../engine/timeline/timeline";
import { main } from "./main";

interface Json {
  tables: { kind: string; sheet: string; mapping: Record<string, unknown>; mappingSource?: string; columns?: unknown; baseline?: { label: string }; rows: Record<string, unknown>[] }[];
  problems: { kind: string; sheet: string; message: string; stored?: boolean }[];
}

function fileOf(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "scorecard-timeline-")), "timeline.xlsx");
  writeFileSync(file, bytes);
  return file;
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out, err };
}

async function report(bytes: Uint8Array): Promise<Json> {
  const result = await run("report", fileOf(bytes), "--json");
  expect({ code: result.code, err: result.err }).toEqual({ code: 0, err: [] });
  return JSON.parse(result.out.join("\n")) as Json;
}

/** The recommission timeline ("revised" wording) beside the funding appendix, with "Revised (Jun 2025)" kept as the baseline. */
async function keptWorkbook(): Promise<{ before: Uint8Array; workbook: XlsxWorkbook }> {
  const before = generateWorkbook({ sheets: [{ name: "Appendix", rows: fundingTracker("appendix") }, { name: "Timeline", rows: timelineTracker("revised") }] });
  const workbook = XlsxWorkbook.open(before);
  const sheet = await workbook.readSheet("Timeline");
  const found = detectMilestoneTable(sheet);
  if (!found) throw new Error("no timeline");
  const chosen = milestoneTableWith(sheet, found.headerRow, withRole(columnsOfMapping(found.mapping), "baseline", 2));
  if (!chosen.ok) throw new Error(chosen.error.message);
  const kept = await keepTimelineColumns(workbook, sheet, chosen.value);
  if (!kept.ok) throw new Error(kept.error.message);
  return { before, workbook };
}

describe("report --json with a timeline's columns kept in the workbook", () => {
  it("says the mapping is kept, and works each slip from the kept column", async () => {
    const { before, workbook } = await keptWorkbook();
    const detected = await report(before);
    expect(detected.tables.map((t) => [t.kind, t.mappingSource])).toEqual([["funding", "detected"], ["timeline", "detected"]]);
    // Found by meaning: the 2022 baseline (B). 31 Aug 2023 → 1 Dec 2026 = 1,096 + 1 + 30 + 31 + 30 = 1,188 days.
    expect(detected.tables[1].mapping).toEqual({ milestone: "A", baseline: "B", forecast: "D", status: "E" });
    expect(detected.tables[1].rows[5]).toMatchObject({ milestone: "Contract start", slipDays: 1188, slipMonths: 39 });

    const kept = await report(workbook.save());
    expect(kept.tables.map((t) => [t.kind, t.mappingSource])).toEqual([["funding", "detected"], ["timeline", "kept"]]);
    expect(kept.tables[1].mapping).toEqual({ milestone: "A", baseline: "C", forecast: "D", status: "E" });
    expect(kept.tables[1].baseline).toEqual({ label: "Revised (Jun 2025)", date: "2025-06-01" });
    // Each column with its header: the kept baseline C, and after it the one version left, D, dated by its header.
    expect(kept.tables[1].columns).toMatchObject({
      roles: { milestone: { column: "A", header: "Milestone" }, baseline: { column: "C", header: "Revised (Jun 2025)" }, status: { column: "E", header: "Status" } },
      versions: [{ column: "D", header: "Revised (Sep 2025)", date: "2025-09-01" }],
    });
    expect(detected.tables[1].columns).toMatchObject({
      roles: { baseline: { column: "B", header: "Baseline", confidence: 1 } },
      versions: [{ column: "C", header: "Revised (Jun 2025)", date: "2025-06-01" }, { column: "D", header: "Revised (Sep 2025)", date: "2025-09-01" }],
    });
    // From June 2025's 1 September 2026 to 1 December 2026: 30 + 31 + 30 = 91 days, 3 months; Red (over 90 days).
    expect(kept.tables[1].rows[5]).toMatchObject({ milestone: "Contract start", baseline: { start: "2026-09-01" }, slipDays: 91, slipMonths: 3, slipRating: "Red" });
    // Evaluation of tenders: 1 Nov 2025 → 1 Jan 2026 = 30 + 31 = 61 days, 2 months; Amber.
    expect(kept.tables[1].rows[2]).toMatchObject({ milestone: "Evaluation of tenders", slipDays: 61, slipMonths: 2, slipRating: "Amber" });
  });

  it("is a problem naming the kept header when it is renamed away: report, check and the committee paper stop on it", async () => {
    const { workbook } = await keptWorkbook();
    await workbook.apply({ changes: [{ kind: "value", sheet: "Timeline", row: 3, column: 2, value: "Revised (June 2025)" }], allowed: [{ sheet: "Timeline", top: 3, left: 2, bottom: 3, right: 2 }] });
    const message = 'The timeline columns stored for "Timeline" name "Revised (Jun 2025)" (baseline), but header row 4 no longer has that column. Nothing was read: choose the columns again on the Columns card.';
    const json = await report(workbook.save());
    expect(json.tables.map((t) => t.kind)).toEqual(["funding"]);
    expect(json.problems).toEqual([{ kind: "timeline", sheet: "Timeline", message, stored: true }]);
    const checked = await run("check", fileOf(workbook.save()));
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(`Timeline\terror\t${message}`);

    const paper = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(6, { targetOnEveryRow: true }) }, { name: "Timeline", rows: timelineTracker("revised") }] }));
    const sheet = await paper.readSheet("Timeline");
    const found = detectMilestoneTable(sheet);
    if (!found) throw new Error("no timeline");
    await keepTimelineColumns(paper, sheet, found);
    await paper.apply({ changes: [{ kind: "value", sheet: "Timeline", row: 3, column: 1, value: "Original baseline" }], allowed: [{ sheet: "Timeline", top: 3, left: 1, bottom: 3, right: 1 }] });
    expect(await loadCommitteeReport(paper, new Date("2025-09-15T09:00:00Z"))).toMatchObject({ ok: false, error: { message: expect.stringContaining('name "Baseline" (baseline), but header row 4 no longer has that column') } });
  });

  it("refuses to keep a column whose header another column shares: it could not be found again", async () => {
    const rows = timelineTracker("revised").map((row, r) => (r === 3 ? [...row, "Revised (Sep 2025)"] : row));
    const workbook = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Timeline", rows }] }));
    const sheet = await workbook.readSheet("Timeline");
    const found = detectMilestoneTable(sheet);
    if (!found) throw new Error("no timeline");
    expect(await keepTimelineColumns(workbook, sheet, found)).toMatchObject({ ok: false, error: { message: 'More than one column on header row 4 is headed "Revised (Sep 2025)", so the one chosen could not be found again. Rename one, then keep the columns.' } });
    expect((await workbook.readContext()).settings).toBeNull();
  });
});
