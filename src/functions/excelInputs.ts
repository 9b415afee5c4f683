/**
 * Arguments as Excel sends them, made into what the engine reads. Three of Excel's ways need undoing here:
 * - with allowErrorForDataTypeAny (set in functions.json), an error cell arrives as an error object, which the
 *   engine reads as its text ("#N/A"), as both workbook adapters already hand it over;
 * - with allowCustomDataForDataTypeAny (set too), a cell holding an Excel data type arrives as that data type's
 *   object, in the JSON shape of Excel.CellValue (Microsoft's "Use data types with custom functions in Excel"):
 *   Double and FormattedNumber ({type, basicValue: 0.555, numberFormat: "0.0%"}), String, Boolean, Error, and
 *   Entity ({type: "Entity", text: "Leeds", basicValue: "#VALUE!", properties}). Each is read as the cell shows it:
 *   its basic value, and an entity as its text (its basic value is always #VALUE!);
 * - Excel desktop builds before Microsoft's fix (office-js#4702, #5262) send an empty cell as 0. Where a blank must
 *   not count as 0 (a value that is rated, trended or benchmarked), the cells behind each 0 are looked up by the
 *   invocation's parameter addresses, all in one read, and only when a 0 arrives.
 */
import { excelErrorIn } from "../engine/core/cellNumber";

export type ArgumentGrid = unknown[][] | null | undefined;

/** The text of an error object (CustomFunctions.Error's `code`, or a cell value's `basicValue`), else null. */
export function errorObjectText(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const fields = value as { code?: unknown; basicValue?: unknown; type?: unknown };
  for (const candidate of [fields.code, fields.basicValue]) {
    const text = typeof candidate === "string" ? excelErrorIn(candidate) : null;
    if (text) return text;
  }
  return null;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || (typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean";

/**
 * The plain value of an object Excel sent for a cell: an error as its text, an entity as its text, any other data
 * type as its basic value. An object of no shape Excel documents is #VALUE!, so it is refused rather than read.
 */
export function plainValueOf(value: object): string | number | boolean {
  const fields = value as { type?: unknown; text?: unknown; basicValue?: unknown };
  if (fields.type === "Entity" || fields.type === "LinkedEntity") {
    if (typeof fields.text === "string" && fields.text !== "") return fields.text;
  }
  const error = errorObjectText(value);
  if (error) return error;
  return isScalar(fields.basicValue) ? fields.basicValue : "#VALUE!";
}

/**
 * The grid with every object Excel sent (an error, a data type) as its plain value; the same array when there is
 * none (the usual case, no copy).
 */
export function errorsAsText(grid: ArgumentGrid): ArgumentGrid {
  if (!grid) return grid;
  let copy: unknown[][] | null = null;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "object" || cell === null) continue;
      if (!copy) copy = grid.map((original) => original.slice());
      copy[r][c] = plainValueOf(cell);
    }
  }
  return copy ?? grid;
}

/** For each address, whether each cell of it is empty: one batched read of the cells' value types. */
export type EmptyCellReader = (addresses: readonly string[]) => Promise<boolean[][][]>;

/** The slice of CustomFunctions.Invocation used here (parameterAddresses needs @requiresParameterAddresses). */
export interface InvocationAddresses {
  readonly parameterAddresses?: readonly (string | null | undefined)[];
}

function hasZero(grid: ArgumentGrid): boolean {
  if (!grid) return false;
  for (const row of grid) for (const cell of row) if (cell === 0) return true;
  return false;
}

/**
 * The arguments with each 0 that stands for an empty cell made null. Returns the arguments themselves,
 * synchronously, when no argument holds a 0 or Excel gave no addresses (web and current desktop builds send null
 * for an empty cell, so they never pay for the read); otherwise a promise of one read through `readEmpty`.
 */
export function restoreBlanks(
  args: readonly ArgumentGrid[],
  invocation: InvocationAddresses | null | undefined,
  readEmpty: EmptyCellReader | null,
): readonly ArgumentGrid[] | Promise<readonly ArgumentGrid[]> {
  const addresses = invocation?.parameterAddresses;
  if (!addresses || !readEmpty) return args;
  const lookups: { index: number; address: string }[] = [];
  args.forEach((grid, index) => {
    const address = addresses[index];
    if (address && hasZero(grid)) lookups.push({ index, address });
  });
  if (lookups.length === 0) return args;
  return readEmpty(lookups.map((lookup) => lookup.address)).then((empties) => {
    const restored = args.slice();
    lookups.forEach(({ index }, i) => {
      const empty = empties[i];
      restored[index] = args[index]?.map((row, r) => row.map((cell, c) => (cell === 0 && empty?.[r]?.[c] ? null : cell)));
    });
    return restored;
  });
}
