/** The preview's picture of the workbook shows what Excel would: live SCORECARD formulas with their values. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { openSample } from "../../test/helpers/sampleWorkbook";
import { PreviewShell } from "./PreviewShell";

describe("the preview's grid", () => {
  it("shows a written SCORECARD formula's value, not a blank cell", async () => {
    const book = await openSample();
    // What "Live SCORECARD formulas" writes for the 65+ admissions row (K8 438 against "<530", low is good).
    await book.apply({
      changes: [{ kind: "formula", sheet: "Scorecard", row: 7, column: 11, formula: "=SCORECARD.RAG(K8,E8,B8,0.05)" }],
      allowed: [{ sheet: "Scorecard", top: 7, bottom: 7, left: 11, right: 11 }],
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewShell fileName="sample.xlsx" openWorkbook={() => Promise.resolve(book)} loadFunctions={() => Promise.resolve([])} />
      </FluentProvider>,
    );
    const grid = await screen.findByRole("table", { name: "Sheet Scorecard" });
    const row = within(grid).getAllByRole("row")[8];
    expect(await within(row).findByText("Green")).toBeTruthy();
  });
});
