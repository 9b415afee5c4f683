/**
 * A plan's findings: the planner's and the data checks' row by row, then the table's own. The checks run when the
 * findings are first read, so a refresh that only writes ratings does not pay for them; what they find must not
 * depend on that.
 */
import { detectTables } from "./detect";
import { planTable } from "./planTable";
import { checkRowCells } from "./checks";
import { defaultTableSettings } from "./settings";
import type { CellValue, SheetData } from "../sheet/workbook";

const values: CellValue[][] = [
  ["Measure", "Polarity", "Target", "Quarter 1", "Quarter 2", "RAG"],
  ["Delayed transfers", "High is good", "80%", "70%", "seventy"],
  ["Reviews on time", "Sideways", "80%", "70%", "75%"],
  ["Carers assessed", "high is good", "80%", "70%", "85%"],
  ["Direct payments", "High is good", "80%", "70%", "140%"],
];
const sheet: SheetData = { name: "Scorecard", top: 0, left: 0, values, numberFormats: values.map((row) => row.map(() => "General")) };

function planned() {
  const [table] = detectTables(sheet);
  const plan = planTable(sheet, defaultTableSettings(sheet, table));
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
}

describe("a plan's findings", () => {
  it("come row by row, the planner's before the checks' on each row, then the table's own", () => {
    const findings = planned().findings;
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.message.slice(0, 40)}`)).toEqual([
      "Scorecard!E2 error No direction of travel: The current valu",
      `Scorecard!E2 error "seventy" cannot be read as a number.`,
      `Scorecard!E3 error No direction of travel: The polarity "Si`,
      `Scorecard!B3 error The polarity "Sideways" is not one of "H`,
      "Scorecard!E5 error 140% is outside 0–100%.",
      `Scorecard!B4 warning Polarity is spelled "high is good" here `,
    ]);
  });

  it("are the checks' findings on each row, whenever they are read", () => {
    const plan = planned();
    const first = plan.findings;
    expect(plan.findings).toBe(first);
    const checked = values.slice(1).flatMap((cells, i) =>
      checkRowCells(
        { value: (c) => cells[c], numberFormat: () => "General", address: (c) => `Scorecard!${"ABCDEF"[c]}${i + 2}` },
        { polarity: 1, target: 2, periods: [3, 4], others: [] },
      ),
    );
    expect(first.filter((f) => !f.message.startsWith("No direction") && !f.message.startsWith("Polarity is spelled"))).toEqual(checked);
  });
});
