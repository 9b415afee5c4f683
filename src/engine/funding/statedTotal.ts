/**
 * A total as a report states it, and how precisely: "£19.14m" is £19,140,000 to the nearest £10,000, "£23m" to the
 * nearest £1m, "£22,936,177" to the pound. A check against the rows allows half of that rounding, and no more.
 */
import { readFigure } from "../core/cellNumber";
import { fail, ok, quote, type Result } from "../core/result";
import { checkTotal, type TotalCheck } from "./funding";
import type { StreamAnalysis } from "./fundingTable";

export interface StatedTotal {
  readonly amount: number;
  /** The unit the figure is written to: 10,000 for "£19.14m". */
  readonly roundedTo: number;
}

const SUFFIX_EXPONENT: Readonly<Record<string, number>> = { k: 3, m: 6, bn: 9 };

/** The amount a stated total means and its precision; null for blank text. */
export function readStatedTotal(text: string): Result<StatedTotal> | null {
  // A total as a paper prints it: "£19.14 million", "£2.8 bn", "£979 thousand" are "£19.14m", "£2.8bn", "£979k".
  const written = text.trim().replace(/\s*(million|mn|m)\.?$/i, "m").replace(/\s*(billion|bn)\.?$/i, "bn").replace(/\s*(thousand|k)\.?$/i, "k");
  if (written === "") return null;
  // In a £ field, "19.14m" means £19.14m: the engine's reader asks for the £ before a multiplier.
  const figure = readFigure(/^[\d.,]+\s*(k|m|bn)$/i.test(written) ? `£${written}` : written);
  if (!figure.ok || figure.value.percent || figure.value.comparator) return fail("value", `${quote(text)} is not an amount of money, such as £19.14m or £22,936,177.`);
  const suffix = /(k|m|bn)\s*$/i.exec(written)?.[1]?.toLowerCase();
  const decimals = /\.(\d+)/.exec(written)?.[1].length ?? 0;
  return ok({ amount: figure.value.value, roundedTo: 10 ** ((suffix ? SUFFIX_EXPONENT[suffix] : 0) - decimals) });
}

/** A stated total against the rows it should add up from, to the precision it was written to. */
export function checkStatedTotal(text: string, parts: readonly number[]): Result<TotalCheck & { readonly roundedTo: number }> | null {
  const stated = readStatedTotal(text);
  if (!stated || !stated.ok) return stated;
  return ok({ ...checkTotal(parts, stated.value.amount, stated.value.roundedTo), roundedTo: stated.value.roundedTo });
}

/** The totals a report prints: all streams, then each funder's share, with the allocations that make them up. */
export function reportTotals(streams: readonly StreamAnalysis[]): { readonly key: string; readonly parts: readonly number[] }[] {
  const funders = [...new Set(streams.map((s) => s.funder).filter((f) => f !== ""))];
  return [
    { key: "All streams", parts: streams.map((s) => s.allocation) },
    ...funders.map((funder) => ({ key: funder, parts: streams.filter((s) => s.funder === funder).map((s) => s.allocation) })),
  ];
}
