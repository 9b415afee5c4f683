/** Amounts as the pane writes them. */

/** Whole pounds, en-GB grouping: "£1,807,449". */
export const pounds = (amount: number): string => `£${Math.round(amount).toLocaleString("en-GB")}`;

/** "£0", "£750k", "£1m", "£2.5m": an axis label, short enough for a narrow pane. */
export function shortPounds(value: number): string {
  if (value >= 1_000_000) return `£${Number((value / 1_000_000).toPrecision(3))}m`;
  if (value >= 1_000) return `£${Number((value / 1_000).toPrecision(3))}k`;
  return `£${value}`;
}
