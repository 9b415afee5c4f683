/** The inverse of a plan, read from the sheet before it is applied. */
import { planUndo } from "./undo";
import type { Plan, SheetData } from "./workbook";

const sheet: SheetData = {
  name: "Scorecard",
  top: 4,
  left: 0,
  values: [
    ["Measure", "RAG", "Rate"],
    ["Admissions", "Amber", null],
  ],
  numberFormats: [
    ["General", "General", "General"],
    ["General", "General", "0.0"],
  ],
  formulas: [
    [null, null, null],
    [null, null, "=SCORECARD.RATE(D6,E6)"],
  ],
};
const fill = { range: { sheet: "Scorecard", top: 5, bottom: 5, left: 1, right: 1 }, text: "Green", fill: "#C6EFCE", fontColor: "#006100" };
const plan: Plan = {
  changes: [
    { kind: "value", sheet: "Scorecard", row: 5, column: 1, value: "Green" },
    { kind: "value", sheet: "Scorecard", row: 5, column: 2, value: 12.5, numberFormat: "0" },
    { kind: "value", sheet: "Scorecard", row: 9, column: 1, value: "Red" },
  ],
  allowed: [{ sheet: "Scorecard", top: 4, bottom: 9, left: 1, right: 2 }],
  fills: [fill],
  settings: '{"version":1}',
};

describe("planUndo", () => {
  it("puts back each value, formula and format the plan changes, takes its fills away, and restores the settings", () => {
    expect(planUndo(plan, new Map([["Scorecard", sheet]]), '{"version":0}')).toEqual({
      changes: [
        { kind: "value", sheet: "Scorecard", row: 5, column: 1, value: "Amber" },
        { kind: "formula", sheet: "Scorecard", row: 5, column: 2, formula: "=SCORECARD.RATE(D6,E6)", numberFormat: "0.0" },
        { kind: "value", sheet: "Scorecard", row: 9, column: 1, value: null }, // beyond the used range: blank
      ],
      allowed: plan.allowed,
      removeFills: [fill],
      settings: '{"version":0}',
    });
  });

  it("clears settings there were none of, and offers no undo for a plan that adds sheets or names a sheet not read", () => {
    expect(planUndo(plan, new Map([["Scorecard", sheet]]), null)?.settings).toBe("");
    expect(planUndo({ ...plan, createSheets: ["Timeline baselines"] }, new Map([["Scorecard", sheet]]), null)).toBeNull();
    expect(planUndo(plan, new Map(), null)).toBeNull();
  });
});
