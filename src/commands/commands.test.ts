/** The ribbon's first click: the action must be registered when the module runs, not when Office.onReady resolves. */
import { FakeExcel } from "../../test/helpers/fakeExcel";
import { scorecardRows } from "../../test/helpers/generateScorecard";
import { OfficeWorkbook } from "../adapters/office/officeWorkbook";
import { NOT_SET_UP, refreshWorkbook } from "../app/refreshWorkbook";
import { lastRibbonRefresh } from "../app/ribbonStatus";
import { refreshScorecards } from "./commands";

describe("ribbon commands", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    jest.resetModules();
  });

  it("registers refreshScorecards as soon as the module loads, before Office.onReady has resolved", () => {
    const associate = jest.fn();
    const onReady = jest.fn(() => new Promise(() => undefined)); // never resolves, as on a first ribbon click
    (globalThis as { Office?: unknown }).Office = { actions: { associate }, onReady };
    jest.isolateModules(() => {
      require("./commands");
    });
    expect(associate).toHaveBeenCalledTimes(1);
    expect(associate.mock.calls[0][0]).toBe("refreshScorecards");
    expect(typeof associate.mock.calls[0][1]).toBe("function");
  });

  it("registers nothing outside Office (the preview, tests)", () => {
    let registered: boolean | undefined;
    jest.isolateModules(() => {
      registered = (require("./commands") as typeof import("./commands")).registerRibbonActions(undefined);
    });
    expect(registered).toBe(false);
  });
});

/** The ribbon's Refresh against the strict fake Excel: it re-applies what is set up, and never sets up unseen. */
describe("the ribbon's Refresh scorecards", () => {
  const RAG = 11;
  const withOffice = (excel: FakeExcel) => {
    const showAsTaskpane = jest.fn(async () => undefined);
    Object.assign(globalThis, { Excel: { run: excel.run }, Office: { addin: { showAsTaskpane } } });
    return showAsTaskpane;
  };
  const click = async () => {
    const completed = jest.fn();
    await refreshScorecards({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
  };
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("on a workbook never set up writes nothing and opens the pane, which says why and what to do", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(55) });
    const showAsTaskpane = withOffice(excel);
    await click();
    expect(excel.cell("Scorecard", 7, RAG)).toBeUndefined(); // L8: no rating written
    expect(excel.sheets.has("ScorecardSettings")).toBe(false);
    expect(excel.sheets.get("Scorecard")?.conditionalFormats).toEqual([]);
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(lastRibbonRefresh()).toMatchObject({ ok: false, notSetUp: true, message: NOT_SET_UP });
  });

  it("re-applies a scorecard set up in the pane without opening it, and says how many ratings moved", async () => {
    const excel = new FakeExcel({ Scorecard: scorecardRows(55) });
    const showAsTaskpane = withOffice(excel);
    expect(await refreshWorkbook(new OfficeWorkbook(excel.run), { scope: "active" })).toMatchObject({ ok: true }); // set up in the pane
    expect(excel.cell("Scorecard", 7, RAG)?.value).toBe("Green"); // 438 admissions against "<530", low is good
    excel.cell("Scorecard", 7, 10)!.value = "600"; // next quarter's year to date
    await click();
    expect(excel.cell("Scorecard", 7, RAG)?.value).toBe("Red");
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(lastRibbonRefresh()).toMatchObject({ ok: true, message: "1 rating changed." });
  });
});
