/** The stored settings' "trackers" section: read and kept as stored, refused (never dropped) when damaged. */
import { parseSettings, serialiseSettings } from "../scorecard/settings";
import { resolveStoredColumns } from "../funding/storedColumns";
import type { SheetData } from "./workbook";

const ENTRY = { kind: "funding", sheet: "Appendix", headerRow: 3, headers: { fund: "Name of fund", allocation: "Allocation (£)", spent: "Spend to date (audited)" } };

function settingsWith(trackers: unknown): string {
  return JSON.stringify({ version: 1, tables: [], log: [], trackers });
}

describe("the stored trackers section", () => {
  it("is read and written back as it was stored", () => {
    const parsed = parseSettings(settingsWith([ENTRY]));
    expect(parsed).toEqual({ ok: true, value: { version: 1, tables: [], log: [], trackers: [ENTRY] } });
    if (parsed.ok) expect(serialiseSettings(parsed.value)).toBe(settingsWith([ENTRY]));
  });

  it("is absent from settings that never had one", () => {
    expect(parseSettings(JSON.stringify({ version: 1, tables: [], log: [] }))).toEqual({ ok: true, value: { version: 1, tables: [], log: [] } });
  });

  it("refuses a damaged entry, naming which, rather than dropping it", () => {
    const damaged = parseSettings(settingsWith([ENTRY, { ...ENTRY, headers: { spent: "" } }]));
    expect(damaged).toMatchObject({ ok: false, error: { message: "Tracker 2 in the stored settings is incomplete; choose its columns again on the Columns card." } });
    expect(parseSettings(settingsWith("Appendix"))).toMatchObject({ ok: false, error: { message: expect.stringContaining("stored tracker columns") } });
  });

  it("says a role it does not know rather than ignoring it", () => {
    const sheet: SheetData = { name: "Appendix", top: 3, left: 0, values: [["Name of fund", "Allocation (£)", "Paid"]], numberFormats: [[]] };
    const resolved = resolveStoredColumns(sheet, { kind: "funding", sheet: "Appendix", headerRow: 3, headers: { fund: "Name of fund", paidOut: "Paid" } });
    expect(resolved).toMatchObject({ ok: false, error: { message: expect.stringContaining('name a column "Paid" as "paidOut", which this version of the add-in does not know') } });
  });

  it("reads a timeline's entry beside a funding tracker's, and refuses one without its version lists", () => {
    const timeline = { kind: "timeline", sheet: "Timeline", headerRow: 3, layout: "columns", headers: { milestone: "Milestone", baseline: "Revised (Jun 2025)" }, versions: ["Revised (Sep 2025)"], notVersions: ["Latest update"] };
    expect(parseSettings(settingsWith([ENTRY, timeline]))).toMatchObject({ ok: true, value: { trackers: [ENTRY, timeline] } });
    const withoutList: Record<string, unknown> = { ...timeline };
    delete withoutList.notVersions;
    expect(parseSettings(settingsWith([ENTRY, withoutList]))).toMatchObject({ ok: false, error: { message: "Tracker 2 in the stored settings is incomplete; choose its columns again on the Columns card." } });
    expect(parseSettings(settingsWith([{ ...timeline, layout: "rows" }]))).toMatchObject({ ok: false });
    expect(parseSettings(settingsWith([{ ...timeline, versions: ["Revised (Sep 2025)", " "] }]))).toMatchObject({ ok: false });
  });
});
