/** The funding chart on the sample's tracker: every stream named in full, a £ scale, the whole key, amounts read out. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { openSample } from "../../../test/helpers/sampleWorkbook";
import FundingChart from "./FundingChart";
import { FundingView } from "./FundingView";

describe("the funding chart", () => {
  it("names each of the 12 streams in full, with its three amounts as the bars' accessible names", async () => {
    const workbook = await openSample();
    workbook.setActiveSheet("Funding");
    render(
      <FluentProvider theme={webLightTheme}>
        <FundingView workbook={workbook} Chart={FundingChart} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Find funding table on this sheet" }));
    const chart = await screen.findByRole("figure", { name: "Allocation, spent and expected by now, by stream" });
    const streams = within(chart).getByRole("list", { name: "Streams by amount" });
    const items = within(streams).getAllByRole("listitem");
    expect(items).toHaveLength(12);
    expect(within(streams).getByText("Workforce Recruitment and Retention Fund (Round 2)")).toBeTruthy();
    expect(within(streams).getByText("Care at Home Incentive Fund")).toBeTruthy();
    expect(within(items[0]).getAllByRole("img").map((bar) => bar.getAttribute("aria-label"))).toEqual([
      "Allocation: £5,320,292",
      "Spent: £5,320,292",
      "Expected by now: £5,320,292",
    ]);
    expect(within(within(chart).getByRole("list", { name: "Key" })).getAllByRole("listitem").map((key) => key.textContent)).toEqual(["Allocation", "Spent", "Expected by now"]);
    // The scale: round £ ticks past the largest stream, above and below the bars; the largest bar is on it.
    expect(chart.textContent).toContain("£0£2m£4m£6m");
    const widest = within(items[0]).getAllByRole("img")[0] as HTMLElement;
    expect(parseFloat(widest.style.width)).toBeCloseTo((5_320_292 / 6_000_000) * 100, 5);
  });
});
