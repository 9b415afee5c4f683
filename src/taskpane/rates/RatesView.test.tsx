/** The rates tab: previews, written formulas and population checks. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { cellAt, openSample } from "../../../test/helpers/sampleWorkbook";
import { RatesView } from "./RatesView";

const inFluent = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("the Rates view on the sample workbook", () => {
  it("previews 65+ admissions per 100,000 against a stated population, then writes a live ASCOF formula", async () => {
    const workbook = await openSample();
    const changed = jest.fn();
    inFluent(<RatesView workbook={workbook} onWorkbookChanged={changed} />);
    const combobox = screen.getByRole("combobox", { name: "Measure" });
    fireEvent.click(combobox);
    fireEvent.change(combobox, { target: { value: "2C" } });
    fireEvent.click(await screen.findByRole("option", { name: /^2C \(2023-24\)/ }));
    fireEvent.change(screen.getByRole("textbox", { name: "Counts (numerator cells)" }), { target: { value: "Scorecard!G8:I8" } });
    workbook.selectRange({ sheet: "Populations", top: 2, bottom: 2, left: 2, right: 2 });
    fireEvent.click(screen.getByRole("button", { name: "Use selection for population (a cell or a number)" }));
    expect(await screen.findByDisplayValue("Populations!C3")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Write the formula in" }), { target: { value: "Scorecard!N8" } });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    const values = await screen.findByRole("list", { name: "Preview values" });
    // G8:I8 is a row of three counts: the formula in N8 spills right, into O8 and P8.
    expect(within(values).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["N8: 156.3", "O8: 333.3", "P8: 503.4"]);
    expect(screen.getByText('One formula, written in Scorecard!N8. Excel spills its 3 results into N8:P8 on "Scorecard": the cells after the first must be empty, or Excel shows #SPILL!.')).toBeTruthy();
    expect(screen.getByText('=SCORECARD.ASCOF("2C",G8:I8,Populations!C3,"2023-24")')).toBeTruthy();
    expect(screen.getByText(/^Population source: Implied by the published scorecard's rates/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Write the formula" }));
    expect(await screen.findByText("Wrote the formula in Scorecard!N8.")).toBeTruthy();
    expect((await cellAt(workbook, "Scorecard!N8")).formula).toBe('=SCORECARD.ASCOF("2C",G8:I8,Populations!C3,"2023-24")');
    expect(changed).toHaveBeenCalled();
  });

  it("writes a plain RATE for a non-ASCOF count, with the population chosen from the population table", async () => {
    const workbook = await openSample();
    inFluent(<RatesView workbook={workbook} />);
    const combobox = screen.getByRole("combobox", { name: "Measure" });
    fireEvent.click(combobox);
    fireEvent.click(await screen.findByRole("option", { name: "Any count per 100,000 (RATE)" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Counts (numerator cells)" }), { target: { value: "Scorecard!G47:I47" } });
    fireEvent.click(screen.getByRole("button", { name: "Choose from a population table" }));
    const table = await screen.findByRole("combobox", { name: "Population table" });
    fireEvent.click(table);
    fireEvent.click(await screen.findByRole("option", { name: "18+ 2021/22: 308,605" }));
    expect(await screen.findByDisplayValue("Populations!C5")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Write the formula in" }), { target: { value: "Scorecard!N47" } });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    const values = await screen.findByRole("list", { name: "Preview values" });
    // The published DOLS requests per 100,000: 270.9, 539.5, 826.3.
    expect(within(values).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["N47: 270.9", "O47: 539.5", "P47: 826.3"]);
    expect(screen.getByText("=SCORECARD.RATE(G47:I47,Populations!C5,100000)")).toBeTruthy();
    // Editing what the preview was made from takes its Write away.
    fireEvent.change(screen.getByRole("textbox", { name: "Write the formula in" }), { target: { value: "Scorecard!N48" } });
    expect(screen.queryByRole("button", { name: "Write the formula" })).toBeNull();
  });

  it("pairs count and rate rows, and once confirmed flags the 65+ prior year-end's population", async () => {
    inFluent(<RatesView workbook={await openSample()} />);
    fireEvent.click(screen.getByRole("button", { name: "Suggest count and rate pairs on this sheet" }));
    const pairs = await screen.findByRole("list", { name: "Rate pairs" });
    expect(within(pairs).getAllByRole("checkbox")).toHaveLength(4);
    expect(screen.queryByRole("list", { name: "Implied populations for row 9" })).toBeNull();
    fireEvent.click(within(pairs).getByRole("checkbox", { name: /Row 8 → row 9/ }));
    const implied = await screen.findByRole("list", { name: "Implied populations for row 9" });
    expect(within(implied).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Year end 2020-2021: 88,247 — differs from the other periods",
      "Quarter 1: 87,012",
      "Quarter 2: 87,009",
      "Quarter 3: 87,008",
      "Quarter 4: –",
    ]);
  });
});

describe("the Rates view's failures say what happened", () => {
  it("no measure chosen, and a formula that cannot be previewed, each under its own title", async () => {
    const workbook = await openSample();
    inFluent(<RatesView workbook={workbook} />);
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("No measure chosen")).toBeTruthy();
    const combobox = screen.getByRole("combobox", { name: "Measure" });
    fireEvent.click(combobox);
    fireEvent.click(await screen.findByRole("option", { name: "Any count per 100,000 (RATE)" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Counts (numerator cells)" }), { target: { value: "not a range" } });
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("The formula cannot be previewed")).toBeTruthy();
    expect(screen.getByText('"not a range" is not a cell or range such as I8:K8.')).toBeTruthy();
    expect(screen.queryByText(/did not finish/)).toBeNull();
  });
});
