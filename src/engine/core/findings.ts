/**
 * Findings: what the data checks of every capability report, each naming its cell so the analyst can go straight
 * to it, and how close two shown figures must be to count as the same.
 */
import { showsAsPercent, type CellValue } from "./cellNumber";
import { memoize } from "./memo";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** "Scorecard!K12" */
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface SourceCell {
  readonly address: string;
  readonly value: CellValue;
  /** The cell's Excel number format; a "%" in it means the number is a fraction shown as a percentage. */
  readonly numberFormat?: string;
}

export const isPercentFormat = (format?: string) => format !== undefined && format !== "" && showsAsPercent(format);
const decimalsWritten = memoize((text: string) => /\.(\d+)/.exec(text)?.[1].length ?? 0);
const decimalsShown = memoize((format: string) => /\.(0+)/.exec(format)?.[1].length ?? 0, 1_000);

/** Half a unit of the last decimal place a cell shows: 8.3 could be anything from 8.25 to 8.35. */
export function slackOf(cell: Omit<SourceCell, "address">, percent: boolean): number {
  let decimals: number;
  if (typeof cell.value === "string") decimals = decimalsWritten(cell.value) + (percent ? 2 : 0);
  else if (cell.numberFormat && cell.numberFormat !== "General") decimals = decimalsShown(cell.numberFormat) + (percent ? 2 : 0);
  else return 1e-9;
  return 0.5 * 10 ** -decimals + 1e-12;
}

