/**
 * Stored settings that no longer read are never overwritten by accident: the pane stops and says so, Find and
 * Refresh wait, and only "Keep a copy and start afresh" writes, keeping the old text on a sheet of its own.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { parseSettings, UNREADABLE_SETTINGS_COPY } from "../../engine/scorecard/settings";
import { ScorecardView } from "./ScorecardView";

const DAMAGED = '{"version":1,"tables":[{"id":"t1","sheet":"Scorecard","headerRow":3'; // cut off mid-way

describe("unreadable stored settings", () => {
  it("stops with the reason, writes nothing until asked, then keeps a copy and starts afresh", async () => {
    const workbook = await openSample();
    await workbook.apply({ changes: [], allowed: [], settings: DAMAGED });
    const changed = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <ScorecardView workbook={workbook} onWorkbookChanged={changed} />
      </FluentProvider>,
    );
    expect(await screen.findByText(/cannot be read: The stored scorecard settings \(sheet "ScorecardSettings"\) are not readable JSON\./)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Find scorecard on this sheet" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Refresh scorecards" }) as HTMLButtonElement).disabled).toBe(true);
    expect((await workbook.readContext()).settings).toBe(DAMAGED);

    fireEvent.click(screen.getByRole("button", { name: "Keep a copy and start afresh" }));
    await waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    const copy = await workbook.readSheet(UNREADABLE_SETTINGS_COPY);
    expect(copy.values[2][0]).toBe(DAMAGED);
    expect(parseSettings((await workbook.readContext()).settings)).toMatchObject({ ok: true, value: { tables: [] } });
    await waitFor(() => expect((screen.getByRole("button", { name: "Find scorecard on this sheet" }) as HTMLButtonElement).disabled).toBe(false));
  });
});
