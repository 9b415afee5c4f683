/** checkPlan's header guards: a plan writes into an output column only while that column has the mapped header. */
import { checkPlan } from "./checkPlan";
import type { CellValue, Plan } from "./workbook";

// Row 4 (index 3) is the header row; L (11) was "RAG" at set-up.
const plan: Plan = {
  changes: [{ kind: "value", sheet: "Scorecard", row: 7, column: 11, value: "Red" }],
  allowed: [{ sheet: "Scorecard", top: 3, bottom: 60, left: 11, right: 11 }],
  headers: [{ sheet: "Scorecard", row: 3, column: 11, header: "RAG" }],
};
const headerRow = (cells: Record<number, CellValue>) => (_sheet: string, row: number, column: number) => (row === 3 ? (cells[column] ?? null) : null);

describe("checkPlan's header guards", () => {
  it("passes while the output column is headed as mapped (case and spacing aside)", () => {
    expect(checkPlan(plan, ["Scorecard"], headerRow({ 11: " rag " })).ok).toBe(true);
  });

  it("refuses a plan whose output column now has another header: a column was inserted before it", () => {
    const checked = checkPlan(plan, ["Scorecard"], headerRow({ 11: "Benchmark rank", 12: "RAG" }));
    expect(checked).toMatchObject({ ok: false, error: { message: expect.stringContaining('Scorecard!L4 is headed "Benchmark rank", not "RAG"') } });
  });

  it("takes a blank header only when the plan itself writes the header there (a new RAG column)", () => {
    expect(checkPlan(plan, ["Scorecard"], headerRow({})).ok).toBe(false);
    const heading: Plan = { ...plan, changes: [...plan.changes, { kind: "value", sheet: "Scorecard", row: 3, column: 11, value: "RAG" }] };
    expect(checkPlan(heading, ["Scorecard"], headerRow({})).ok).toBe(true);
  });

  it("refuses a change in a column no guard covers, and a guarded plan no one can check", () => {
    const stray: Plan = { ...plan, changes: [{ kind: "value", sheet: "Scorecard", row: 7, column: 12, value: "Red" }], allowed: [{ sheet: "Scorecard", top: 3, bottom: 60, left: 11, right: 12 }] };
    expect(checkPlan(stray, ["Scorecard"], headerRow({ 11: "RAG" }))).toMatchObject({ ok: false, error: { message: expect.stringContaining("M8 is not below one of the plan's output headers") } });
    expect(checkPlan(plan, ["Scorecard"]).ok).toBe(false);
  });
});
