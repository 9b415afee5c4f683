/** Two figures from different cells on one scale: "85%" (0.85) beside a plain 85.0 from a "%" column is 85%. */
import type { Figure } from "./cellNumber";

export function onCommonScale(a: Figure, b: Figure): [number, number] {
  if (a.percent && !b.percent && Math.abs(b.value) > 1) return [a.value, b.value / 100];
  if (b.percent && !a.percent && Math.abs(a.value) > 1) return [a.value / 100, b.value];
  return [a.value, b.value];
}

/** |a − b| relative to b (0 when equal; infinite when b is 0 and a is not). */
export function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  return b === 0 ? Number.POSITIVE_INFINITY : Math.abs(a - b) / Math.abs(b);
}
