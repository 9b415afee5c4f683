/** The preview works out the SCORECARD formulas the add-in writes with the functions Excel runs, and no others. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { openSample } from "../../test/helpers/sampleWorkbook";
import { detectTables } from "../engine/scorecard/detect";
import { planTable } from "../engine/scorecard/planTable";
import { defaultTableSettings } from "../engine/scorecard/settings";
import { parseFormula, withFormulaValues } from "./formulas";
import { loadScorecardFunctions } from "./scorecardFunctions";

describe("formulas in the preview", () => {
  it("knows every function the add-in registers, by the name functions.json gives it", async () => {
    const dir = path.resolve(__dirname, "../functions");
    const declared = readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) => [...readFileSync(path.join(dir, file), "utf8").matchAll(/@customfunction (\w+)/g)].map((m) => m[1]));
    expect([...(await loadScorecardFunctions()).keys()].sort()).toEqual(declared.sort());
  });

  it("shows what values mode would write, for every rating, direction and explanation written as formulas", async () => {
    const book = await openSample();
    const [sheet] = await book.readSheets(["Scorecard"]);
    const defaults = defaultTableSettings(sheet, detectTables(sheet)[0]);
    // Outputs beyond the sheet's last column, so both modes write the same cells afresh.
    const outputs = { rag: 20, direction: 21, explanation: 22 };
    const inMode = (mode: "values" | "formulas") => {
      const plan = planTable(sheet, { ...defaults, rules: { ...defaults.rules, mode, outputs } });
      if (!plan.ok) throw new Error(plan.error.message);
      return plan.value;
    };
    const values = inMode("values");
    const formulas = inMode("formulas");
    await book.apply({ changes: formulas.changes, allowed: formulas.allowed });
    const [written] = await withFormulaValues(await book.readSheets(["Scorecard"]), loadScorecardFunctions);
    const expected = values.changes.filter((c) => c.kind === "value");
    expect(expected.length).toBeGreaterThan(100);
    for (const change of expected) {
      const shown = written.values[change.row][change.column] ?? "";
      const wanted = change.kind === "value" ? (change.value ?? "") : null;
      // Word for word, explanations included: Excel hands a function a percentage cell's number (0.555), and the
      // formula's "%" arguments have it worded as the cell shows it (55.5%), as values mode words it.
      expect({ cell: `${change.row},${change.column}`, value: shown }).toEqual({ cell: `${change.row},${change.column}`, value: wanted });
    }
    // The running-total direction is arithmetic inside the call: admissions 3 this quarter against 8 is Improving.
    const admissions = formulas.outcomes.find((o) => o.measure.startsWith("Residential admissions for 18-64 age band (total"))!;
    expect(written.formulas?.[admissions.row][21]).toMatch(/^=SCORECARD\.TREND\(I\d+-H\d+,H\d+-G\d+,B\d+\)$/);
    expect(written.values[admissions.row][21]).toBe("Improving");
  });

  it("leaves other formulas at the value the file cached, and shows errors as Excel does", async () => {
    const book = await openSample();
    const allowed = [{ sheet: "Scorecard", top: 0, bottom: 2, left: 20, right: 23 }];
    await book.apply({
      changes: [
        { kind: "formula", sheet: "Scorecard", row: 0, column: 20, formula: "=VLOOKUP(A1,Populations!A:B,2,FALSE)" },
        { kind: "formula", sheet: "Scorecard", row: 0, column: 21, formula: '=SCORECARD.RAG("lots",530,"Low is good")' },
        { kind: "formula", sheet: "Scorecard", row: 0, column: 22, formula: "=SCORECARD.NUMBER(-(2+3)*4/2)" },
        { kind: "formula", sheet: "Scorecard", row: 1, column: 20, formula: '=SCORECARD.RATE(COUNTA(G6:J6),"1,000")' },
        { kind: "formula", sheet: "Scorecard", row: 1, column: 21, formula: "=SCORECARD.NUMBER(U2)" },
        { kind: "formula", sheet: "Scorecard", row: 1, column: 22, formula: "=SCORECARD.NUMBER(W2)" },
      ],
      allowed,
    });
    const [sheet] = await withFormulaValues(await book.readSheets(["Scorecard"]), loadScorecardFunctions);
    expect(sheet.values[0].slice(20, 23)).toEqual([null, "#VALUE!", -10]);
    expect(sheet.values[1][20]).toBe(300); // 3 in a population of 1,000 is 300 per 100,000
    expect(sheet.values[1][21]).toBe(300); // a SCORECARD formula reading another one's value
    expect(sheet.values[1][22]).toBe(0); // refers to itself: circular, shown as 0
  });

  it("parses only what the add-in writes", () => {
    expect(parseFormula('SCORECARD.RAG(SCORECARD.YTD(G6:J6,"latest"),E6,B6,0.05)', "Scorecard")).not.toBeNull();
    expect(parseFormula("'Q3 data'!B2:B9", "Scorecard")).toMatchObject({ kind: "range", range: { sheet: "Q3 data", top: 1, bottom: 8, left: 1, right: 1 } });
    expect(parseFormula("SUM(A1:A3", "Scorecard")).toBeNull();
    expect(parseFormula("A1 & B1", "Scorecard")).toBeNull();
  });
});
