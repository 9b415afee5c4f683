/** The "Scorecard history" sheet: appended once per changing Apply, never by an unchanged refresh, and put back by undo. */
import { cellAt, openSample, snapshotCells, typeInto } from "../../test/helpers/sampleWorkbook";
import { History, HISTORY_SHEET, readHistory } from "../engine/scorecard/history";
import { refreshWorkbook, undoApply } from "./refreshWorkbook";

const NOW = new Date("2022-03-28T09:00:00Z");

describe("the scorecard history", () => {
  it("records every measure on the first Apply, nothing on an unchanged refresh, and only what moved after that", async () => {
    const book = await openSample();
    const first = await refreshWorkbook(book, { scope: "active", now: NOW });
    expect(first).toMatchObject({ ok: true, value: { applied: true, refresh: { historyRecorded: 55 } } });
    expect(await book.sheetNames()).toContain(HISTORY_SHEET);
    expect(book.sheetState(HISTORY_SHEET)).toBe("visible");
    // Row 1 the headers; row 2 the first measure: 18-64 admissions, 18 against "<30", low is good → Green, dated
    // 28/03/2022 (serial 44648: 1 January 2022 is 44562, plus 31 + 28 + 27 days).
    const row = async (n: number) => Promise.all(["A", "B", "C", "D", "E", "F"].map(async (c) => (await cellAt(book, `'${HISTORY_SHEET}'!${c}${n}`)).value));
    expect(await row(1)).toEqual(["Recorded", "Sheet", "Measure", "Period", "Figure", "Rating"]);
    expect(await row(2)).toEqual([44648, "Scorecard", "Residential admissions for 18-64 age band (total admissions year to date)", "Q3 2021/22", 18, "Green"]);
    expect((await cellAt(book, `'${HISTORY_SHEET}'!A2`)).numberFormat).toBe("dd/mm/yyyy");
    expect(readHistory(await book.readSheet(HISTORY_SHEET))).toHaveLength(55);

    const unchanged = await snapshotCells(book);
    const second = await refreshWorkbook(book, { scope: "active", now: NOW });
    expect(second).toMatchObject({ ok: true, value: { applied: false, noChange: true } });
    expect(await snapshotCells(book)).toEqual(unchanged);

    // The 65+ year to date corrected to 560: its rating moves Green → Red, one row more; nothing else moved.
    await typeInto(book, { "Scorecard!K8": 560 });
    const third = await refreshWorkbook(book, { scope: "active", now: NOW });
    expect(third).toMatchObject({ ok: true, value: { applied: true, refresh: { historyRecorded: 1 } } });
    const entries = readHistory(await book.readSheet(HISTORY_SHEET));
    expect(entries).toHaveLength(56);
    expect(entries[55]).toEqual({ sheet: "Scorecard", measure: "Residential admissions for 65+ age band (total admissions year to date)", period: "Q3 2021/22", figure: 560, rating: "Red" });
    // Side by side, a measure's periods show the last record of each: one period so far.
    expect(new History(entries).quarters("Residential admissions for 65+ age band (total admissions year to date)")).toEqual([{ period: "Q3 2021/22", figure: 560, rating: "Red" }]);
  });

  it("undo of an Apply takes its history rows away again", async () => {
    const book = await openSample();
    await refreshWorkbook(book, { scope: "active", now: NOW });
    await typeInto(book, { "Scorecard!K8": 560 });
    const before = readHistory(await book.readSheet(HISTORY_SHEET));
    const applied = await refreshWorkbook(book, { scope: "active", now: NOW, withUndo: true });
    if (!applied.ok || !applied.value.refresh.undo) throw new Error("no undo");
    expect(readHistory(await book.readSheet(HISTORY_SHEET))).toHaveLength(56);
    await undoApply(book, applied.value.refresh.undo);
    expect(readHistory(await book.readSheet(HISTORY_SHEET))).toEqual(before);
  });
});
