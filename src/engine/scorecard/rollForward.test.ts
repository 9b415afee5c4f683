/** The new year planned on a small sheet in another layout: formulas kept where they recalculate, the sheet name's year moved on. */
import type { SheetData } from "../sheet/workbook";
import { detectAll } from "./refresh";
import { planYearRoll } from "./rollForward";
import { EMPTY_SETTINGS } from "./settings";

const values = [
  ["Measure", "Polarity", "Target 2021/22", "Year end 2020/21", "Q1 21/22", "Q2 21/22", "Q3 21/22", "Q4 21/22", "YTD 2021/22", "RAG"],
  ["Delayed transfers of care (days)", "Low is good", "<400", 512, 120, 95, 101, null, 316, "Green"],
  ["Carers assessed", "High is good", "900", 870, 210, 230, 250, null, 690, "Red"],
];
const formulas = [
  values[0].map(() => null),
  [null, null, null, null, null, null, null, null, "=SUM(E2:H2)", '=SCORECARD.RAG(I2,C2,B2,0.05)'],
  [null, null, null, null, null, null, null, null, "=SUM(E3:H3)", null],
];
const sheet: SheetData = { name: "Scorecard 21-22", top: 0, left: 0, values, formulas, numberFormats: values.map((row) => row.map(() => "General")) };

describe("planning the new year on another layout", () => {
  it("renames Q1 21/22 → Q1 22/23 and the sheet, carries the year to date, clears typed figures and keeps formulas", () => {
    const tables = detectAll([sheet]);
    const planned = planYearRoll(sheet, tables, EMPTY_SETTINGS, [sheet.name], { keepTargets: false, keepComments: true });
    if (!planned.ok) throw new Error(planned.error.message);
    const roll = planned.value;
    expect(roll.sheet).toBe("Scorecard 22-23");
    expect(roll.headers.map((h) => `${h.cell} ${h.to}`)).toEqual(["C1 Target 2022/23", "D1 Year end 2021/22", "E1 Q1 22/23", "F1 Q2 22/23", "G1 Q3 22/23", "H1 Q4 22/23", "I1 YTD 2022/23"]);
    const written = new Map(roll.plan.changes.map((c) => [`${c.row},${c.column}`, c.kind === "value" ? c.value : c.formula]));
    // Year end 2021/22: the year to date as the sheet holds it, 316 and 690.
    expect([written.get("1,3"), written.get("2,3")]).toEqual([316, 690]);
    // The quarters are typed figures: cleared. The year to date and the first RAG are formulas: kept (not in the plan).
    for (const cell of ["1,4", "1,5", "1,6", "2,4", "2,5", "2,6"]) expect(written.get(cell)).toBeNull();
    expect(written.has("1,8") || written.has("2,8") || written.has("1,9")).toBe(false);
    // The second RAG was typed: cleared. Targets cleared as chosen.
    expect([written.get("2,9"), written.get("1,2"), written.get("2,2")]).toEqual([null, null, null]);
    expect(roll.plan.changes.every((c) => c.sheet === "Scorecard 22-23")).toBe(true);
    expect(roll.outturns).toBe(2);
    // 6 quarter figures, 1 typed rating, 2 targets.
    expect(roll.cleared).toBe(9);
  });

  it("refuses a sheet whose year no header or title names", () => {
    const plain: SheetData = { ...sheet, name: "Scorecard", values: [["Measure", "Polarity", "Target", "Quarter 1", "Quarter 2", "YTD", "RAG"], ["Carers assessed", "High is good", "900", 210, 230, 440, null]], formulas: undefined, numberFormats: [[], []] };
    const planned = planYearRoll(plain, detectAll([plain]), EMPTY_SETTINGS, ["Scorecard"], { keepTargets: true, keepComments: true });
    expect(planned).toMatchObject({ ok: false, error: { message: expect.stringContaining('Which financial year the scorecard on "Scorecard" reports cannot be told') } });
  });
});
