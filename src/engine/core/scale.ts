/** Two figures from different cells on one scale: "85%" (0.85) beside a plain 85.0 from a "%" column is 85%. */
import type { Figure } from "./cellNumber";

export function onCommonScale(a: Figure, b: Figure): [number, number] {
  const divided = dividedForCommonScale(a.value, a.percent, b.value, b.percent);
  return [divided === "a" ? a.value / 100 : a.value, divided === "b" ? b.value / 100 : b.value];
}

/**
 * The rule itself, without a pair to allocate (the planner works out 50,000 trends): which of the two figures is
 * divided by 100 to join the other's scale, if either.
 */
export function dividedForCommonScale(a: number, aPercent: boolean, b: number, bPercent: boolean): "a" | "b" | null {
  if (aPercent && !bPercent && Math.abs(b) > 1) return "b";
  if (bPercent && !aPercent && Math.abs(a) > 1) return "a";
  return null;
}

/** |a − b| relative to b (0 when equal; infinite when b is 0 and a is not). */
export function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  // b of 0 with a not: a positive difference over 0, +∞.
  return Math.abs(a - b) / Math.abs(b);
}
