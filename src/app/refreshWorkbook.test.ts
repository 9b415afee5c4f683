/** Refresh on the bundled sample workbook (55 measures, text as printed) through the xlsx adapter. */
import { cellAt, changedCells, openSample, snapshotCells, typeInto } from "../../test/helpers/sampleWorkbook";
import { parseSettings } from "../engine/scorecard/settings";
import { summarise } from "../engine/scorecard/summary";
import { strFromU8, unzipSync } from "fflate";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { formulasOverwritten } from "../engine/scorecard/refresh";
import { refreshWorkbook } from "./refreshWorkbook";

const NOW = new Date("2022-03-28T09:00:00Z");

describe("refreshing the sample scorecard", () => {
  it("finds the table with no mapping, rates every measure with a target and a direction, and leaves the rest unrated with the reason", async () => {
    const book = await openSample();
    const result = await refreshWorkbook(book, { scope: "active", now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const { refresh } = result.value;
    expect(refresh.tables).toHaveLength(1);
    const outcomes = refresh.tables[0].outcomes;
    expect(outcomes).toHaveLength(55);
    expect(summarise(refresh.tables).counts).toEqual({ Green: 4, Amber: 1, Red: 1, "Not rated": 49 });
    const reasons = outcomes.filter((o) => o.rating === "").reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.explanation]: (acc[o.explanation] ?? 0) + 1 }), {});
    expect(reasons).toEqual({ "No rating: there is no target.": 48, "No rating: there is no value.": 1 });
    expect(outcomes.find((o) => o.measure.startsWith("Timeliness of DOLS"))?.explanation).toBe("No rating: there is no value.");
    expect(outcomes.find((o) => o.measure.startsWith("Percentage of clients who have received long term support for 12"))?.explanation).toBe(
      "Red: 55.5% is 19.5 percentage points below the target of 75% (high is good; tolerance 5%).",
    );
  });

  it("changes only the RAG cells, and a second refresh changes nothing", async () => {
    const book = await openSample();
    const before = await snapshotCells(book);
    const first = await refreshWorkbook(book, { scope: "active", now: NOW });
    expect(first).toMatchObject({ ok: true, value: { applied: true } });
    const after = await snapshotCells(book);
    const changed = changedCells(before, after);
    // Besides the ratings: the settings, and the history the Apply records (one row per measure, the first time).
    expect(changed.every((key) => key.startsWith("Scorecard!L") || key.startsWith("ScorecardSettings!") || key.startsWith("Scorecard history!"))).toBe(true);
    expect(changed.filter((key) => key.startsWith("Scorecard!L"))).toEqual(["Scorecard!L13", "Scorecard!L17", "Scorecard!L23", "Scorecard!L25", "Scorecard!L6", "Scorecard!L8"]);
    expect(book.sheetState("ScorecardSettings")).toBe("veryHidden");

    const second = await refreshWorkbook(book, { scope: "active", now: NOW });
    expect(second).toMatchObject({ ok: true, value: { applied: false, noChange: true } });
    expect(changedCells(after, await snapshotCells(book))).toEqual([]);
  });

  it("logs what moved since last time, and summarises ratings that got worse", async () => {
    const book = await openSample();
    await refreshWorkbook(book, { scope: "active", now: NOW });
    // Next quarter's YTD for 65+ admissions is pasted in: 560 against "<530" is Red.
    await typeInto(book, { "Scorecard!K8": 560 });
    const next = await refreshWorkbook(book, { scope: "active", now: new Date("2022-06-27T09:00:00Z") });
    if (!next.ok) throw new Error(next.error.message);
    expect(next.value.refresh.ratingChanges.count).toBe(1);
    expect(next.value.refresh.ratingChanges.kept).toEqual([{ cell: "Scorecard!L8", measure: expect.stringContaining("65+ age band (total"), from: "Green", to: "Red" }]);
    const highlights = summarise(next.value.refresh.tables).highlights.filter((h) => h.row === 7);
    expect(highlights.map((h) => h.reason)).toEqual(["Red", "Got worse", "Worsening"]);
    // The list leads with what a committee asks about: Reds, Ambers, worse than last time, then worsening.
    const reasons = summarise(next.value.refresh.tables).highlights.map((h) => h.reason);
    const order = ["Red", "Amber", "Got worse", "Worsening"];
    expect(reasons.map((r) => order.indexOf(r))).toEqual([...reasons.map((r) => order.indexOf(r))].sort((a, b) => a - b));
    expect(reasons.slice(0, 3)).toEqual(["Red", "Red", "Amber"]);
    const stored = parseSettings(await book.readContext().then((c) => c.settings));
    expect(stored.ok && stored.value.log.map((entry) => entry.changes.length)).toEqual([1, 6]);
  });

  it("writes nothing when planning fails: the stored header is renamed beyond recognition", async () => {
    const book = await openSample();
    await refreshWorkbook(book, { scope: "active", now: NOW });
    await typeInto(book, { "Scorecard!A4": "Ref", "Scorecard!K8": 560 });
    const before = await snapshotCells(book);
    const result = await refreshWorkbook(book, { scope: "active", now: NOW });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('the "Measure" column (A at set-up) is no longer on "Scorecard" row 4') } });
    expect(changedCells(before, await snapshotCells(book))).toEqual([]);
  });

  it("adds a RAG column after the table where there is none, and live formulas in formula mode", async () => {
    const book = await openSample();
    await typeInto(book, { "Scorecard!L4": null });
    const result = await refreshWorkbook(book, { scope: "active", now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const table = result.value.refresh.tables[0].table;
    expect(table.rules.outputs.rag).toBe(13); // N: the first empty column right of the comments
    expect((await cellAt(book, "Scorecard!N4")).value).toBe("RAG");
    expect((await cellAt(book, "Scorecard!N8")).value).toBe("Green");

    const formulas = { ...result.value.refresh.settings, tables: [{ ...table, rules: { ...table.rules, mode: "formulas" as const } }] };
    const live = await refreshWorkbook(book, { scope: "active", now: NOW, settings: formulas });
    expect(live.ok).toBe(true);
    expect((await cellAt(book, "Scorecard!N8")).formula).toBe("=SCORECARD.RAG(K8,E8,B8,0.05)");
    // The formulas replace the values they work out again: cells change, ratings do not, and the log says so.
    if (!live.ok) throw new Error(live.error.message);
    expect(live.value.refresh.plan.changes.length).toBeGreaterThan(0);
    expect(live.value.refresh.ratingChanges).toEqual({ count: 0, kept: [] });
    const again = await refreshWorkbook(book, { scope: "active", now: NOW, settings: live.ok ? live.value.refresh.settings : formulas });
    expect(again).toMatchObject({ ok: true, value: { noChange: true } });

    // In the file the functions are spelled as Excel keeps them: one stored as typed opens as #NAME? for good.
    const sheetXml = strFromU8(unzipSync(book.save())["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).toContain("<f>_xldudf_SCORECARD_RAG(K8,E8,B8,0.05)</f>");
    expect(sheetXml).not.toMatch(/<f>[^<]*SCORECARD\./);
  });

  it("reads a workbook Excel saved after a formula-mode refresh as it shows it: nothing to change, no formula of its own overwritten", async () => {
    // Saved as Excel keeps it: every rating cell's formula is _xldudf_SCORECARD_RAG(…) in the file.
    const book = await openSample();
    const first = await refreshWorkbook(book, { scope: "active", now: NOW });
    if (!first.ok) throw new Error(first.error.message);
    const [table] = first.value.refresh.settings.tables;
    const formulas = { ...first.value.refresh.settings, tables: [{ ...table, rules: { ...table.rules, mode: "formulas" as const } }] };
    expect(await refreshWorkbook(book, { scope: "active", now: NOW, settings: formulas })).toMatchObject({ ok: true });
    const saved = XlsxWorkbook.open(book.save());
    expect((await cellAt(saved, "Scorecard!L8")).formula).toBe("=SCORECARD.RAG(K8,E8,B8,0.05)");

    const again = await refreshWorkbook(saved, { scope: "active", now: NOW, dryRun: true });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.refresh.plan.changes).toEqual([]);
    expect(formulasOverwritten(again.value.refresh.tables)).toEqual({ count: 0, first: null });
  });
});
