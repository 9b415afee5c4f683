/** The funding tab on the sample's tracker: statuses, deadlines and totals. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import type { FundingChartProps } from "./FundingChart";
import { FundingView } from "./FundingView";

function CountingChart({ streams }: FundingChartProps) {
  return <div>chart of {streams.length} streams</div>;
}

const inFluent = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

/** The view on the sample's Funding sheet with its table found; resolves to the streams list. */
async function openFunding(): Promise<HTMLElement> {
  const workbook = await openSample();
  workbook.setActiveSheet("Funding");
  inFluent(<FundingView workbook={workbook} Chart={CountingChart} />);
  fireEvent.click(screen.getByRole("button", { name: "Find funding table on this sheet" }));
  return screen.findByRole("list", { name: "Streams" });
}

describe("the Funding view on the sample workbook", () => {
  it("reads the tracker at the sheet's report date, lists deadlines and checks a stated total", async () => {
    const streams = await openFunding();
    expect((screen.getByRole("textbox", { name: "Report date" }) as HTMLInputElement).value).toBe("28/03/2022");
    expect(within(streams).getAllByText("Complete")).toHaveLength(6); // ICF rounds 1 to 5, LA Financial Support, Workforce Capacity
    expect(within(streams).getByText(/£689,053 spent of £1,813,297/)).toBeTruthy();
    expect(screen.getByText("chart of 12 streams")).toBeTruthy();

    fireEvent.change(screen.getByRole("spinbutton", { name: "Due within (days)" }), { target: { value: "10" } });
    const deadlines = await screen.findByRole("list", { name: "Deadlines" });
    // Omicron support was received on 1 January 2022: three months to spend it, so by 1 April.
    expect(within(deadlines).getByText("1 April 2022")).toBeTruthy();
    // The nine deadlines already passed with money unspent come first (the sample's spend-by and passport-by dates
    // before 28 March 2022), then the one due within 10 days.
    const items = within(deadlines).getAllByRole("listitem");
    expect(items).toHaveLength(10);
    expect(items.filter((li) => li.textContent?.startsWith("Overdue"))).toHaveLength(9);
    expect(items[9].textContent).toContain("1 April 2022");
    // The report's £19.14m of government (DHSC) money, against the DHSC rows: £19,136,177.
    fireEvent.change(screen.getByRole("textbox", { name: "DHSC: rows add up to £19,136,177" }), { target: { value: "£19.14m" } });
    expect(await screen.findByText("Matches, to the nearest £10,000")).toBeTruthy();
    // The same total written to the pound is checked to the pound.
    fireEvent.change(screen.getByRole("textbox", { name: "DHSC: rows add up to £19,136,177" }), { target: { value: "£19,140,000" } });
    expect(await screen.findByText("Differs by £3,823")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "All streams: rows add up to £22,936,177" }), { target: { value: "£23,000,000" } });
    expect(await screen.findByText("Differs by £63,823")).toBeTruthy();
  });

  it("reads a typed report date when the field is left, and says what is wrong with one it cannot read", async () => {
    const streams = await openFunding();
    const date = screen.getByRole("textbox", { name: "Report date" }) as HTMLInputElement;
    fireEvent.change(date, { target: { value: "sometime soon" } });
    fireEvent.blur(date);
    expect(await screen.findByText(/^The report date "sometime soon"/)).toBeTruthy();
    expect(within(streams).getAllByText("Complete")).toHaveLength(6); // still at 28/03/2022
    // A year earlier, before most rounds were spent, fewer are complete.
    fireEvent.change(date, { target: { value: "1 April 2021" } });
    fireEvent.blur(date);
    await waitFor(() => expect((screen.getByRole("textbox", { name: "Report date" }) as HTMLInputElement).value).toBe("01/04/2021"));
    expect(screen.queryByText(/^The report date "sometime soon"/)).toBeNull();
    expect(within(screen.getByRole("list", { name: "Streams" })).queryAllByText("Not started").length).toBeGreaterThan(0);
  });

  it("creates a tracker sheet with live formulas", async () => {
    const workbook = await openSample();
    const changed = jest.fn();
    inFluent(<FundingView workbook={workbook} onWorkbookChanged={changed} Chart={CountingChart} />);
    fireEvent.click(screen.getByRole("button", { name: "Create a tracker sheet" }));
    await waitFor(() => expect(changed).toHaveBeenCalled());
    expect(await workbook.sheetNames()).toContain("Funding streams");
  });
});
