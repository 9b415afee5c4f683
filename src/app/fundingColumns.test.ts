/**
 * A funding tracker's columns corrected by the analyst and kept in the workbook: stored in the settings through a
 * plan, kept through save and reopen (xlsx adapter) and through a scorecard refresh, used by readWorkbookTables in
 * place of detection, refused with the column's name when its header is gone, and undone.
 */
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { AUDITED_COLUMN, AUDITED_HEADER, auditedTracker } from "../../test/helpers/auditedTracker";
import { scorecardRows } from "../../test/helpers/generateScorecard";
import { generateWorkbook } from "../../test/helpers/xlsxGenerator";
import { fundingTableWith, readFundingTable, type FundingTable } from "../engine/funding/fundingTable";
import type { CellChange } from "../engine/sheet/workbook";
import { parseSettings, type StoredSettings } from "../engine/scorecard/settings";
import { keepFundingColumns } from "./fundingColumns";
import { loadCommitteeReport } from "./committeeReport";
import { refreshWorkbook, undoApply } from "./refreshWorkbook";
import { readWorkbookTables, type FundingTableResult, type WorkbookTables } from "./workbookTables";

const NOW = new Date("2022-03-28T09:00:00Z");

function book(): XlsxWorkbook {
  return XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(12, { targetOnEveryRow: true }) }, { name: "Appendix", rows: auditedTracker() }] }));
}

/** The tracker as found, with the spend corrected to the audited column (H). */
async function corrected(workbook: XlsxWorkbook): Promise<FundingTable> {
  const sheet = await workbook.readSheet("Appendix");
  const found = readFundingTable(sheet);
  if (!found?.ok) throw new Error("no tracker");
  // Found by meaning: the spend is "Expenditure to date" (F); the audited column is not read at all.
  expect(found.value.mapping.spent?.header).toBe("Expenditure to date");
  const table = fundingTableWith(sheet, found.value.headerRow, { ...found.value.columns, spent: AUDITED_COLUMN });
  if (!table.ok) throw new Error(table.error.message);
  return table.value;
}

