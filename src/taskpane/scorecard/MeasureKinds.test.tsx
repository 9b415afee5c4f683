/** The wizard's measure kinds and the profiled-target rule, on the sample: shown, corrected, stored and applied. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { parseSettings } from "../../engine/scorecard/settings";
import { App } from "../App";

const loadFunctions = async () => [];

describe("measure kinds in the wizard", () => {
  it("lists each measure's kind, takes a correction, and rates counts against the target profiled to date", async () => {
    const workbook = await openSample();
    render(
      <FluentProvider theme={webLightTheme}>
        <App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole("button", { name: "Find scorecard on this sheet" }));
    fireEvent.click(await screen.findByRole("button", { name: "Check each measure's kind (55)" }, { timeout: 20_000 }));
    const kinds = await screen.findByRole("group", { name: "Measure kinds" });
    expect(within(kinds).getAllByRole("combobox")).toHaveLength(55);
    const admissions = within(kinds).getByRole("combobox", { name: "Row 8: Residential admissions for 65+ age band (total admissions year to date)" });
    expect((admissions as HTMLSelectElement).value).toBe("countCumulative");
    const carers = within(kinds).getByRole("combobox", { name: /^Row \d+: Numbers of distinct individuals supported through the Carers Hub/ });
    fireEvent.change(carers, { target: { value: "snapshot" } });
    expect((carers as HTMLSelectElement).value).toBe("snapshot");

    fireEvent.click(screen.getByRole("checkbox", { name: "Rate against the target profiled to date" }));
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    // 438 admissions after 3 of 4 quarters against "<530" × 3 / 4 = "<397.5": 40.5 over, 10%: Red, and said.
    expect(await screen.findByText(/The annual target "<530" is profiled to 3 of 4 periods: <397.5\./)).toBeTruthy();
    expect(screen.getByText("L8: (blank) → Red")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Apply to the workbook" }));
    await screen.findByRole("list", { name: "Areas for highlighting" });
    const stored = parseSettings((await workbook.readContext()).settings);
    if (!stored.ok) throw new Error(stored.error.message);
    const [table] = stored.value.tables;
    expect(table.rules.profileTarget).toBe(true);
    expect(table.kinds?.["Numbers of distinct individuals supported through the Carers Hub"]).toBe("snapshot");
    expect(Object.keys(table.kinds ?? {})).toHaveLength(55);
  }, 120_000); // 55 choices rendered in jsdom, on a shared machine
});
