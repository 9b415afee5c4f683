/** Rolling the bundled sample forward through the xlsx adapter: a new year on a copy, a new quarter in place. */
import { cellAt, openSample, snapshotCells, typeInto } from "../../test/helpers/sampleWorkbook";
import { parseSettings } from "../engine/scorecard/settings";
import { summarise } from "../engine/scorecard/summary";
import { HISTORY_SHEET } from "../engine/scorecard/history";
import { applyNextQuarter, applyNextYear, planNextQuarter, planNextYear, undoRoll } from "./rollForward";
import { refreshWorkbook } from "./refreshWorkbook";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";

const NOW = new Date("2022-03-28T09:00:00Z");
const NEW = "Scorecard 2022-23";

/** The cells of one sheet in a snapshot, keyed by address without the sheet. */
function cellsOf(snapshot: Map<string, string>, sheet: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const [key, value] of snapshot) if (key.startsWith(`${sheet}!`)) cells.set(key.slice(sheet.length + 1), value);
  return cells;
}

const valueAt = (cells: Map<string, string>, address: string) => (cells.has(address) ? JSON.parse(cells.get(address)!).value : null);

describe("Start next financial year on the sample", () => {
  it("copies the sheet for 2022/23: headers moved on, the year to date as the year-end outturn, quarters and ratings cleared; the old sheet as it was", async () => {
    const book = await openSample();
    const before = await snapshotCells(book);
    const planned = await planNextYear(book, { keepTargets: true, keepComments: false });
    if (!planned.ok) throw new Error(planned.error.message);
    const { roll } = planned.value;
    expect(roll.sheet).toBe(NEW);
    expect(roll.headers).toEqual([
      { cell: "E4", from: "21-22 Target", to: "22-23 Target" },
      { cell: "F4", from: "Year end 2020-2021", to: "Year end 2021-2022" },
      { cell: "K4", from: "21-22 year to date", to: "22-23 year to date" },
    ]);
    // 48 of the 55 published rows have a year to date; one is "N/A", so 47 figures become outturns.
    expect(roll.outturns).toBe(47);
    // Cleared: the 161 quarter figures printed, the 48 year-to-date cells, and the 55 comments (the sample has no ratings yet).
    expect(roll.cleared).toBe(161 + 48 + 55);
    await applyNextYear(book, planned.value);

    const after = await snapshotCells(book);
    expect(cellsOf(after, "Scorecard")).toEqual(cellsOf(before, "Scorecard"));
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations", NEW]);
    const old = cellsOf(before, "Scorecard");
    const copy = cellsOf(after, NEW);
    expect(valueAt(copy, "E4")).toBe("22-23 Target");
    expect(valueAt(copy, "F4")).toBe("Year end 2021-2022");
    expect(valueAt(copy, "K4")).toBe("22-23 year to date");
    expect(valueAt(copy, "A1")).toBe("Adult Social Care Performance Scorecard – Quarter 3 2021/22"); // the title is the analyst's to word
    // 18-64 admissions: Q1 7, Q2 15, Q3 18, YTD 18; last year's outturn 13 becomes 18.
    expect([valueAt(old, "F6"), valueAt(copy, "F6")]).toEqual([13, 18]);
    // 65+ admissions: 443 → 438, the 2021/22 year to date; its "<530" target kept.
    expect([valueAt(old, "F8"), valueAt(copy, "F8"), valueAt(copy, "E8")]).toEqual([443, 438, "<530"]);
    // Learning disability employment: 12% → 5%.
    expect([valueAt(old, "F12"), valueAt(copy, "F12")]).toEqual([0.12, 0.05]);
    for (const cell of ["G6", "H6", "I6", "K6", "M6", "G8", "H8", "I8", "K8", "M8"]) expect({ cell, value: valueAt(copy, cell) }).toEqual({ cell, value: null });
    expect(valueAt(copy, "A8")).toBe(valueAt(old, "A8")); // the measure names stay
    // Nothing else on the copy differs from the old sheet: only the header row's year cells and columns F–K and M.
    const differing = [...new Set([...old.keys(), ...copy.keys()])].filter((cell) => old.get(cell) !== copy.get(cell));
    expect(differing.filter((cell) => !/^[FGHIJKM]\d+$/.test(cell) && cell !== "E4")).toEqual([]);

    const settings = parseSettings((await book.readContext()).settings);
    if (!settings.ok) throw new Error(settings.error.message);
    const carried = settings.value.tables.find((t) => t.sheet === NEW);
    expect(carried).toMatchObject({ id: `${NEW}!4`, period: { year: 2022, quarter: 1 }, mapping: { target: { header: "22-23 Target" }, previous: { header: "Year end 2021-2022" }, ytd: { header: "22-23 year to date" } } });
  });

  it("keeps the comments when asked, rolls the newest year next time, and a refresh of the new year rates it", async () => {
    const book = await openSample();
    const planned = await planNextYear(book, { keepTargets: true, keepComments: true });
    if (!planned.ok) throw new Error(planned.error.message);
    await applyNextYear(book, planned.value);
    expect((await cellAt(book, `'${NEW}'!M6`)).value).toBe("Admissions up on last year but normal pre-pandemic pattern; still below ideal of <30.");
    // Next time, the year rolled is the newest one.
    const again = await planNextYear(book, { keepTargets: true, keepComments: true });
    expect(again).toMatchObject({ ok: true, value: { roll: { source: NEW, sheet: "Scorecard 2023-24" } } });

    // Q1 2022/23: 150 admissions of 65+ against "<530" is Green; 18-64 has no figure yet, so no rating.
    await typeInto(book, { [`'${NEW}'!G8`]: 150, [`'${NEW}'!K8`]: 150 });
    const refreshed = await refreshWorkbook(book, { scope: "active", now: NOW });
    expect(refreshed).toMatchObject({ ok: true, value: { applied: true } });
    expect((await cellAt(book, `'${NEW}'!L8`)).value).toBe("Green");
    expect((await cellAt(book, `'${NEW}'!L6`)).value).toBeNull();
    expect((await cellAt(book, `'${NEW}'!K4`)).value).toBe("22-23 year to date");
  });

  it("refuses a year whose sheet is already there, writing nothing", async () => {
    const book = await openSample();
    await book.copySheet("Scorecard", NEW); // made by hand, say, before the add-in was asked
    const before = await snapshotCells(book);
    const planned = await planNextYear(book, { keepTargets: true, keepComments: true });
    expect(planned).toMatchObject({ ok: false, error: { message: `Nothing was written: a sheet called "${NEW}" already exists, so 2022/23 looks started already. Rename or delete that sheet to start it again.` } });
    expect(await snapshotCells(book)).toEqual(before);
  });

  it("undo takes the new sheet away and puts the settings back", async () => {
    const book = await openSample();
    const planned = await planNextYear(book, { keepTargets: false, keepComments: false });
    if (!planned.ok) throw new Error(planned.error.message);
    await applyNextYear(book, planned.value);
    await undoRoll(book, planned.value.undo);
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations"]);
    expect(parseSettings((await book.readContext()).settings)).toEqual({ ok: true, value: { version: 1, tables: [], log: [] } });
  });

  it("an undo refused because the analyst set a print area on the new sheet changes nothing: sheet and settings stay", async () => {
    const book = await openSample();
    const planned = await planNextYear(book, { keepTargets: false, keepComments: false });
    if (!planned.ok) throw new Error(planned.error.message);
    await applyNextYear(book, planned.value);
    const parts = unzipSync(book.save());
    const area = `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="5">'${NEW}'!$A$1:$M$60</definedName></definedNames>`;
    parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]).replace("</sheets>", `</sheets>${area}`));
    const printed = XlsxWorkbook.open(zipSync(parts));
    const settingsBefore = (await printed.readContext()).settings;
    await expect(undoRoll(printed, planned.value.undo)).rejects.toThrow(/^Nothing was written: the sheet "Scorecard 2022-23" was not deleted: the workbook has names scoped to "Scorecard 2022-23"/);
    expect(await printed.sheetNames()).toContain(NEW);
    expect((await printed.readContext()).settings).toBe(settingsBefore);
  });
});

