/** The direction of travel from the history: a new year's first quarter against last year's recorded figure. */
import { cellAt, openSample, typeInto } from "../../test/helpers/sampleWorkbook";
import { detectAll } from "../engine/scorecard/refresh";
import type { StoredSettings } from "../engine/scorecard/settings";
import { applyNextYear, planNextYear } from "./rollForward";
import { refreshWorkbook } from "./refreshWorkbook";

const NOW = new Date("2022-03-28T09:00:00Z");
const NEW = "Scorecard 2022-23";
const N = 13; // column N, empty on the sample: the direction output

/** The sample with Q4 2021/22 typed in and refreshed with a direction column: the history records Q4's figures. */
async function sampleRecordedAtQ4() {
  const book = await openSample();
  // Learning disability employment: Q4 and year to date 6.0%; 65+ admissions: Q4 122, year to date 560.
  await typeInto(book, { "Scorecard!J12": 0.06, "Scorecard!K12": 0.06, "Scorecard!J8": 122, "Scorecard!K8": 560 });
  const [table] = detectAll([await book.readSheet("Scorecard")]);
  const settings: StoredSettings = { version: 1, tables: [{ ...table, rules: { ...table.rules, outputs: { ...table.rules.outputs, direction: N } } }], log: [] };
  const q4 = await refreshWorkbook(book, { scope: "active", now: NOW, settings, justMapped: table.id });
  if (!q4.ok) throw new Error(q4.error.message);
  return book;
}

describe("the direction of travel from the history", () => {
  it("rates a new year's Q1 against last year's recorded Q4 figure where the sheet has no earlier quarter", async () => {
    const book = await sampleRecordedAtQ4();
    // The sheet's own Q3 → Q4: 5.0% → 6.0%, high is good.
    expect((await cellAt(book, "Scorecard!N12")).value).toBe("Improving");
    const planned = await planNextYear(book, { keepTargets: true, keepComments: false });
    if (!planned.ok) throw new Error(planned.error.message);
    await applyNextYear(book, planned.value);

    await typeInto(book, {
      // Learning disability employment, Q1 2022/23 4.0%: below Q4 2021/22's recorded 6.0% (its year to date), high is good → Worsening.
      [`'${NEW}'!G12`]: 0.04,
      [`'${NEW}'!K12`]: 0.04,
      // Living at home, Q1 90.0%: above the 85.0% recorded at Q4 (the year to date, untouched), high is good → Improving.
      [`'${NEW}'!G13`]: 0.9,
      [`'${NEW}'!K13`]: 0.9,
      // Self-directed support, Q1 90% and Q2 95% both on the sheet: 95 > 90, high is good → Improving, from the sheet,
      // though the 100% recorded at Q4 would say Worsening.
      [`'${NEW}'!G14`]: 0.9,
      [`'${NEW}'!H14`]: 0.95,
      [`'${NEW}'!K14`]: 0.95,
      // 65+ admissions, a count of the year to date: Q1's 150 is not comparable with last year's 560 → no direction.
      [`'${NEW}'!G8`]: 150,
      [`'${NEW}'!K8`]: 150,
    });
    const refreshed = await refreshWorkbook(book, { scope: "active", now: NOW });
    if (!refreshed.ok) throw new Error(refreshed.error.message);
    const direction = async (row: number) => (await cellAt(book, `'${NEW}'!N${row}`)).value;
    expect(await direction(12)).toBe("Worsening");
    expect(await direction(13)).toBe("Improving");
    expect(await direction(14)).toBe("Improving");
    expect(await direction(8)).toBeNull();
    // Direct payments has no Q1 figure yet: no direction.
    expect(await direction(15)).toBeNull();
    // The movement names the recorded figure's period: 0.06 recorded, read as the percentage the sheet shows (6%, a
    // fraction marked as a percentage, as the sheet's own 4.0% reads).
    const plan = refreshed.value.refresh.tables.find((t) => t.table.sheet === NEW);
    const employment = plan?.outcomes.find((o) => o.row === 11); // row 12, counted from 0
    expect(employment?.movement).toEqual({ previous: { period: "Q4 2021/22", value: 0.06, percent: true }, latest: { period: "Quarter 1", value: 0.04, percent: true }, runningTotal: false });

    // A second refresh plans nothing: the history's Q1 2022/23 rows are not "earlier".
    const again = await refreshWorkbook(book, { scope: "active", now: NOW, dryRun: true });
    expect(again).toMatchObject({ ok: true, value: { noChange: true } });
  });

  it("without a history the first quarter has no direction, as before", async () => {
    const book = await openSample();
    const planned = await planNextYear(book, { keepTargets: true, keepComments: false });
    if (!planned.ok) throw new Error(planned.error.message);
    await applyNextYear(book, planned.value);
    await typeInto(book, { [`'${NEW}'!G12`]: 0.04, [`'${NEW}'!K12`]: 0.04 });
    const sheet = await book.readSheet(NEW);
    const [table] = detectAll([sheet]);
    const settings: StoredSettings = { version: 1, tables: [{ ...table, rules: { ...table.rules, outputs: { ...table.rules.outputs, direction: N } } }], log: [] };
    const refreshed = await refreshWorkbook(book, { scope: "active", now: NOW, settings, justMapped: table.id, dryRun: true });
    if (!refreshed.ok) throw new Error(refreshed.error.message);
    const employment = refreshed.value.refresh.tables[0].outcomes.find((o) => o.row === 11);
    expect([employment?.trend, employment?.movement]).toEqual(["", null]);
  });
});
