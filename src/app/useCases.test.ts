/** The pane's use cases on the sample workbook: table set-up, reconciling rates, the timeline and funding trackers. */
import { openSample, typeInto } from "../../test/helpers/sampleWorkbook";
import { createFundingTracker, loadFunding } from "./fundingTracker";
import { reconcileActiveSheet } from "./reconcile";
import { findTableSetup, settingsWithTable, type TableSetup } from "./tableSetup";
import { createMilestoneSheet, loadTimeline, recordBaseline } from "./timelineBaselines";

describe("setting up a scorecard table", () => {
  it("finds the sample's table with its default rules, and stores it beside the tables already set up", async () => {
    const book = await openSample();
    const start = await findTableSetup(book);
    if (start.kind !== "setup" || !start.setup.ok) throw new Error("no set-up");
    const setup: TableSetup = start.setup.value;
    expect(setup.sheet.name).toBe("Scorecard");
    expect(setup.mapping.measure.column).toBeGreaterThanOrEqual(0);
    const other = { ...settingsWithTable(setup).tables[0], id: "other", sheet: "Elsewhere" };
    const stored = settingsWithTable({ ...setup, stored: { ...setup.stored, tables: [other] } });
    expect(stored.tables.map((t) => t.id)).toEqual(["other", settingsWithTable(setup).tables[0].id]);
  });

  it("stops at unreadable settings, keeping their text, before anything can overwrite them", async () => {
    const book = await openSample();
    jest.spyOn(book, "readContext").mockResolvedValue({ settings: "{not json", activeSheet: "Scorecard", sheetNames: ["Scorecard"] });
    expect(await findTableSetup(book)).toMatchObject({ kind: "unreadable", raw: "{not json" });
  });
});

describe("reconciling the sample's published rates", () => {
  it("pairs each rate row with its count row and flags the period whose population disagrees", async () => {
    const pairs = await reconcileActiveSheet(await openSample());
    if (!pairs.ok) throw new Error(pairs.error.message);
    const admissions = pairs.value.find((pair) => /65/.test(pair.rateMeasure) && pair.per === 100_000);
    expect(admissions).toBeDefined();
    expect(admissions!.periods.some((period) => period.flagged)).toBe(true);
    // The quarters imply the ONS 65+ estimate (87,009); the prior year end used another, and is flagged.
    const quarters = admissions!.periods.filter((period) => period.population !== null && !period.flagged);
    expect(quarters.map((period) => Math.round(period.population!))).toEqual([87_012, 87_009, 87_008]);
    expect(admissions!.periods.find((period) => period.flagged)?.period.period).toBe("Year end 2020-2021");
  });
});

describe("the timeline and funding trackers", () => {
  it("say which columns a table needs when the sheet has none", async () => {
    const book = await openSample();
    expect(await loadTimeline(book)).toMatchObject({ ok: false, error: { message: 'No milestone table was found on "Scorecard": it needs Milestone, Baseline and Forecast columns, several Forecast or Revised columns, or Milestone, Committee report and Date columns.' } });
    expect(await loadFunding(book)).toMatchObject({ ok: false, error: { message: 'No funding table was found on "Scorecard": it needs a fund name (Fund, Grant, Scheme, Name of fund…) and an allocation column.' } });
  });

  it("record a baseline once, then nothing while the forecasts are unchanged", async () => {
    const book = await openSample();
    book.setActiveSheet("Timeline");
    // The sample records its June 2025 re-plan already: recording that again adds nothing.
    const recorded = await loadTimeline(book);
    if (!recorded.ok) throw new Error(recorded.error.message);
    expect(recorded.value.reportDate).toBe(45_831);
    expect(await recordBaseline(book, recorded.value, 45_831)).toEqual({ recorded: 0 });
    await typeInto(book, { "Timeline!D12": "October 2026" }); // the contract start moves a month
    const timeline = await loadTimeline(book);
    if (!timeline.ok) throw new Error(timeline.error.message);
    expect(await recordBaseline(book, timeline.value, 46_000)).toEqual({ recorded: 8 });
    const again = await loadTimeline(book);
    if (!again.ok) throw new Error(again.error.message);
    expect(await recordBaseline(book, again.value, 46_001)).toEqual({ recorded: 0 });
  });

  it("create sheets that they then read, each selected for the analyst", async () => {
    const book = await openSample();
    const milestones = await createMilestoneSheet(book);
    expect((await book.readContext()).activeSheet).toBe(milestones);
    expect((await loadTimeline(book)).ok).toBe(true);

    const tracker = await createFundingTracker(book);
    expect((await book.readContext()).activeSheet).toBe(tracker);
    expect((await loadFunding(book)).ok).toBe(true);
  });
});
