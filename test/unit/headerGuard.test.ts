/**
 * Both adapters hold every plan to its output headers (checkPlan): a plan made before a column was inserted in front
 * of the RAG column is refused whole, whoever made it, and nothing is written.
 */
import { OfficeWorkbook } from "../../src/adapters/office/officeWorkbook";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import type { Plan, WorkbookAdapter } from "../../src/engine/sheet/workbook";
import { FakeExcel } from "../helpers/fakeExcel";
import { scorecardRows } from "../helpers/generateScorecard";
import { changedCells, snapshotCells } from "../helpers/sampleWorkbook";
import { generateWorkbook } from "../helpers/xlsxGenerator";

/** "Red" for the 65+ admissions (row 8) into L, planned when L was "RAG"; the sheet now has "Benchmark rank" there. */
const plan: Plan = {
  changes: [{ kind: "value", sheet: "Scorecard", row: 7, column: 11, value: "Red" }],
  allowed: [{ sheet: "Scorecard", top: 3, bottom: 70, left: 11, right: 11 }],
  headers: [{ sheet: "Scorecard", row: 3, column: 11, header: "RAG" }],
};

function movedRows() {
  // A column inserted before L: L is now "Benchmark rank", and the RAG column is M.
  return scorecardRows(55).map((row, r) => {
    const out = [...row];
    while (out.length < 11) out.push(null);
    out.splice(11, 0, r === 3 ? "Benchmark rank" : null);
    return out;
  });
}

async function refused(book: WorkbookAdapter) {
  await expect(book.apply(plan)).rejects.toThrow('Scorecard!L4 is headed "Benchmark rank", not "RAG"');
}

describe("the header guard in both adapters", () => {
  it("the package editor", async () => {
    const book = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows: movedRows() }] }));
    const before = await snapshotCells(book);
    await refused(book);
    expect(changedCells(before, await snapshotCells(book))).toEqual([]);
  });

  it("Office (the strict fake)", async () => {
    const excel = new FakeExcel({ Scorecard: movedRows() });
    await refused(new OfficeWorkbook(excel.run, false));
    expect(excel.cell("Scorecard", 7, 11)).toBeUndefined();
    // Where the header is still "RAG", the same plan is written.
    const same = new FakeExcel({ Scorecard: scorecardRows(55) });
    await new OfficeWorkbook(same.run, false).apply(plan);
    expect(same.cell("Scorecard", 7, 11)?.value).toBe("Red");
  });
});
