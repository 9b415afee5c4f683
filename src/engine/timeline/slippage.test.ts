/** Slippage between planned and re-planned dates, and its rating. */
import timelines from "../../../test/fixtures/timelines.json";
import { financialQuarterOf, financialYearOf } from "../dates/financialYear";
import { serialOf } from "../dates/serial";
import { slippage, slipRating } from "./slippage";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("slippage of the care at home recommission (planned March 2022, re-planned June 2025)", () => {
  const planned = timelines.timelines[2].milestones.find((m) => m.name === "Contract start date")!;
  const replanned = timelines.timelines[0].milestones.find((m) => m.name === "Contract start")!;

  it("moved the contract start from 31 August 2023 to 1 September 2026", () => {
    expect([planned.date_text, replanned.date_text]).toEqual(["31 August 2023", "1st September 2026"]);
    expect(value(slippage(planned.date_text, replanned.date_text, null, null))).toBe(1097);
    expect(value(slippage(planned.date_text, replanned.date_text, "weeks", null))).toBe(156.7);
    expect(value(slippage(planned.date_text, replanned.date_text, "months", null))).toBe(36);
    expect(value(slipRating(planned.date_text, replanned.date_text, null, null, null))).toBe("Red");
  });

  it("compares the start or the end of periods as asked", () => {
    expect(value(slippage("March 2023", "March 2026", "months", "start"))).toBe(36);
    expect(value(slippage("April 2022 – August 2022", "June, July and August 2025", "days", "end"))).toBe(
      serialOf(2025, 8, 31) - serialOf(2022, 8, 31),
    );
  });
});

describe("slippage units", () => {
  it.each([
    // baseline, current, unit, expected
    [serialOf(2025, 1, 31), serialOf(2025, 2, 28), "months", 0], // DATEDIF "m": not a whole month yet
    [serialOf(2025, 1, 31), serialOf(2025, 3, 31), "months", 2],
    [serialOf(2025, 3, 31), serialOf(2025, 1, 31), "months", -2], // negative: earlier than planned
    [serialOf(2024, 2, 29), serialOf(2025, 2, 28), "months", 11], // leap day
    [serialOf(2025, 3, 31), serialOf(2025, 4, 1), "days", 1], // across the financial year end
    [serialOf(2025, 4, 1), serialOf(2025, 3, 31), "days", -1],
    [serialOf(2025, 11, 21), serialOf(2025, 11, 24), "workdays", 1], // Friday → Monday
    [serialOf(2025, 11, 22), serialOf(2025, 11, 23), "workdays", 0], // Saturday → Sunday
    [serialOf(2025, 11, 24), serialOf(2025, 12, 8), "workdays", 10],
    [serialOf(2025, 12, 8), serialOf(2025, 11, 24), "workdays", -10],
    [serialOf(2025, 1, 1), serialOf(2025, 1, 11), "weeks", 1.4],
    [serialOf(2025, 1, 1), serialOf(2025, 1, 1), "months", 0],
  ])("%p → %p in %s is %p", (baseline, current, unit, expected) => {
    expect(value(slippage(baseline, current, unit, null))).toBe(expected);
  });

  it("refuses unknown units and unreadable dates, quoting them", () => {
    expect(slippage(1, 2, "fortnights", null)).toMatchObject({ ok: false, error: { message: 'The unit "fortnights" is not one of days, weeks, months or workdays.' } });
    expect(slippage("AH/15/2025-26", "May 2025", null, null)).toMatchObject({
      ok: false,
      error: { message: 'The baseline "AH/15/2025-26" is not a date: it looks like a report reference.' },
    });
  });
});

describe("SLIPRAG thresholds", () => {
  const base = serialOf(2025, 1, 1);
  it.each([
    [base - 10, "Green"], // early
    [base, "Green"],
    [base + 30, "Green"],
    [base + 31, "Amber"],
    [base + 90, "Amber"],
    [base + 91, "Red"],
  ])("%p is %p", (current, expected) => {
    expect(value(slipRating(base, current, null, null, null))).toBe(expected);
  });

  it("says Complete for finished milestones, and takes other thresholds", () => {
    expect(value(slipRating(base, base + 400, null, null, true))).toBe("Complete");
    expect(value(slipRating(base, base + 400, null, null, "Yes"))).toBe("Complete");
    expect(value(slipRating(base, base + 8, 7, 14, false))).toBe("Amber");
    expect(slipRating(base, base, 90, 30, null)).toMatchObject({ ok: false, error: { kind: "value" } });
  });
});

describe("financial years", () => {
  it.each([
    [serialOf(2021, 5, 15), "2021/22", "Q1"],
    [serialOf(2022, 3, 31), "2021/22", "Q4"],
    [serialOf(2022, 4, 1), "2022/23", "Q1"],
    [serialOf(2021, 10, 1), "2021/22", "Q3"],
    [serialOf(2099, 12, 31), "2099/00", "Q3"],
  ])("%p is in %s %s", (serial, year, quarter) => {
    expect([financialYearOf(serial), financialQuarterOf(serial)]).toEqual([year, quarter]);
  });
});
