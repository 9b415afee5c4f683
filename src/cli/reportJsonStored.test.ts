/**
 * `report --json` on a tracker whose columns the analyst corrected and kept in the workbook: the stored columns are
 * used in place of those found by meaning.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { keepFundingColumns } from "../app/fundingColumns";
import { fundingTableWith, readFundingTable } from "../engine/funding/fundingTable";
import { AUDITED_COLUMN, auditedTracker } from "../../test/helpers/auditedTracker";
import { generateWorkbook } from "../../test/helpers/xlsxGenerator";
import { main } from "./main";

async function report(bytes: Uint8Array) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "scorecard-stored-")), "tracker.xlsx");
  writeFileSync(file, bytes);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["report", file, "--json"], { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  expect({ code, err }).toEqual({ code: 0, err: [] });
  return JSON.parse(out.join("\n")) as { tables: { sheet: string; mapping: Record<string, { column: string; header: string }>; rows: Record<string, unknown>[] }[] };
}

describe("report --json with a tracker's columns kept in the workbook", () => {
  it("reads the spend from the column the analyst chose, not the one found by meaning", async () => {
    const bytes = generateWorkbook({ sheets: [{ name: "Appendix", rows: auditedTracker() }] });
    // Before: "Expenditure to date" (F); WRRF Round 2's £689,053.
    const found = await report(bytes);
    expect(found.tables[0].mapping.spent).toMatchObject({ column: "F", header: "Expenditure to date" });
    expect(found.tables[0].rows[1]).toMatchObject({ spent: 689_053, projectedUnspent: 1_105_103.64 });

    const workbook = XlsxWorkbook.open(bytes);
    const sheet = await workbook.readSheet("Appendix");
    const table = readFundingTable(sheet);
    if (!table?.ok) throw new Error("no tracker");
    const corrected = fundingTableWith(sheet, table.value.headerRow, { ...table.value.columns, spent: AUDITED_COLUMN });
    if (!corrected.ok) throw new Error(corrected.error.message);
    expect((await keepFundingColumns(workbook, corrected.value)).ok).toBe(true);

    const kept = await report(workbook.save());
    expect(kept.tables[0].mapping.spent).toMatchObject({ column: "H", header: "Spend to date (audited)" });
    // WRRF Round 2, 108 of 111 days gone: £1,813,297 − £1,200,000 × 111/108 (£1,233,333.33) = £579,963.67 unspent.
    expect(kept.tables[0].rows[1]).toMatchObject({ fund: "Workforce Recruitment and Retention Fund", spent: 1_200_000, projectedUnspent: 579_963.67 });
  });
});
