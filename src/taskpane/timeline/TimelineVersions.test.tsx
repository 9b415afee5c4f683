/**
 * The Timeline view on a programme re-planned in three committee reports (test/helpers/generateTrackers.ts): the
 * slips worked by hand in src/engine/timeline/timelineWordings.test.ts, as the pane says them.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { XlsxWorkbook } from "../../adapters/xlsx/xlsxWorkbook";
import { timelineTracker, type TimelineWording } from "../../../test/helpers/generateTrackers";
import { generateWorkbook } from "../../../test/helpers/xlsxGenerator";
import type { TimelineGanttProps } from "./TimelineGantt";
import { TimelineView } from "./TimelineView";

function CountingGantt(props: TimelineGanttProps) {
  return <div>chart of {props.milestones.length} stages</div>;
}

describe.each(["revised", "committees", "byReport"] as TimelineWording[])("the Timeline view, %s layout", (wording) => {
  it("takes the latest version as the forecast and says the slip since each earlier one", async () => {
    const workbook = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Timeline", rows: timelineTracker(wording) }] }));
    render(
      <FluentProvider theme={webLightTheme}>
        <TimelineView workbook={workbook} Gantt={CountingGantt} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Find milestone table on this sheet" }));
    const stages = await screen.findByRole("list", { name: "Stages" });
    const june = { revised: "Revised (Jun 2025)", committees: "Forecast at 23 Jun 2025", byReport: "23 June 2025" }[wording];
    const september = { revised: "Revised (Sep 2025)", committees: "Forecast at 15 Sep 2025", byReport: "15 September 2025" }[wording];
    // 31 Aug 2023 → 1 Dec 2026: +1,188 days, 39 months (not the first revision's +1,097); +91 since June 2025's 1 Sep 2026.
    expect(within(stages).getByText(`31 August 2023 → 1 December 2026: +1,188 days (39 months); forecast from ${september}: +91 days since ${june}; not yet recorded`)).toBeTruthy();
    expect(screen.getByText("chart of 6 stages")).toBeTruthy();
  });
});
