/**
 * The one place engine results become what Excel shows: values, or CustomFunctions.Error. Excel only displays a
 * custom message for #VALUE! and #N/A, so other codes go without one.
 */
import type { EngineError, Result } from "../engine/core/result";
import { mapGrids, type NamedGrid } from "../engine/sheet/grid";

const MESSAGE_SHOWN = new Set<EngineError["kind"]>(["value", "na"]);

export function toExcelError(error: EngineError): CustomFunctions.Error {
  const codes: Record<EngineError["kind"], CustomFunctions.ErrorCode> = {
    value: CustomFunctions.ErrorCode.invalidValue,
    div0: CustomFunctions.ErrorCode.divisionByZero,
    na: CustomFunctions.ErrorCode.notAvailable,
    num: CustomFunctions.ErrorCode.invalidNumber,
  };
  return MESSAGE_SHOWN.has(error.kind)
    ? new CustomFunctions.Error(codes[error.kind], error.message)
    : new CustomFunctions.Error(codes[error.kind]);
}

/** A value for a cell: the engine's value, or its error as an Excel error. */
export function toCell<T>(result: Result<T>): T | CustomFunctions.Error {
  return result.ok ? result.value : toExcelError(result.error);
}

/**
 * Runs a per-cell engine function over broadcast ranges and returns the spilled array Excel expects. A shape
 * mismatch is one #VALUE! for the whole call (a 1×1 array), with the message naming the ranges.
 */
export function spill<T>(
  args: readonly NamedGrid<unknown>[],
  compute: (cells: unknown[]) => Result<T>,
): (T | CustomFunctions.Error)[][] {
  const grid = mapGrids(args, (cells) => toCell(compute(cells)));
  return grid.ok ? grid.value : [[toExcelError(grid.error)]];
}
