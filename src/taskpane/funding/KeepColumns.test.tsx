/**
 * Keeping a corrected column in the workbook from the Funding view, on the strict Office fake: the correction is
 * stored in the very hidden settings sheet through a plan, read back by the next Find, and undone.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FakeExcel } from "../../../test/helpers/fakeExcel";
import { AUDITED_COLUMN, AUDITED_HEADER, auditedTracker } from "../../../test/helpers/auditedTracker";
import { OfficeWorkbook } from "../../adapters/office/officeWorkbook";
import { parseSettings } from "../../engine/scorecard/settings";
import type { FundingChartProps } from "./FundingChart";
import { FundingView } from "./FundingView";

function NoChart({ streams }: FundingChartProps) {
  return <div>chart of {streams.length} streams</div>;
}

async function find(excel: FakeExcel): Promise<{ changed: jest.Mock; unmount: () => void }> {
  const changed = jest.fn();
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <FundingView workbook={new OfficeWorkbook(excel.run, false)} onWorkbookChanged={changed} Chart={NoChart} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Find funding table on this sheet" }));
  await screen.findByRole("list", { name: "Streams" });
  return { changed, unmount };
}

async function storedTrackers(excel: FakeExcel) {
  const parsed = parseSettings((await new OfficeWorkbook(excel.run, false).readContext()).settings);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.trackers;
}

// WRRF Round 2 (108 of 111 days gone on 28 March 2022). Reported: £689,053, projected unspent
// £1,813,297 − £689,053 × 111/108 = £1,105,104. Audited: £1,200,000, so £1,813,297 − £1,233,333 = £579,964.
const REPORTED = /^£689,053 spent of £1,813,297; expected by now £1,764,289; projected unspent £1,105,104/;
const AUDITED = /^£1,200,000 spent of £1,813,297; expected by now £1,764,289; projected unspent £579,964/;

async function correctAndKeep(excel: FakeExcel): Promise<{ changed: jest.Mock; unmount: () => void }> {
  const shown = await find(excel);
  expect(within(screen.getByRole("list", { name: "Streams" })).getByText(REPORTED)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Keep these columns in the workbook" })).toBeNull();
  fireEvent.change(screen.getByRole("combobox", { name: "Amount spent (100%)" }), { target: { value: String(AUDITED_COLUMN) } });
  expect(await within(screen.getByRole("list", { name: "Streams" })).findByText(AUDITED)).toBeTruthy();
  // Nothing is stored until the analyst confirms.
  expect(excel.sheets.has("ScorecardSettings")).toBe(false);
  fireEvent.click(screen.getByRole("button", { name: "Keep these columns in the workbook" }));
  expect((await screen.findByRole("status")).textContent).toBe('Kept: "Appendix" is read with these columns from now on, here and from the command line.');
  return shown;
}

describe("keeping the Funding view's corrected columns in the workbook", () => {
  afterEach(cleanup);

  it("stores the correction on the very hidden settings sheet, and the next Find reads with it", async () => {
    const excel = new FakeExcel({ Appendix: auditedTracker() });
    const { changed, unmount } = await correctAndKeep(excel);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(excel.sheets.get("ScorecardSettings")?.visibility).toBe("VeryHidden");
    expect((await storedTrackers(excel))?.[0]).toMatchObject({ kind: "funding", sheet: "Appendix", headerRow: 3, headers: { spent: AUDITED_HEADER, allocation: "Allocation (£)" } });
    // The sheet itself is as it was: only settings were written.
    expect(excel.cell("Appendix", 3, AUDITED_COLUMN)?.value).toBe(AUDITED_HEADER);

    // The pane opened again (a colleague, next quarter): the stored columns, not "Expenditure to date".
    unmount();
    await find(excel);
    expect((screen.getByRole("combobox", { name: "Amount spent (100%)" }) as HTMLSelectElement).value).toBe(String(AUDITED_COLUMN));
    expect(within(screen.getByRole("list", { name: "Streams" })).getByText(AUDITED)).toBeTruthy();
    expect(screen.getByText("These are the columns stored in this workbook.")).toBeTruthy();
  });

  it("undoes keeping them: the settings as they were, the tracker read by meaning again", async () => {
    const excel = new FakeExcel({ Appendix: auditedTracker() });
    await correctAndKeep(excel);
    fireEvent.click(screen.getByRole("button", { name: "Undo keeping the columns" }));
    expect((await screen.findByText("Undone: the stored columns are as they were.")).getAttribute("role")).toBe("status");
    expect(await storedTrackers(excel)).toBeUndefined();
    expect((screen.getByRole("combobox", { name: "Amount spent (100%)" }) as HTMLSelectElement).value).toBe("5");
    expect(within(screen.getByRole("list", { name: "Streams" })).getByText(REPORTED)).toBeTruthy();
  });
});