async function stored(workbook: XlsxWorkbook): Promise<StoredSettings> {
  const parsed = parseSettings((await workbook.readContext()).settings);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function funding(tables: WorkbookTables): FundingTableResult {
  const found = tables.tables.find((t): t is FundingTableResult => t.kind === "funding");
  if (!found) throw new Error(`no funding table: ${JSON.stringify(tables.problems)}`);
  return found;
}

async function read(workbook: XlsxWorkbook): Promise<WorkbookTables> {
  const tables = await readWorkbookTables(workbook, { now: NOW });
  if (!tables.ok) throw new Error(tables.error.message);
  return tables.value;
}

describe("keeping a funding tracker's corrected columns in the workbook", () => {
  it("stores them, keeps them through save, reopen and a scorecard refresh, and reads the tracker with them", async () => {
    const workbook = book();
    const undo = await keepFundingColumns(workbook, await corrected(workbook));
    expect(undo.ok).toBe(true);
    // Saved and opened again, as a colleague would next quarter.
    const reopened = XlsxWorkbook.open(workbook.save());
    expect(reopened.sheetState("ScorecardSettings")).toBe("veryHidden");
    expect((await stored(reopened)).trackers).toEqual([
      { kind: "funding", sheet: "Appendix", headerRow: 3, headers: { fund: "Name of fund", funder: "Source", round: "Round", period: "Funding period", allocation: "Allocation (£)", spent: AUDITED_HEADER, returned: "Returned (£)" } },
    ]);
    const before = funding(await read(reopened));
    expect(before.table.mapping.spent).toMatchObject({ column: AUDITED_COLUMN, header: AUDITED_HEADER });
    // WRRF Round 2 (10 Dec 2021 – 31 Mar 2022, 108 of 111 days by 28 March 2022): £1,200,000 audited, not £689,053;
    // projected £1,200,000 × 111/108 = £1,233,333.33, so £1,813,297 − £1,233,333.33 = £579,963.67 unspent.
    const wrrf = before.streams[1];
    expect(wrrf).toMatchObject({ fund: "Workforce Recruitment and Retention Fund", spent: 1_200_000 });
    expect(wrrf.underspend).toBeCloseTo(579_963.67, 2);

    // A scorecard refresh rewrites the settings (its tables, its log): the tracker's columns stay as they were.
    const refreshed = await refreshWorkbook(reopened, { scope: "all", now: NOW });
    expect(refreshed.ok && refreshed.value.applied).toBe(true);
    const after = await stored(XlsxWorkbook.open(reopened.save()));
    expect(after.tables.map((t) => t.sheet)).toEqual(["Scorecard"]);
    expect(after.log).toHaveLength(1);
    expect(after.trackers?.[0].headers.spent).toBe(AUDITED_HEADER);
    expect(funding(await read(reopened)).streams[1].spent).toBe(1_200_000);
  });

  it("finds a stored column by its header where it has moved, and stops naming one whose header is gone", async () => {
    const workbook = book();
    await keepFundingColumns(workbook, await corrected(workbook));
    // The audited column and "Returned (£)" swap places (G and H): each is still read by its header.
    const swap = (column: number, value: string): CellChange => ({ kind: "value", sheet: "Appendix", row: 3, column, value });
    const allowed = [{ sheet: "Appendix", top: 0, left: 0, bottom: 20, right: 10 }];
    const sheet = await workbook.readSheet("Appendix");
    const changes: CellChange[] = [swap(6, AUDITED_HEADER), swap(7, "Returned (£)")];
    for (let r = 4; r <= 9; r++) {
      const [g, h] = [sheet.values[r][6], sheet.values[r][7]];
      changes.push({ kind: "value", sheet: "Appendix", row: r, column: 6, value: h }, { kind: "value", sheet: "Appendix", row: r, column: 7, value: g });
    }
    await workbook.apply({ changes, allowed });
    const moved = funding(await read(workbook));
    expect(moved.table.mapping.spent).toMatchObject({ column: 6, header: AUDITED_HEADER });
    expect(moved.table.mapping.returned).toMatchObject({ column: 7, header: "Returned (£)" });
    expect(moved.streams[1].spent).toBe(1_200_000);
    // ICF Round 5 returned £33,365, read from its new place.
    expect(moved.streams[0].returned).toBe(33_365);

    // The audited column renamed: never read from another column, and never as 0.
    await workbook.apply({ changes: [swap(6, "Audited")], allowed });
    const gone = await read(workbook);
    expect(gone.tables.filter((t) => t.kind === "funding")).toEqual([]);
    expect(gone.problems).toEqual([
      { kind: "funding", sheet: "Appendix", message: 'The funding columns stored for "Appendix" name "Spend to date (audited)" (amount spent), but header row 4 no longer has that column. Nothing was read: choose the columns again on the Columns card.', stored: true },
    ]);
  });

  it("is undone by its undo plan: the settings as they were, the tracker found by meaning again", async () => {
    const workbook = book();
    const undo = await keepFundingColumns(workbook, await corrected(workbook));
    if (!undo.ok) throw new Error(undo.error.message);
    expect(undo.value.changes).toEqual([]);
    expect((await undoApply(workbook, undo.value)).ok).toBe(true);
    expect((await stored(workbook)).trackers).toBeUndefined();
    const again = funding(await read(workbook));
    expect(again.table.mapping.spent?.header).toBe("Expenditure to date");
    expect(again.streams[1].spent).toBe(689_053);
  });

  it("is used by the committee report, which stops naming a kept header that is gone", async () => {
    const workbook = book();
    const reported = await loadCommitteeReport(workbook, NOW);
    // Found by meaning: £1,105,103.64 + £307,692.31 + £156,239.02 = £1,569,034.97 at risk.
    expect(reported.ok && reported.value.report.funding?.clawbackRisk).toBeCloseTo(1_569_034.97, 2);
    await keepFundingColumns(workbook, await corrected(workbook));
    const audited = await loadCommitteeReport(workbook, NOW);
    // WRRF Round 2's projection on the audited £1,200,000 is £579,963.67: £579,963.67 + £307,692.31 + £156,239.02.
    expect(audited.ok && audited.value.report.funding?.clawbackRisk).toBeCloseTo(1_043_895.0, 2);
    await workbook.apply({ changes: [{ kind: "value", sheet: "Appendix", row: 3, column: AUDITED_COLUMN, value: "Audited" }], allowed: [{ sheet: "Appendix", top: 3, left: AUDITED_COLUMN, bottom: 3, right: AUDITED_COLUMN }] });
    expect(await loadCommitteeReport(workbook, NOW)).toMatchObject({ ok: false, error: { message: expect.stringContaining('name "Spend to date (audited)" (amount spent), but header row 4 no longer has that column') } });
  });
});
