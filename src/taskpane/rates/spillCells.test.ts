import { spillOf } from "./spillCells";

describe("where a rate formula's results spill", () => {
  it("a row of three counts written at N8 spills right: N8, O8, P8", () => {
    // G8:I8 is 1 row × 3 columns; N is column 13 (0-based), so the results land in columns 13, 14, 15 of row 8.
    const spill = spillOf("Scorecard!G8:I8", { sheet: "Scorecard", row: 7, column: 13 }, ["156.3", "333.3", "503.4"]);
    expect(spill.cells).toEqual([
      { cell: "N8", result: "156.3" },
      { cell: "O8", result: "333.3" },
      { cell: "P8", result: "503.4" },
    ]);
    expect(spill.area).toBe("N8:P8");
  });

  it("a column of counts spills down, and a block of 2 × 2 fills row by row", () => {
    expect(spillOf("K6:K7", { sheet: "S", row: 0, column: 0 }, ["1", "2"]).cells.map((c) => c.cell)).toEqual(["A1", "A2"]);
    // G8:H9: row 8 then row 9, two columns each; from B2: B2, C2, B3, C3 over B2:C3.
    const block = spillOf("G8:H9", { sheet: "S", row: 1, column: 1 }, ["a", "b", "c", "d"]);
    expect(block.cells.map((c) => c.cell)).toEqual(["B2", "C2", "B3", "C3"]);
    expect(block.area).toBe("B2:C3");
  });

  it("one count: one cell, no spill", () => {
    expect(spillOf("G8", { sheet: "S", row: 7, column: 13 }, ["156.3"])).toEqual({ cells: [{ cell: "N8", result: "156.3" }], area: null });
  });
});
