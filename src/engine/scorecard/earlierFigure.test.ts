/** A direction where the sheet has no earlier period: the first quarter against the figure the caller's lookup gives. */
import { detectTables } from "./detect";
import { planTable } from "./planTable";
import { defaultTableSettings, type TableSettings } from "./settings";
import type { EarlierFigure } from "./earlierFigure";
import type { CellValue, SheetData } from "../sheet/workbook";

const HEADER = ["Measure", "Polarity", "22-23 Target", "Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4", "22-23 year to date", "RAG", "Direction"];
const OWN_HOME = "Proportion of adults with a learning disability living in their own home";
const REVIEWED = "Percentage of clients reviewed after 12 months";
const DIRECT = "Proportion of adults receiving direct payments";
const ENQUIRIES = "Safeguarding enquiries started in the quarter";

// Last year's figures as the history would have recorded them at Q4 2021/22 (cell numbers, or text as typed).
const RECORDED: Record<string, CellValue> = { [OWN_HOME]: 0.85, [REVIEWED]: "60%", [ENQUIRIES]: 150 };

function plan(rows: CellValue[][], options: { earlier?: EarlierFigure; rules?: Partial<TableSettings["rules"]>; kinds?: TableSettings["kinds"] } = {}) {
  const values = [HEADER, ...rows];
  const sheet: SheetData = { name: "Scorecard 2022-23", top: 0, left: 0, values, numberFormats: values.map((r) => r.map(() => "General")) };
  const settings = defaultTableSettings(sheet, detectTables(sheet)[0]);
  const table = { ...settings, rules: { ...settings.rules, ...options.rules }, ...(options.kinds ? { kinds: options.kinds } : {}) };
  const planned = planTable(sheet, table, undefined, options.earlier);
  if (!planned.ok) throw new Error(planned.error.message);
  return planned.value;
}

const asked: string[] = [];
const lookup: EarlierFigure = (table, measure) => {
  asked.push(`${table.sheet}: ${measure}`);
  return measure in RECORDED ? { figure: RECORDED[measure], period: "Q4 2021/22" } : undefined;
};

const ROWS: CellValue[][] = [
  // Q1 90.0% against 0.85 recorded, the 85% it was shown as; high is good: 90 > 85 → Improving.
  [OWN_HOME, "High is good", "87%", "90.0%", null, null, null, "90.0%"],
  // Q1 55.5% and Q2 58.6% both on the sheet: 58.6 > 55.5, high is good → Improving (the recorded 60% is not read).
  [REVIEWED, "High is good", "75%", "55.5%", "58.6%", null, null, "58.6%"],
  // Q1 18.0%, nothing recorded → no direction.
  [DIRECT, "High is good", "17%", "18.0%", null, null, null, "18.0%"],
];

describe("the direction of travel from an earlier recorded figure", () => {
  beforeEach(() => (asked.length = 0));

  it("compares a first quarter with the recorded figure, and leaves a row with two quarters to the sheet", () => {
    const [ownHome, reviewed, direct] = plan(ROWS, { earlier: lookup }).outcomes;
    expect(ownHome.trend).toBe("Improving");
    expect(ownHome.movement).toEqual({ previous: { period: "Q4 2021/22", value: 0.85, percent: true }, latest: { period: "Quarter 1", value: 0.9, percent: true }, runningTotal: false });
    expect(reviewed.trend).toBe("Improving");
    expect(reviewed.movement?.previous.period).toBe("Quarter 1");
    expect(direct.trend).toBe("");
    // Only the rows without an earlier quarter on the sheet are looked up, by name, with their table.
    expect(asked).toEqual([`Scorecard 2022-23: ${OWN_HOME}`, `Scorecard 2022-23: ${DIRECT}`]);
  });

  it("without a lookup, plans as before", () => {
    const [ownHome, reviewed, direct] = plan(ROWS).outcomes;
    expect([ownHome.trend, reviewed.trend, direct.trend]).toEqual(["", "Improving", ""]);
    expect(ownHome.movement).toBeNull();
  });

  it("compares a count's quarter only where the table rates its latest period (the history then holds a quarter's figure)", () => {
    const row = [ENQUIRIES, "Low is good", null, 120, null, null, null, 120];
    const kinds = { [ENQUIRIES]: "countInYear" as const };
    // Rated on the latest period: Q1 120 against last year's Q4 150, low is good → Improving.
    expect(plan([row], { earlier: lookup, kinds, rules: { rate: "latest" } }).outcomes[0].trend).toBe("Improving");
    // Rated on the year to date: what was recorded is last year's total, not a quarter → no direction.
    expect(plan([row], { earlier: lookup, kinds, rules: { rate: "ytd" } }).outcomes[0].trend).toBe("");
  });
});
