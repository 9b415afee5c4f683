/** Money and day counts as the report words them, en-GB: "£383,186", "61 days overdue", "1,157 days later (38 months)". */
const POUNDS = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const WHOLE = new Intl.NumberFormat("en-GB");

export const money = (amount: number): string => POUNDS.format(Math.round(amount));

/** Days from the report date: "in 12 days", "3 days overdue"; with `later`, a slip: "852 days later (28 months)". */
export function describeDays(days: number, later?: "later", months?: number | null): string {
  const count = (n: number) => `${WHOLE.format(n)} day${n === 1 ? "" : "s"}`;
  if (later) {
    const inMonths = months !== undefined && months !== null ? ` (${WHOLE.format(months)} month${months === 1 ? "" : "s"})` : "";
    return days >= 0 ? `${count(days)} later${inMonths}` : `${count(-days)} earlier${inMonths}`;
  }
  if (days < 0) return `${count(-days)} overdue`;
  return days === 0 ? "due on the report date" : `in ${count(days)}`;
}

/** A sentence after a total: ' It leaves out 2 rows that could not be read (listed under "Not read").'; "" for none. */
export function leftOutWords(leftOut: number): string {
  return leftOut === 0 ? "" : ` It leaves out ${leftOut} row${leftOut === 1 ? "" : "s"} that could not be read (listed under "Not read").`;
}
