/**
 * The one runner every custom function goes through. A function is declared once in the engine (its parameters,
 * their names, kinds and defaults); the runner turns error cells into their text, broadcasts the ranges, reads
 * each cell's parameters by their declarations and turns what fails into an Excel error.
 */
import { callDeclared, type DeclaredFunction, type Parameter } from "../engine/core/parameters";
import { officeEmptyCellReader } from "../adapters/office/emptyCells";
import { errorsAsText, restoreBlanks, type ArgumentGrid, type InvocationAddresses } from "./excelInputs";
import { spill, toExcelError } from "./excelResults";

type Spilled = unknown[][];

/** Runs a declared function over the arguments as Excel sent them, in the order it declares them. */
export function runDeclared<P extends readonly Parameter<unknown>[], R>(fn: DeclaredFunction<P, R>, args: readonly ArgumentGrid[]): Spilled {
  return runOnCells(fn, args.map(errorsAsText));
}

/** The run itself, on arguments whose error cells are already their text. */
function runOnCells<P extends readonly Parameter<unknown>[], R>(fn: DeclaredFunction<P, R>, inputs: readonly ArgumentGrid[]): Spilled {
  if (fn.wholeRange) {
    const whole = fn.wholeRange(inputs, toExcelError);
    return whole.ok ? whole.value : [[toExcelError(whole.error)]];
  }
  const grids = fn.parameters.map((parameter, index) => {
    const grid = inputs[index];
    // A per-row parameter is one cell per row, holding the row: YTD's periods broadcast down the rows. An
    // entire-range parameter is one cell holding the range (a holidays list), the same for every cell.
    if (parameter.entireRange) return { name: parameter.name, grid: grid ? [[grid]] : grid };
    return { name: parameter.name, grid: parameter.perRow && grid ? grid.map((row) => [row]) : grid };
  });
  return spill(grids, (cells) => callDeclared(fn, cells));
}

/**
 * As runDeclared, but where an older Excel desktop sent an empty cell as 0, that cell is blank again. For functions
 * that rate, trend or compare a value, where a blank must not count as 0. Asynchronous (Promise) because that look-up
 * is, though it happens only when a 0 arrives with an address to check; the metadata generator reads a Promise's
 * dimensionality, not a union's.
 */
export async function runDeclaredWithBlanks<P extends readonly Parameter<unknown>[], R>(
  fn: DeclaredFunction<P, R>,
  args: readonly ArgumentGrid[],
  invocation: InvocationAddresses | null | undefined,
): Promise<Spilled> {
  return runOnCells(fn, await restoreBlanks(args.map(errorsAsText), invocation, officeEmptyCellReader()));
}
