/**
 * The Funding view on trackers in councils' own wordings (test/helpers/generateTrackers.ts): the figures worked by
 * hand in src/engine/funding/trackerWordings.test.ts, as the pane shows them.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { XlsxWorkbook } from "../../adapters/xlsx/xlsxWorkbook";
import { fundingTracker, type FundingWording } from "../../../test/helpers/generateTrackers";
import { generateWorkbook } from "../../../test/helpers/xlsxGenerator";
import type { FundingChartProps } from "./FundingChart";
import { FundingView } from "./FundingView";

function CountingChart({ streams }: FundingChartProps) {
  return <div>chart of {streams.length} streams</div>;
}

async function open(wording: FundingWording, edit: (rows: ReturnType<typeof fundingTracker>) => ReturnType<typeof fundingTracker> = (r) => r) {
  const workbook = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Funding", rows: edit(fundingTracker(wording)) }] }));
  render(
    <FluentProvider theme={webLightTheme}>
      <FundingView workbook={workbook} Chart={CountingChart} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Find funding table on this sheet" }));
}

describe("the Funding view on councils' own trackers", () => {
  it("reads the published appendix's layout: spend as expenditure, the period as a span, the estimate checked", async () => {
    await open("appendix");
    const streams = await screen.findByRole("list", { name: "Streams" });
    // WRRF Round 2: £689,053 spent of £1,813,297 (not £0 and Red with the whole allocation unspent).
    expect(within(streams).getByText(/£689,053 spent of £1,813,297; expected by now £1,764,289; projected unspent £1,105,104/)).toBeTruthy();
    // The estimated allocation's row is listed with a check naming E10, and left out of the chart and totals.
    expect(within(streams).getByText("Check E10")).toBeTruthy();
    expect(within(streams).getByText(/E10: the allocation "Estimated £3.6 million" is not an amount/)).toBeTruthy();
    expect(screen.getByText("chart of 5 streams")).toBeTruthy();
    expect(screen.getByRole("note").textContent).toBe('Leaves out 1 row that could not be read (each marked "Check").');
    // £1,105,103.64 + £307,692.31 + £156,239.02 = £1,569,034.97.
    expect(screen.getByText(/^Clawback risk: £1,569,035/)).toBeTruthy();
    // The mapping card: "Expenditure to date" as the amount spent, sure of it.
    expect((screen.getByRole("combobox", { name: "Amount spent (100%)" }) as HTMLSelectElement).value).toBe("5");
    // The five streams counted add up to £5,238,232; "£5.24 million" is checked to the nearest £10,000.
    fireEvent.change(screen.getByRole("textbox", { name: "All streams: rows add up to £5,238,232" }), { target: { value: "£5.24 million" } });
    expect(await screen.findByText("Matches, to the nearest £10,000")).toBeTruthy();
  });

  it("lists the passed deadlines first, each with the money unspent", async () => {
    await open("deadlines");
    const deadlines = await screen.findByRole("list", { name: "Deadlines" });
    const items = within(deadlines).getAllByRole("listitem").map((li) => li.textContent);
    // Care at Home's passport deadline, 21 December 2021, passed with £800,000 − £480,000 = £320,000 unspent.
    expect(items[0]).toBe("Overdue 21 December 2021 Passport to providers: Care at Home Incentive Fund; £320,000 unspent (as written)");
    expect(items.filter((t) => t?.startsWith("Overdue"))).toHaveLength(3);
    expect(items).toHaveLength(6);
  });

  it("takes a column chosen on the mapping card, and refuses a choice that leaves out the spend", async () => {
    await open("appendix");
    await screen.findByRole("list", { name: "Streams" });
    const spent = screen.getByRole("combobox", { name: "Amount spent (100%)" });
    fireEvent.change(spent, { target: { value: "" } });
    expect(await screen.findByText(/has no "amount spent" column chosen/)).toBeTruthy();
    // "Returned (£)" (G) chosen as the spend: a column whose header says otherwise is less sure (60%), and the
    // streams are read with it: ICF Round 5 now shows £33,365 "spent" of £1,283,276.
    fireEvent.change(spent, { target: { value: "6" } });
    expect(await screen.findByRole("combobox", { name: "Amount spent (60%)" })).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Streams" })).getByText(/£33,365 spent of £1,283,276/)).toBeTruthy();
  });

  it("stops with the missing column's name when there is no spend column", async () => {
    await open("appendix", (rows) => rows.map((row, r) => (r === 3 ? row.map((h) => (h === "Expenditure to date" ? "Paid out" : h)) : row)));
    expect(await screen.findByText(/has no "amount spent" column/)).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Streams" })).toBeNull();
  });
});
