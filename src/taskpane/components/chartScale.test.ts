/** Axis ticks: round £ steps and month or quarter dates, on the sample's own ranges. */
import { serialOf } from "../../engine/dates/serial";
import { monthTicks, moneyTicks } from "./chartScale";
import { shortPounds } from "./money";

describe("a £ axis", () => {
  it("steps in round amounts from £0 past the largest bar", () => {
    // The sample's largest stream: Infection Control Fund round 1, £5,320,292.
    expect(moneyTicks(5_320_292).map(shortPounds)).toEqual(["£0", "£2m", "£4m", "£6m"]);
    expect(moneyTicks(979_000).map(shortPounds)).toEqual(["£0", "£250k", "£500k", "£750k", "£1m"]);
    expect(moneyTicks(1_500_000).map(shortPounds)).toEqual(["£0", "£500k", "£1m", "£1.5m"]);
    expect(moneyTicks(0)).toEqual([0]);
  });
});

describe("a date axis", () => {
  const labels = (from: number, to: number) => monthTicks(from, to).map((t) => t.label || "·");

  it("labels years across a programme of years, with a line at each quarter", () => {
    // The sample's programme: April 2022 to September 2026.
    expect(labels(serialOf(2022, 4, 1), serialOf(2026, 9, 30))).toEqual(["·", "·", "·", "2023", "·", "·", "·", "2024", "·", "·", "·", "2025", "·", "·", "·", "2026", "·", "·"]);
    const ticks = monthTicks(serialOf(2022, 4, 1), serialOf(2026, 9, 30));
    expect(ticks[0].serial).toBe(serialOf(2022, 4, 1));
    expect(ticks.every((t) => [1, 4, 7, 10].includes(new Date(Date.UTC(1899, 11, 30 + t.serial)).getUTCMonth() + 1))).toBe(true);
  });

  it("labels quarters across a year, and months across a quarter", () => {
    expect(labels(serialOf(2025, 3, 15), serialOf(2025, 12, 30))).toEqual(["Apr 2025", "Jul 2025", "Oct 2025"]);
    expect(labels(serialOf(2025, 4, 1), serialOf(2025, 6, 30))).toEqual(["Apr 2025", "May 2025", "Jun 2025"]);
  });
});
