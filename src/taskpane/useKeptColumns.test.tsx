/**
 * The keep-and-undo hook both tracker views share, on the strict Office fake. The views' own tests (FundingView's
 * KeepColumns.test.tsx, TimelineColumns.test.tsx) keep and undo through it; here, what they do not reach: a keep
 * refused, under the view's title or the default one, and an undo Office refuses.
 */
import { act, renderHook } from "@testing-library/react";
import { FakeExcel } from "../../test/helpers/fakeExcel";
import { OfficeWorkbook } from "../adapters/office/officeWorkbook";
import { keepTrackerColumns } from "../app/keepColumns";
import { parseSettings } from "../engine/scorecard/settings";
import type { StoredTimelineColumns } from "../engine/sheet/storedTrackers";
import { SETTINGS_SHEET } from "../engine/sheet/workbook";
import { useKeptColumns } from "./useKeptColumns";
import { useTask } from "./useTask";

/** The Timeline sheet's columns as TimelineColumns.test.tsx keeps them: the June 2025 plan as the baseline. */
const ENTRY: StoredTimelineColumns = { kind: "timeline", sheet: "Timeline", headerRow: 3, layout: "columns", headers: { milestone: "Milestone", baseline: "Revised (Jun 2025)" }, versions: ["Revised (Sep 2025)"], notVersions: [] };

function setUp(excel: FakeExcel) {
  const workbook = new OfficeWorkbook(excel.run, false);
  const changed = jest.fn();
  const readAgain = jest.fn(async () => undefined);
  const kept = jest.fn();
  const { result } = renderHook(() => {
    const task = useTask();
    return { task, columns: useKeptColumns({ workbook, run: task.run, setError: task.setError, onWorkbookChanged: changed, readAgain }) };
  });
  const keep = () => act(() => result.current.columns.keep({ sheet: "Timeline", store: () => keepTrackerColumns(workbook, ENTRY), kept }));
  return { workbook, result, changed, readAgain, kept, keep };
}

async function storedTrackers(workbook: OfficeWorkbook) {
  const parsed = parseSettings((await workbook.readContext()).settings);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.trackers;
}

describe("useKeptColumns", () => {
  it("keeps, says so, and its undo puts the settings back and reads the tracker again", async () => {
    const { workbook, result, changed, readAgain, kept, keep } = setUp(new FakeExcel({ Timeline: [["Milestone"]] }));
    act(() => result.current.columns.setChanged(true));
    await keep();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(result.current.columns).toMatchObject({ changed: false, canUndo: true, done: 'Kept: "Timeline" is read with these columns from now on, here and from the command line.' });
    expect(await storedTrackers(workbook)).toEqual([ENTRY]);
    expect(changed).toHaveBeenCalledTimes(1);

    await act(() => result.current.columns.undoKeep());
    expect(await storedTrackers(workbook)).toBeUndefined();
    expect(readAgain).toHaveBeenCalledTimes(1);
    expect(result.current.columns).toMatchObject({ canUndo: false, done: "Undone: the stored columns are as they were." });
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it("a new Find forgets the last keep: nothing to undo, nothing said", async () => {
    const { result, keep } = setUp(new FakeExcel({ Timeline: [["Milestone"]] }));
    await keep();
    act(() => result.current.columns.forget());
    expect(result.current.columns).toMatchObject({ canUndo: false, done: null });
  });

  it("refuses to keep over settings it cannot read, saying the columns were not kept, writing nothing", async () => {
    const excel = new FakeExcel({ Timeline: [["Milestone"]], [SETTINGS_SHEET]: [["{not settings"]] });
    const { result, changed, kept, keep } = setUp(excel);
    act(() => result.current.columns.setChanged(true));
    await keep();
    expect(result.current.task.error?.title).toBe("The columns were not kept");
    expect(result.current.task.error?.message).toMatch(/The columns were not stored\.$/);
    // Still there to keep once the settings are sorted out; nothing to undo, nothing written.
    expect(result.current.columns).toMatchObject({ changed: true, canUndo: false, done: null });
    expect(kept).not.toHaveBeenCalled();
    expect(changed).not.toHaveBeenCalled();
    expect(excel.cell(SETTINGS_SHEET, 0, 0)?.value).toBe("{not settings");
  });

  it("says Not undone when Office refuses the undo, and keeps it to try again", async () => {
    const excel = new FakeExcel({ Timeline: [["Milestone"]] });
    const { result, changed, readAgain, keep } = setUp(excel);
    await keep();
    // The settings sheet gone and the structure protected since: the undo would have to add the sheet again.
    excel.sheets.delete(SETTINGS_SHEET);
    excel.structureProtected = true;
    await act(() => result.current.columns.undoKeep());
    expect(result.current.task.error).toEqual({ title: "Not undone", message: expect.stringMatching(/protected/) });
    expect(result.current.columns.canUndo).toBe(true);
    expect(readAgain).not.toHaveBeenCalled();
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
