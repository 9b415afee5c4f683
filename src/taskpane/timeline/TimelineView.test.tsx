/** The timeline tab on the sample's programme: slippage, baselines and the chart. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { openSample, typeInto } from "../../../test/helpers/sampleWorkbook";
import type { XlsxWorkbook } from "../../adapters/xlsx/xlsxWorkbook";
import type { TimelineGanttProps } from "./TimelineGantt";
import { TimelineView } from "./TimelineView";

/** Stands in for the lazily loaded chart, recording what it was asked to draw. */
const drawn: TimelineGanttProps[] = [];
function RecordingGantt(props: TimelineGanttProps) {
  drawn.push(props);
  return <div>chart of {props.milestones.length} stages</div>;
}

/** Renders the view on the workbook's Timeline sheet and finds its milestones; returns the change callback. */
function openTimeline(workbook: XlsxWorkbook): jest.Mock {
  workbook.setActiveSheet("Timeline");
  const changed = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <TimelineView workbook={workbook} onWorkbookChanged={changed} Gantt={RecordingGantt} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Find milestone table on this sheet" }));
  return changed;
}

describe("the Timeline view on the sample workbook", () => {
  it("finds the milestones, states each slip, flags stages out of order, and records a baseline", async () => {
    const workbook = await openSample();
    const changed = openTimeline(workbook);
    const stages = await screen.findByRole("list", { name: "Stages" });
    expect(within(stages).getByText(/31 August 2023 → 1 September 2026: \+1,097 days \(36 months\)/)).toBeTruthy();
    expect(within(stages).getAllByText("Red")).toHaveLength(7);
    expect(screen.getByRole("list", { name: "Timeline checks" }).textContent).toContain("Timeline!D6");
    expect(screen.getByText("chart of 8 stages")).toBeTruthy();
    // What the chart was asked to draw: the eight stages in sheet order, each with its dates.
    const chart = drawn[drawn.length - 1];
    expect(chart.milestones.map((m) => m.milestone)).toHaveLength(8);
    expect(chart.milestones.every((m) => m.forecast !== null || m.baseline !== null)).toBe(true);
    expect(Number.isInteger(chart.reportDate)).toBe(true);

    // The sheet states its report date (B2): the view uses it, not today.
    expect((screen.getByRole("textbox", { name: "Report date" }) as HTMLInputElement).value).toBe("23/06/2025");
    expect(chart.reportDate).toBe(45831);

    // The sample already records the June 2025 re-plan as at 23 June 2025: recording it again adds nothing.
    fireEvent.click(screen.getByRole("button", { name: "Record baseline" }));
    expect(await screen.findByText("Nothing recorded: every stage's forecast is as last recorded.")).toBeTruthy();
    expect((await workbook.readSheet("Timeline baselines")).values.length).toBe(1 + 15);
    expect(changed).not.toHaveBeenCalled();
  });

  it("records a changed plan once, dated by the sheet's report date", async () => {
    const workbook = await openSample();
    await typeInto(workbook, { "Timeline!D12": "October 2026" }); // the contract start moves a month
    const changed = openTimeline(workbook);
    // Each stage says how its forecast moved, in words: a stage without a baseline claims no slip.
    const stageText = async (name: string) => {
      const items = within(await screen.findByRole("list", { name: "Stages" })).getAllByRole("listitem");
      return items.find((item) => item.textContent?.includes(name))?.textContent ?? "";
    };
    expect(await stageText("Governance to award")).toContain("no baseline; forecast 21 January 2026; unchanged since first recorded");
    expect(await stageText("Contract start")).toContain("31 August 2023 → 1 October 2026: +1,127 days (37 months); +1,127 days since first recorded, +30 days since the last record");
    fireEvent.click(screen.getByRole("button", { name: "Record baseline" }));
    expect(await screen.findByText('Recorded 8 stages as at 23 June 2025 on "Timeline baselines".')).toBeTruthy();
    const versions = await workbook.readSheet("Timeline baselines");
    expect(versions.values.length).toBe(1 + 15 + 8);
    expect(versions.values[versions.values.length - 1][0]).toBe(45831); // dated by the report date, not today
    expect(changed).toHaveBeenCalledTimes(1);
    expect(await stageText("Contract start")).toContain("+1,127 days since first recorded, unchanged since the last record");
  });

  it("says so when the sheet has no milestone table", async () => {
    const workbook = await openSample();
    render(
      <FluentProvider theme={webLightTheme}>
        <TimelineView workbook={workbook} Gantt={RecordingGantt} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Find milestone table on this sheet" }));
    expect(await screen.findByText('No milestone table was found on "Scorecard": it needs Milestone, Baseline and Forecast columns, several Forecast or Revised columns, or Milestone, Committee report and Date columns.')).toBeTruthy();
  });
});
