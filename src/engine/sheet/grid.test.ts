/** Broadcasting ranges against one another, and naming the arguments that disagree. */
import { broadcastShape, mapGrids } from "./grid";

describe("mapGrids broadcasts ranges as Excel does", () => {
  const add = (cells: (number | null)[]) => (cells[0] ?? 0) + (cells[1] ?? 0);

  it("keeps the shape of same-sized ranges", () => {
    const result = mapGrids([{ name: "a", grid: [[1], [2], [3]] }, { name: "b", grid: [[10], [20], [30]] }], add);
    expect(result).toEqual({ ok: true, value: [[11], [22], [33]] });
  });

  it("broadcasts a single cell, and treats an omitted argument (null) as a blank single cell", () => {
    expect(mapGrids([{ name: "a", grid: [[1, 2]] }, { name: "b", grid: [[5]] }], add)).toEqual({ ok: true, value: [[6, 7]] });
    expect(mapGrids([{ name: "a", grid: [[1], [2]] }, { name: "b", grid: null }], add)).toEqual({ ok: true, value: [[1], [2]] });
  });

  it("broadcasts a row across a column into a table", () => {
    const result = mapGrids([{ name: "a", grid: [[1], [2]] }, { name: "b", grid: [[10, 20, 30]] }], add);
    expect(result).toEqual({ ok: true, value: [[11, 21, 31], [12, 22, 32]] });
  });

  it("refuses shapes that do not fit, naming each argument's size", () => {
    const result = broadcastShape([{ name: "count", grid: [[1], [2], [3]] }, { name: "population", grid: [[1], [2]] }]);
    expect(result).toMatchObject({ ok: false, error: { kind: "value" } });
    if (!result.ok) expect(result.error.message).toContain("count is 3×1, population is 2×1");
  });
});
