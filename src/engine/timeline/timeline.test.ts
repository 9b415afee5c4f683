/** The programme timeline read from a sheet: stages, baselines and findings. */
import { cellAt, openSample } from "../../../test/helpers/sampleWorkbook";
import { serialOf } from "../dates/serial";
import { analyseTimeline, BASELINES_SHEET, detectMilestoneTable, planNewMilestoneSheet, planRecordBaseline, readVersions } from "./timeline";

async function sampleTimeline() {
  const book = await openSample();
  const [sheet, versionsSheet] = await book.readSheets(["Timeline", BASELINES_SHEET]);
  const table = detectMilestoneTable(sheet);
  if (!table) throw new Error("no milestone table");
  return { book, sheet, versionsSheet, table, versions: readVersions(versionsSheet) };
}

describe("the care at home recommission timeline in the sample workbook", () => {
  it("finds the milestone table by its headers", async () => {
    const { table } = await sampleTimeline();
    expect(table).toMatchObject({ sheet: "Timeline", headerRow: 3, columns: { programme: 0, milestone: 1, baseline: 2, forecast: 3, actual: 4, status: 5 } });
    expect(table.rows).toHaveLength(8);
  });

  it("states each stage's slip against the 2022 baseline and the recorded versions", async () => {
    const { sheet, table, versions } = await sampleTimeline();
    const { milestones } = analyseTimeline(sheet, table, versions);
    const start = milestones.find((m) => m.milestone === "Contract start")!;
    expect(start).toMatchObject({ slipDays: 1097, slipMonths: 36, rating: "Red", slipSinceOriginal: 1097, slipSincePrevious: 0 });
    const governance = milestones.find((m) => m.milestone === "Governance to award")!;
    expect(governance).toMatchObject({ baseline: null, slipDays: null, rating: null });
    expect(milestones.filter((m) => m.rating === "Red")).toHaveLength(7);
  });

  it("flags stages out of order, and unreadable dates with their cell", async () => {
    const { sheet, table, versions } = await sampleTimeline();
    const { findings } = analyseTimeline(sheet, table, versions);
    expect(findings.map((f) => f.cell)).toEqual(["Timeline!D6"]);
    expect(findings[0].message).toContain('"Tender documents finalised" ends (30 June 2025) before the stage above it, "Market engagement", ends (31 August 2025)');

    const broken = { ...sheet, values: sheet.values.map((row, r) => (r === 11 ? row.map((v, c) => (c === 3 ? "AH/15/2025-26" : v)) : row)) };
    const again = analyseTimeline(broken, table, versions);
    expect(again.findings).toContainEqual({ cell: "Timeline!D12", severity: "error", message: 'The forecast "AH/15/2025-26" is not a date: it looks like a report reference.' });
  });

  it("records the current forecasts as a dated version, writing only new rows", async () => {
    const { book, sheet, versionsSheet, table, versions } = await sampleTimeline();
    const analysis = analyseTimeline(sheet, table, versions);
    const today = serialOf(2025, 11, 24);
    const plan = planRecordBaseline(analysis, versionsSheet, today);
    expect(plan.createSheets).toEqual([]);
    await book.apply(plan);
    const recorded = readVersions(await book.readSheet(BASELINES_SHEET));
    expect(recorded.filter((v) => v.recorded === today)).toHaveLength(8);
    expect(recorded).toHaveLength(versions.length + 8);
  });

  it("creates the visible baselines sheet when there is none", async () => {
    const { sheet, table, versions } = await sampleTimeline();
    const plan = planRecordBaseline(analyseTimeline(sheet, table, versions), null, serialOf(2025, 11, 24));
    expect(plan.createSheets).toEqual([BASELINES_SHEET]);
    expect(plan.changes.slice(0, 6).map((c) => (c.kind === "value" ? c.value : null))).toEqual(["Recorded", "Programme", "Milestone", "Start", "End", "Date as written"]);
  });
});

describe("a new milestone sheet", () => {
  it("has the columns the Timeline view reads and live slippage formulas", async () => {
    const book = await openSample();
    const plan = planNewMilestoneSheet(await book.sheetNames(), 2);
    await book.apply(plan);
    const sheet = await book.readSheet("Milestones");
    expect(detectMilestoneTable(sheet)?.columns).toMatchObject({ programme: 0, milestone: 1, baseline: 2, forecast: 3, actual: 4, status: 5 });
    expect((await cellAt(book, "Milestones!H2")).formula).toBe('=IF(AND(C2<>"",D2<>""),SCORECARD.SLIPRAG(C2,D2,,,F2="Complete"),"")');
  });
});
