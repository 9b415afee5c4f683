/**
 * Ranges in, same-shaped array out. Excel sends every argument of a custom function as a 2-D array (a single
 * cell is [[x]]); a 1×1 argument is broadcast over the others, as is a single row or column along its length.
 * Shapes that cannot be matched are one error for the whole call, saying which arguments disagree.
 */
import { fail, ok, type Result } from "../core/result";

export type Grid<T> = readonly (readonly T[])[];

export interface NamedGrid<T> {
  readonly name: string;
  /** null or undefined: an omitted optional argument, which broadcasts like a blank single cell. */
  readonly grid: Grid<T> | null | undefined;
}

export interface Shape {
  readonly rows: number;
  readonly columns: number;
}

export function shapeOf<T>(grid: Grid<T> | null | undefined): Shape {
  if (!grid || grid.length === 0) return { rows: 1, columns: 1 };
  // A loop, not a spread into Math.max: a whole column is 1,048,576 rows, past what a spread can pass.
  let columns = 1;
  for (let r = 0; r < grid.length; r++) if (grid[r].length > columns) columns = grid[r].length;
  return { rows: grid.length, columns };
}

const describe = (shape: Shape): string => `${shape.rows}×${shape.columns}`;

/** The output shape, or an error naming the arguments whose shapes do not fit together. */
export function broadcastShape<T>(args: readonly NamedGrid<T>[]): Result<Shape> {
  let rows = 1;
  let columns = 1;
  for (const { grid } of args) {
    const shape = shapeOf(grid);
    rows = Math.max(rows, shape.rows);
    columns = Math.max(columns, shape.columns);
  }
  const misfits = args.filter(({ grid }) => {
    const shape = shapeOf(grid);
    return (shape.rows !== 1 && shape.rows !== rows) || (shape.columns !== 1 && shape.columns !== columns);
  });
  if (misfits.length > 0) {
    const sizes = args.map(({ name, grid }) => `${name} is ${describe(shapeOf(grid))}`).join(", ");
    return fail("value", `The ranges do not fit together (${sizes}): use ranges of one size, or single cells.`);
  }
  return ok({ rows, columns });
}

/** The cell of `grid` that lines up with output cell (row, column) after broadcasting. */
export function cellAt<T>(grid: Grid<T> | null | undefined, row: number, column: number): T | null {
  if (!grid || grid.length === 0) return null;
  const sourceRow = grid.length === 1 ? grid[0] : grid[row];
  if (!sourceRow || sourceRow.length === 0) return null;
  const value = sourceRow.length === 1 ? sourceRow[0] : sourceRow[column];
  return value === undefined ? null : value;
}

/**
 * Applies `compute` to every output cell. The callback gets the lined-up cells in argument order. One pass,
 * no intermediate arrays per cell: RAG over a million cells is a hot path.
 */
export function mapGrids<T, R>(
  args: readonly NamedGrid<T>[],
  compute: (cells: (T | null)[], row: number, column: number) => R,
): Result<R[][]> {
  const shape = broadcastShape(args);
  if (!shape.ok) return shape;
  const { rows, columns } = shape.value;
  const output: R[][] = new Array<R[]>(rows);
  const cells: (T | null)[] = new Array<T | null>(args.length);
  for (let row = 0; row < rows; row++) {
    const outRow: R[] = new Array<R>(columns);
    for (let column = 0; column < columns; column++) {
      for (let index = 0; index < args.length; index++) cells[index] = cellAt(args[index].grid, row, column);
      outRow[column] = compute(cells, row, column);
    }
    output[row] = outRow;
  }
  return ok(output);
}
