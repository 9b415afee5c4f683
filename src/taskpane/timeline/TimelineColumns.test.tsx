/**
 * Correcting the Timeline view's columns and keeping them in the workbook, on the strict Office fake: a programme
 * re-baselined at the June 2025 committee (test/helpers/generateTrackers.ts, "revised" wording) has its slips
 * measured from the re-baselined plan once the analyst chooses "Revised (Jun 2025)" as the baseline.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FakeExcel } from "../../../test/helpers/fakeExcel";
import { timelineTracker } from "../../../test/helpers/generateTrackers";
import { OfficeWorkbook } from "../../adapters/office/officeWorkbook";
import { parseSettings } from "../../engine/scorecard/settings";
import type { TimelineGanttProps } from "./TimelineGantt";
import { TimelineView } from "./TimelineView";

function NoGantt({ milestones }: TimelineGanttProps) {
  return <div>chart of {milestones.length} stages</div>;
}

async function find(excel: FakeExcel): Promise<{ changed: jest.Mock; unmount: () => void }> {
  const changed = jest.fn();
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <TimelineView workbook={new OfficeWorkbook(excel.run, false)} onWorkbookChanged={changed} Gantt={NoGantt} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Find milestone table on this sheet" }));
  await screen.findByRole("list", { name: "Stages" });
  return { changed, unmount };
}

const stage = (name: string) => within(screen.getByRole("list", { name: "Stages" })).getAllByRole("listitem").find((item) => item.textContent?.includes(name))?.textContent ?? "";
const select = (name: string) => screen.getByRole("combobox", { name }) as HTMLSelectElement;

async function storedTrackers(excel: FakeExcel) {
  const parsed = parseSettings((await new OfficeWorkbook(excel.run, false).readContext()).settings);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.trackers;
}

// Against the 28 March 2022 baseline (B): 31 Aug 2023 → 1 Dec 2026, 365 + 366 + 365 = 1,096 days to 31 Aug 2026,
// +1 to 1 Sep, + September 30, October 31, November 30 = 1,188 days; 3 years 3 months = 39 months.
const DETECTED = "31 August 2023 → 1 December 2026: +1,188 days (39 months); forecast from Revised (Sep 2025): +91 days since Revised (Jun 2025); not yet recorded";
// Against the June 2025 plan (C): 1 Sep 2026 → 1 Dec 2026 = 30 + 31 + 30 = 91 days, 3 months; over 90 days, Red.
const REBASELINED = "Red Contract start1 September 2026 → 1 December 2026: +91 days (3 months); not yet recorded";

describe("the Timeline view's Columns card", () => {
  afterEach(cleanup);

  it("shows each column with its confidence and the date its header names", async () => {
    await find(new FakeExcel({ Timeline: timelineTracker("revised") }));
    expect(stage("Contract start")).toContain(DETECTED);
    expect(select("Milestone (100%)").value).toBe("0");
    expect(select("Baseline (100%)").value).toBe("1");
    expect(select("Forecast version 1 (100%)").value).toBe("2");
    expect(select("Current forecast (100%)").value).toBe("3");
    // Every Status cell is blank: its header says status, its cells cannot say how well they fit (½).
    expect(select("Status (50%)").value).toBe("4");
    expect(screen.getByText("Dated 1 September 2025 by its header.")).toBeTruthy();
    expect(select("Baseline (100%)").selectedOptions[0].textContent).toBe("B: Baseline");
  });

  it("recomputes the slips from a corrected column, keeps it, and the next Find reads with it", async () => {
    const excel = new FakeExcel({ Timeline: timelineTracker("revised") });
    const { changed, unmount } = await find(excel);
    expect(screen.queryByRole("button", { name: "Keep these columns in the workbook" })).toBeNull();
    fireEvent.change(select("Baseline (100%)"), { target: { value: "2" } });
    expect(stage("Contract start")).toBe(REBASELINED);
    // Market engagement: June, July and August 2025 in both reports: 1 June 2025 → 1 June 2025, no slip, Green.
    expect(stage("Market engagement")).toBe("Green Market engagement1 June 2025 → 1 June 2025: 0 days (0 months); not yet recorded");
    // Tender go live: 1 Sep 2025 → 1 Nov 2025 = 30 + 31 = 61 days, 2 months: Amber (over 30, up to 90).
    expect(stage("Tender go live")).toContain("Amber");
    expect(stage("Tender go live")).toContain("1 September 2025 → 1 November 2025: +61 days (2 months)");
    expect(select("Current forecast (100%)").value).toBe("3");
    expect(screen.queryByRole("combobox", { name: /Forecast version 1/ })).toBeNull();
    // Nothing is stored until the analyst says so.
    expect(excel.sheets.has("ScorecardSettings")).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: "Keep these columns in the workbook" }));
    expect((await screen.findByRole("status")).textContent).toBe('Kept: "Timeline" is read with these columns from now on, here and from the command line.');
    expect(changed).toHaveBeenCalledTimes(1);
    expect(excel.sheets.get("ScorecardSettings")?.visibility).toBe("VeryHidden");
    expect(await storedTrackers(excel)).toEqual([
      { kind: "timeline", sheet: "Timeline", headerRow: 3, layout: "columns", headers: { milestone: "Milestone", baseline: "Revised (Jun 2025)", status: "Status" }, versions: ["Revised (Sep 2025)"], notVersions: [] },
    ]);

    // The pane opened again (a colleague, next quarter): the kept columns, not the 2022 baseline.
    unmount();
    await find(excel);
    expect(select("Baseline (100%)").value).toBe("2");
    expect(stage("Contract start")).toBe(REBASELINED);
    expect(screen.getByText("These are the columns stored in this workbook.")).toBeTruthy();
  });

  it("undoes keeping them: the settings as they were, the timeline read by meaning again", async () => {
    const excel = new FakeExcel({ Timeline: timelineTracker("revised") });
    await find(excel);
    fireEvent.change(select("Baseline (100%)"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Keep these columns in the workbook" }));
    await screen.findByRole("status");
    fireEvent.click(screen.getByRole("button", { name: "Undo keeping the columns" }));
    expect((await screen.findByText("Undone: the stored columns are as they were.")).getAttribute("role")).toBe("status");
    expect(await storedTrackers(excel)).toBeUndefined();
    expect(select("Baseline (100%)").value).toBe("1");
    expect(stage("Contract start")).toContain(DETECTED);
  });

  it("stops, naming it, when a column the timeline needs is not chosen", async () => {
    await find(new FakeExcel({ Timeline: timelineTracker("revised") }));
    fireEvent.change(select("Milestone (100%)"), { target: { value: "" } });
    expect(screen.getByText('The timeline on "Timeline" (header row 4) has no "milestone" column chosen. Nothing is read without it: choose one on the Columns card.')).toBeTruthy();
    // The stages are still those last read: nothing is claimed from the choice that cannot be read.
    expect(stage("Contract start")).toContain(DETECTED);
    expect(screen.queryByRole("button", { name: "Keep these columns in the workbook" })).toBeNull();
  });

  it("records a baseline with the corrected columns and keeps them chosen, kept or not", async () => {
    const excel = new FakeExcel({ Timeline: timelineTracker("revised") });
    await find(excel);
    fireEvent.change(select("Baseline (100%)"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Record baseline" }));
    // The sheet states 15 September 2025 (B2); the six stages' current forecasts (Revised (Sep 2025)) are recorded.
    expect(await screen.findByText('Recorded 6 stages as at 15 September 2025 on "Timeline baselines".')).toBeTruthy();
    expect(stage("Contract start")).toBe("Red Contract start1 September 2026 → 1 December 2026: +91 days (3 months); unchanged since first recorded");
    expect(select("Baseline (100%)").value).toBe("2");
    expect(screen.getByRole("button", { name: "Keep these columns in the workbook" })).toBeTruthy();
  });

  it("says which column a milestone table lacks, rather than that there is none", async () => {
    const rows = timelineTracker("revised").map((row) => row.slice(0, 2).concat(row.slice(4)));
    render(
      <FluentProvider theme={webLightTheme}>
        <TimelineView workbook={new OfficeWorkbook(new FakeExcel({ Timeline: rows }).run, false)} Gantt={NoGantt} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Find milestone table on this sheet" }));
    expect(await screen.findByText('The milestone table on "Timeline" (header row 4) has no "forecast or revised" column. Nothing is read without it: add the column, headed as the Timeline view reads it ("Forecast", "Revised (Sep 2025)", "Forecast at 23 Jun 2025").')).toBeTruthy();
  });

  it("shows the by-committee-report layout's columns: the report and the date as reported", async () => {
    await find(new FakeExcel({ Timeline: timelineTracker("byReport") }));
    expect(select("Milestone (100%)").value).toBe("0");
    expect(select("Committee report (100%)").value).toBe("1");
    expect(select("Date as reported (100%)").value).toBe("2");
    expect(screen.queryByRole("combobox", { name: /baseline|forecast/i })).toBeNull();
    expect(screen.getByText("Each committee report is a version: 28 March 2022 is the baseline, 15 September 2025 the current forecast.")).toBeTruthy();
    expect(stage("Contract start")).toContain("+1,188 days (39 months)");
  });
});
