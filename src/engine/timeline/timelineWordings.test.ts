/**
 * A programme re-planned in three committee reports, in three layouts (test/helpers/generateTrackers.ts): the
 * latest version is the current forecast, and each slip is worked by hand. Before issue 27 the first "Revised"
 * column was taken (+1,097 days for the contract start, not +1,188) and the committee-dated layouts were refused.
 */
import { timelineTracker, type TimelineWording } from "../../../test/helpers/generateTrackers";
import { serialOf } from "../dates/serial";
import type { SheetData } from "../sheet/workbook";
import { analyseTimeline, detectMilestoneTable } from "./timeline";
import { versionDateOf } from "./versionColumns";

const sheetOf = (rows: SheetData["values"]): SheetData => ({ name: "Timeline", top: 0, left: 0, values: rows, numberFormats: rows.map((r) => r.map(() => "General")) });

function read(wording: TimelineWording) {
  const sheet = sheetOf(timelineTracker(wording));
  const table = detectMilestoneTable(sheet);
  if (!table) throw new Error("no milestone table");
  return { table, analysis: analyseTimeline(sheet, table, []) };
}

const LABELS: Record<TimelineWording, [string, string, string]> = {
  revised: ["Baseline", "Revised (Jun 2025)", "Revised (Sep 2025)"],
  committees: ["Forecast at 28 Mar 2022", "Forecast at 23 Jun 2025", "Forecast at 15 Sep 2025"],
  byReport: ["28 March 2022", "23 June 2025", "15 September 2025"],
};

describe("version dates named by headers", () => {
  it.each([
    ["Revised (Sep 2025)", serialOf(2025, 9, 1)],
    ["Forecast at 8 Nov 2021", serialOf(2021, 11, 8)],
    ["Forecast at 23 Jun 2025", serialOf(2025, 6, 23)],
    ["Revised forecast (committee 23/06/2025)", serialOf(2025, 6, 23)],
    ["Revised", null],
    ["Current forecast", null],
  ])("%s", (header, expected) => {
    expect(versionDateOf(header)).toBe(expected);
  });
});

describe.each(["revised", "committees", "byReport"] as TimelineWording[])("the recommission timeline, %s layout", (wording) => {
  it("takes the latest of three versions as the current forecast", () => {
    const { table, analysis } = read(wording);
    const [baseline, june, september] = LABELS[wording];
    expect(table.baseline.label).toBe(baseline);
    expect(table.versions.map((v) => v.label)).toEqual([june, september]);
    expect(analysis.milestones).toHaveLength(6);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    const start = analysis.milestones.find((m) => m.milestone === "Contract start")!;
    // 31 Aug 2023 → 1 Dec 2026: 31 Aug 2023 → 31 Aug 2026 is 365 + 366 + 365 = 1,096 days, to 1 Sep 1,097, then
    // September (30), October (31) and November (30): 1,188. DATEDIF "m": 3 years and 4 months less a day = 39.
    expect(start).toMatchObject({ currentVersion: september, forecastText: "1 December 2026", slipDays: 1188, slipMonths: 39, rating: "Red" });
    // Against each earlier version: the baseline (+1,188) and the June 2025 report's 1 September 2026 (+91).
    expect(start.slipsSinceEach).toEqual([
      { label: baseline, days: 1188 },
      { label: june, days: 91 },
    ]);
    // Each version against the baseline: June 2025 +1,097, September 2025 +1,188.
    expect(start.versions.map((v) => v.slipDays)).toEqual([1097, 1188]);
  });

  it("shows a stage the latest report left unchanged as no slip since that report", () => {
    const { analysis } = read(wording);
    const engagement = analysis.milestones.find((m) => m.milestone === "Market engagement")!;
    // 1 Apr 2022 → 1 Jun 2025: 1,096 days to 1 Apr 2025, + April (30) + May (31) = 1,157.
    expect(engagement.slipDays).toBe(1157);
    expect(engagement.slipsSinceEach[1]).toEqual({ label: LABELS[wording][1], days: 0 });
    const tender = analysis.milestones.find((m) => m.milestone === "Tender go live")!;
    // 1 Jan 2023 → 1 Nov 2025: 731 days to 1 Jan 2025, + 304 (January to October 2025) = 1,035; since June 2025's
    // 1 September: September (30) + October (31) = 61.
    expect(tender.slipDays).toBe(1035);
    expect(tender.slipsSinceEach[1].days).toBe(61);
  });
});
