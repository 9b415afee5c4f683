/**
 * `report --json` on trackers typed in councils' own wordings (test/helpers/generateTrackers.ts): the figures worked
 * by hand in the engine's tests (trackerWordings, timelineWordings) come out of the command line as they are.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fundingTracker, timelineTracker } from "../../test/helpers/generateTrackers";
import { generateWorkbook } from "../../test/helpers/xlsxGenerator";
import { main } from "./main";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) }).then((code) => ({ code, out, err }));
}

function trackers(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "scorecard-report-")), "trackers.xlsx");
  writeFileSync(file, generateWorkbook({ sheets: [
    { name: "Appendix", rows: fundingTracker("appendix") },
    { name: "Grants", rows: fundingTracker("deadlines") },
    { name: "Timeline", rows: timelineTracker("committees") },
    { name: "By report", rows: timelineTracker("byReport") },
  ] }));
  return file;
}

interface Json {
  version: number;
  tables: { kind: string; sheet: string; mapping: Record<string, { column: string; header: string; confidence: number }>; rows: Record<string, unknown>[]; deadlines?: Record<string, unknown>[]; totals?: Record<string, unknown> }[];
}

describe("committee-scorecard report --json", () => {
  it("prints every table with its kind, mapping and each row's computed values", async () => {
    const result = await run("report", trackers(), "--json");
    expect(result).toMatchObject({ code: 0, err: [] });
    const json = JSON.parse(result.out.join("\n")) as Json;
    expect(json.version).toBe(1);
    expect(json.tables.map((t) => [t.kind, t.sheet])).toEqual([["funding", "Appendix"], ["funding", "Grants"], ["timeline", "Timeline"], ["timeline", "By report"]]);
    const [appendix, grants, timeline, byReport] = json.tables;
    expect(appendix.mapping.spent).toEqual({ column: "F", header: "Expenditure to date", confidence: 1 });
    expect(appendix.mapping.period).toEqual({ column: "D", header: "Funding period", confidence: 1 });
    // WRRF Round 2 (row 6): Red; £1,813,297 × 108/111 = £1,764,288.97 expected; £1,105,103.64 projected unspent.
    expect(appendix.rows[1]).toMatchObject({ row: 6, fund: "Workforce Recruitment and Retention Fund", status: "Red", expectedSpend: 1_764_288.97, projectedUnspent: 1_105_103.64, period: { start: "2021-12-10", end: "2022-03-31" } });
    // Market Sustainability 2022/23 has not started: no projection (it claimed £979,000).
    expect(appendix.rows[3]).toMatchObject({ status: "Not started", projectedUnspent: null, clawbackRisk: null });
    // The estimate's row (row 10) is listed with a check naming E10, and left out of the totals.
    expect(appendix.rows[5]).toMatchObject({ row: 10, status: null, allocation: null, check: { cell: "E10", message: 'E10: the allocation "Estimated £3.6 million" is not an amount.' } });
    // £5,238,232 from five rows; clawback risk £1,105,103.64 + £307,692.31 + £156,239.02 = £1,569,034.97.
    expect(appendix.totals).toEqual({ allocation: 5_238_232, spent: 2_618_426, expectedSpend: expect.any(Number), clawbackRisk: 1_569_034.97, rowsCounted: 5, rowsLeftOut: 1 });
    // Spent: £1,249,911 + £689,053 + £480,000 + £0 + £199,462 = £2,618,426.
    // The passport deadline beside the spend deadline: two deadlines, the passed ones first with the money unspent.
    expect(grants.rows[1]).toMatchObject({ deadlines: { passportBy: { date: "2021-12-30", rule: "as written" }, spendBy: { date: "2022-03-31", rule: "as written" } } });
    expect(grants.deadlines?.[0]).toEqual({ row: 7, fund: "Care at Home Incentive Fund", kind: "Passport to providers", date: "2021-12-21", overdue: true, unspent: 320_000, rule: "as written" });
    // The contract start, re-planned in three reports: +1,188 days (39 months) on the latest, Red; +91 since June 2025.
    for (const t of [timeline, byReport]) {
      expect(t.rows[5]).toMatchObject({ milestone: "Contract start", forecast: { start: "2026-12-01", text: "1 December 2026" }, slipDays: 1188, slipMonths: 39, slipRating: "Red" });
    }
    expect(timeline.rows[5].slipsSinceEach).toEqual([{ label: "Forecast at 28 Mar 2022", days: 1188 }, { label: "Forecast at 23 Jun 2025", days: 91 }]);
  });

  it("says which column a tracker lacks, and check counts it as an error", async () => {
    const rows = fundingTracker("appendix").map((row, r) => (r === 3 ? row.map((h) => (h === "Expenditure to date" ? "Notes" : h)) : row));
    const file = path.join(mkdtempSync(path.join(tmpdir(), "scorecard-report-")), "no-spend.xlsx");
    writeFileSync(file, generateWorkbook({ sheets: [{ name: "Funding", rows }] }));
    const json = JSON.parse((await run("report", file, "--json")).out.join("\n")) as { tables: unknown[]; problems: { kind: string; message: string }[] };
    expect(json.tables).toEqual([]);
    expect(json.problems[0]).toMatchObject({ kind: "funding", message: expect.stringContaining('has no "amount spent" column') });
    const checked = await run("check", file);
    expect(checked.code).toBe(1);
    expect(checked.out[checked.out.length - 1]).toBe("1 finding (1 error, 0 warnings) in 0 scorecard tables.");
  });

  it("writes nothing with --json, so it refuses an output file beside it", async () => {
    expect((await run("report", "x.xlsx", "--json", "-o", "paper.docx")).err[0]).toBe("report --json prints the tables and writes nothing: leave out -o and --sheet.");
  });
});
