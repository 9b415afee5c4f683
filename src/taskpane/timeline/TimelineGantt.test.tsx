/** The Gantt chart on the sample's programme: full stage names, year and quarter ticks, the sheet's report date. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import TimelineGantt from "./TimelineGantt";
import { TimelineView } from "./TimelineView";

describe("the Gantt chart", () => {
  it("names every stage in full, reads each bar's dates, and draws the report date from the sheet", async () => {
    const workbook = await openSample();
    workbook.setActiveSheet("Timeline");
    render(
      <FluentProvider theme={webLightTheme}>
        <TimelineView workbook={workbook} Gantt={TimelineGantt} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Find milestone table on this sheet" }));
    const chart = await screen.findByRole("figure", { name: "Baseline and forecast by stage" });
    const stages = within(chart).getByRole("list", { name: "Stages by date" });
    expect(within(stages).getAllByRole("listitem")).toHaveLength(8);
    // The two stages a truncating axis showed as "Tend…".
    expect(within(stages).getByText("Tender documents finalised")).toBeTruthy();
    expect(within(stages).getByText("Tender live")).toBeTruthy();
    const contract = within(stages).getByText("Contract start").closest("li") as HTMLElement;
    expect(within(contract).getAllByRole("img").map((bar) => bar.getAttribute("aria-label"))).toEqual(["Baseline: 31 August 2023", "Forecast: 1 September 2026"]);
    // The sheet's report date (B2, 23/06/2025), in the key, and as the line across the stages.
    expect(within(chart).getByText("Report date, 23 June 2025")).toBeTruthy();
    expect(chart.textContent).toMatch(/2023.*2024.*2025.*2026/);
    const lines = chart.querySelectorAll<HTMLElement>("[data-report-date]");
    expect(lines).toHaveLength(8);
    const bar = within(contract).getAllByRole("img")[1] as HTMLElement;
    // The forecast of 1 September 2026 starts after the report date line.
    expect(parseFloat(bar.style.left)).toBeGreaterThan(parseFloat(lines[0].style.left));
  });
});
