/**
 * What a plan says about the formulas it writes over: a RAG column of nested IFs is the workbook's own work and is
 * named before it is replaced; the add-in's own SCORECARD formulas (and its `=""`) are not.
 */
import { detectTables } from "./detect";
import { planTable } from "./planTable";
import { formulasOverwritten } from "./refresh";
import { defaultTableSettings, type TableSettings } from "./settings";
import type { CellValue, SheetData } from "../sheet/workbook";

const NESTED_IF = '=IF(E2="","",IF(E2>=C2,"Green",IF(E2>=C2*0.95,"Amber","Red")))';
const values: CellValue[][] = [
  ["Measure", "Polarity", "Target", "Quarter 1", "Quarter 2", "RAG", "Direction of travel"],
  ["Carers assessed", "High is good", "80%", "70%", "85%", "Green", ""],
  ["Reviews on time", "High is good", "80%", "70%", "60%", "Red", ""],
  ["Direct payments", "High is good", "80%", "70%", "79%", null, null],
];
const formulas: (string | null)[][] = [
  [null, null, null, null, null, null, null],
  [null, null, null, null, null, NESTED_IF, '=""'],
  [null, null, null, null, null, "=SCORECARD.RAG(E3,C3,B3,0.05)", '=""'],
  [null, null, null, null, null, null, null],
];
const sheet: SheetData = { name: "Scorecard", top: 0, left: 0, values, numberFormats: values.map((row) => row.map(() => "General")), formulas };

function planned(change: (settings: TableSettings) => TableSettings = (s) => s) {
  const [table] = detectTables(sheet);
  const plan = planTable(sheet, change(defaultTableSettings(sheet, table)));
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
}

describe("the formulas a plan writes over", () => {
  it("counts the workbook's own (a nested IF) and names the first, but not the add-in's SCORECARD formulas or its =\"\"", () => {
    const plan = planned((s) => ({ ...s, rules: { ...s.rules, outputs: { ...s.rules.outputs, direction: 6 } } }));
    // F2's nested IF gives Green, as the plan does: the cell is still written (a value in place of the formula).
    expect(plan.changes.map((c) => `${c.column}:${c.row}`)).toEqual(expect.arrayContaining(["5:1", "5:2", "6:1", "6:2"]));
    expect(plan.formulasOverwritten).toEqual({ count: 1, first: { cell: "F2", formula: NESTED_IF } });
    expect(formulasOverwritten([plan, plan])).toEqual({ count: 2, first: { sheet: "Scorecard", cell: "F2", formula: NESTED_IF } });
  });

  it("counts them in formula mode too, where SCORECARD formulas take their place", () => {
    const plan = planned((s) => ({ ...s, rules: { ...s.rules, mode: "formulas" } }));
    expect(plan.changes.find((c) => c.row === 1 && c.column === 5)).toMatchObject({ kind: "formula", formula: expect.stringMatching(/^=SCORECARD\.RAG\(/) });
    expect(plan.formulasOverwritten).toEqual({ count: 1, first: { cell: "F2", formula: NESTED_IF } });
  });

  it("is none when the output cells hold values", () => {
    const plain: SheetData = { ...sheet, formulas: undefined };
    const [table] = detectTables(plain);
    const plan = planTable(plain, defaultTableSettings(plain, table));
    expect(plan.ok && plan.value.formulasOverwritten).toEqual({ count: 0, first: null });
  });
});