describe("Start next quarter on the sample", () => {
  it("moves the report date three months on, keeps Q3's ratings in the history, and 'worse than last time' reads them in Q4", async () => {
    const book = await openSample();
    // 28/03/2022 is serial 44648 (1 January 2022 is 44562, then 31 + 28 + 27 days).
    await typeInto(book, { "Scorecard!A3": "Report date", "Scorecard!B3": 44648 });
    await refreshWorkbook(book, { scope: "active", now: NOW }); // rates Q3 and records it
    const planned = await planNextQuarter(book, NOW);
    if (!planned.ok) throw new Error(planned.error.message);
    const { roll } = planned.value;
    expect(roll).toMatchObject({ from: { year: 2021, quarter: 3 }, to: { year: 2021, quarter: 4 }, rated: 6, recorded: 0 });
    // 28 June 2022: 44648 + 31 (to 28 April) + 30 (to 28 May) + 31 (to 28 June) = 44740.
    expect(roll.reportDate).toEqual({ cell: "B3", from: "28/03/2022", to: "28/06/2022" });
    await applyNextQuarter(book, planned.value);
    expect((await cellAt(book, "Scorecard!B3")).value).toBe(44740);

    // Q4's year to date for 65+ admissions: 560 against "<530" is Red, where Q3 recorded Green.
    await typeInto(book, { "Scorecard!J8": 122, "Scorecard!K8": 560 });
    const q4 = await refreshWorkbook(book, { scope: "active", now: NOW, dryRun: true });
    if (!q4.ok) throw new Error(q4.error.message);
    const worse = summarise(q4.value.refresh.tables, q4.value.refresh.lastTime).highlights.filter((h) => h.reason === "Got worse");
    expect(worse.map((h) => [h.measure, h.detail])).toEqual([["Residential admissions for 65+ age band (total admissions year to date)", "Worse than last time: Green in Q3 2021/22, Red now."]]);
  });

  it("refuses Quarter 4, writing nothing: the next step is a new year", async () => {
    const book = await openSample();
    await typeInto(book, { "Scorecard!J6": 20 }); // a Quarter 4 figure makes the sheet report Q4
    const before = await snapshotCells(book);
    const planned = await planNextQuarter(book, NOW);
    expect(planned).toMatchObject({ ok: false, error: { message: "Nothing was written: Q4 2021/22 is the year's last quarter. Start the next financial year instead: it makes the new year's sheet." } });
    expect(await snapshotCells(book)).toEqual(before);
    expect(await book.sheetNames()).not.toContain(HISTORY_SHEET);
  });
});
