/** Finding a table's stored columns again by their headers, in the cases the next-quarter suite does not reach. */
import { detectAll } from "./refresh";
import { refindColumns } from "./refind";
import type { CellValue, SheetData } from "../sheet/workbook";

const sheetOf = (values: CellValue[][]): SheetData => ({ name: "Scorecard", top: 0, left: 0, values, numberFormats: values.map((r) => r.map(() => "General")) });
const HEADER = ["Measure", "Polarity", "England", "England", "Target", "Quarter 1", "Quarter 2", "YTD", "RAG"];
const ROW = ["Admissions", "Low is good", "12", "13", "<30", "7", "15", "15", "Green"];

function setUp(header: CellValue[] = HEADER, row: CellValue[] = ROW) {
  const [table] = detectAll([sheetOf([header, row])]);
  return table;
}

describe("refindColumns", () => {
  it("leaves a table where nothing moved as it is, saying nothing", () => {
    const table = setUp();
    const found = refindColumns(sheetOf([HEADER, ROW]), table);
    expect(found).toEqual({ ok: true, value: { table, notes: [] } });
  });

  it("keeps two columns stored with one header as two, in order, when both move", () => {
    // A column inserted at A: every column moves one right; the two "England" columns C, D become D, E.
    const table = setUp();
    expect(table.mapping.benchmarks.map((b) => b.column)).toEqual([2, 3]);
    const found = refindColumns(sheetOf([["Ref", ...HEADER], ["1", ...ROW]]), table);
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.table.mapping.benchmarks.map((b) => b.column)).toEqual([3, 4]);
    expect(found.value.table.rules.benchmarkColumns).toEqual([3, 4]); // the defaults compare with every benchmark
    expect(found.value.table.rules.outputs.rag).toBe(9);
    expect(found.value.notes).toContain("RAG column moved from I to J since set-up");
  });

  it("refuses when one of two stored same-header columns is gone, naming the header", () => {
    const table = setUp();
    const header = HEADER.filter((_, i) => i !== 3);
    const found = refindColumns(sheetOf([header, ROW.filter((_, i) => i !== 3)]), table);
    expect(found).toMatchObject({ ok: false, error: { message: expect.stringContaining('2 columns were headed "England" at set-up, and only 1 is now') } });
  });

  it("keeps an output column the add-in has not yet headed where it was set up, while it is still blank", () => {
    // No RAG column: the add-in's own goes in the first free column, J, unheaded until the first Apply.
    const header = HEADER.slice(0, 8);
    const table = setUp(header, ROW.slice(0, 8));
    expect(table.rules.outputs.rag).toBe(8);
    expect(refindColumns(sheetOf([header, ROW.slice(0, 8)]), table)).toMatchObject({ ok: true, value: { notes: [] } });
    // Headed since by the analyst with something else: refused rather than written over.
    const found = refindColumns(sheetOf([[...header, "Lead officer"], ROW.slice(0, 8)]), table);
    expect(found).toMatchObject({ ok: false, error: { message: expect.stringContaining('the "RAG" column (I at set-up)') } });
  });

  it("takes a single-role column renamed anywhere when it is the only one of its role, and says so", () => {
    const table = setUp();
    // "Target" renamed "Annual target" and moved to the end: still the one target column.
    const header = ["Measure", "Polarity", "England", "England", "Quarter 1", "Quarter 2", "YTD", "RAG", "Annual target"];
    const row = ["Admissions", "Low is good", "12", "13", "7", "15", "15", "Green", "<30"];
    const found = refindColumns(sheetOf([header, row]), table);
    if (!found.ok) throw new Error(found.error.message);
    expect(found.value.table.mapping.target).toMatchObject({ column: 8, header: "Annual target" });
    expect(found.value.notes).toContain('"Target" column is now headed "Annual target" (I) since set-up');
  });
});
