/**
 * The funding rules at their edges (README, Functions: FUNDSTATUS, PROFILE, UNDERSPEND, SPENDBY, PASSPORTBY), each
 * worked by hand. Periods are chosen so the share of time gone by is exact: ten days, five gone is a half.
 */
import { addMonths, checkTotal, fundStatus, passportBy, profile, spendBy, underspend } from "./funding";
import { MAX_SERIAL, serialOf } from "../dates/serial";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const START = serialOf(2022, 4, 1);
const END = START + 10;
const HALFWAY = START + 5;

describe("PROFILE: a straight line from nothing at the start to everything at the end", () => {
  it.each([
    [START - 1, 0], // before the start
    [START, 0], // on the start date nothing is expected yet
    [START + 1, 100], // 1 ÷ 10 of £1,000
    [HALFWAY, 500],
    [END, 1000], // on the end date, everything
    [END + 30, 1000], // and never more
  ])("on day %p, £1,000 over ten days expects £%p", (asOf, expected) => {
    expect(value(profile(1000, START, END, asOf))).toBeCloseTo(expected, 9);
  });

  it("expects everything on the day of a one-day period, and nothing the day before", () => {
    expect(value(profile(1000, START, START, START))).toBe(1000);
    expect(value(profile(1000, START, START, START - 1))).toBe(0);
    expect(value(profile(1000, START, START, START + 1))).toBe(1000);
  });

  it("refuses an end before the start, but not an end on the start", () => {
    expect(profile(1000, START, START - 1, START)).toEqual({ ok: false, error: { kind: "value", message: "The end date is before the start date." } });
    // UNDERSPEND takes the same period, so the same refusal, rather than a projection over a negative length.
    expect(underspend(1000, 0, START, START - 1, START)).toEqual({ ok: false, error: { kind: "value", message: "The end date is before the start date." } });
    expect(profile(1000, START, START, START).ok).toBe(true);
  });
});

describe("FUNDSTATUS at each edge (£1,000 over ten days, 10% tolerance: £100)", () => {
  const status = (spent: number, asOf: number, allocation = 1000) => value(fundStatus(allocation, spent, START, END, asOf, null));

  it.each([
    // Halfway the profile is £500. Behind by up to 10% of the allocation (£100, plus the half-penny) is Amber.
    [500, HALFWAY, "Green"], // on profile
    [499.995, HALFWAY, "Green"], // half a penny behind is on profile
    [499.99, HALFWAY, "Amber"], // a penny behind
    [400, HALFWAY, "Amber"], // exactly £100 behind: the edge is in
    [399.995, HALFWAY, "Amber"], // £100.005 behind: £100 plus the half-penny, the edge is in (exact in binary)
    [399.99, HALFWAY, "Red"], // £100.01 behind
    [1000, HALFWAY, "Complete"],
    [999.995, HALFWAY, "Complete"], // half a penny short is spent to the penny
    [999.99, HALFWAY, "Green"], // a penny short, but ahead of profile
    [1000.004, HALFWAY, "Complete"],
    [1000.005, HALFWAY, "Complete"], // half a penny over is spent to the penny, as half a penny short is
    [1000.01, HALFWAY, "Overspent"],
    [0, START - 1, "Not started"],
    [0.005, START - 1, "Not started"], // half a penny is nothing spent
    [0.01, START - 1, "Green"], // a penny before the start is spending ahead of a profile of £0
    [0, START, "Green"], // on the start date nothing is expected
    [900, END, "Amber"], // on the end date the period is not over: £100 behind
    [900, END + 1, "Red"], // after it, money unspent goes back
  ] as const)("£%p spent on day %p is %p", (spent, asOf, expected) => {
    expect(status(spent, asOf)).toBe(expected);
  });

  it("counts spend within half a penny of a real allocation as complete, whatever binary makes of it", () => {
    // Workforce Capacity Grant, £725,319: £725,318.995 is half a penny short, so Complete and nothing at risk.
    // (725,319 − 725,318.995 in binary is 0.0050000000047, a hair over the half-penny.)
    expect(value(fundStatus(725_319, 725_318.995, START, END, END + 1, null))).toBe("Complete");
    expect(value(underspend(725_319, 725_318.995, START, END, END + 1))).toBe(0);
  });

  it("puts half a penny behind on profile at the very edge", () => {
    // 2p over ten days, halfway: 1p expected, ½p spent, ½p behind (exact in binary: 0.01 − 0.005 = 0.005).
    expect(status(0.005, HALFWAY, 0.02)).toBe("Green");
    expect(value(underspend(0.02, 0.005, START, END, HALFWAY))).toBe(0);
  });

  it("takes a tolerance of its own", () => {
    expect(value(fundStatus(1000, 449.99, START, END, HALFWAY, "5%"))).toBe("Red"); // £50.01 behind, 5% is £50
    expect(value(fundStatus(1000, 450, START, END, HALFWAY, "5%"))).toBe("Amber");
  });
});

describe("UNDERSPEND: what is left at the end at the rate so far", () => {
  it.each([
    [400, HALFWAY, 200], // £400 in half the time → £800 by the end: £200 unspent
    [100, START + 1, 0], // £100 in a tenth of the time is on profile: nothing at risk
    [50, START + 1, 500], // £50 in a tenth → £500 by the end: £500 unspent
    [500, HALFWAY, 0], // on profile
    [0, START, 0], // no time gone by: no rate yet
    [0, START - 1, 0],
    [900, END, 100], // on the end date, the rate so far is the whole: £100
    [900, END + 1, 100], // after the end, what is left
    [1000, END + 1, 0],
    [1200, HALFWAY, 0], // overspent: never negative
  ])("£%p spent on day %p leaves £%p", (spent, asOf, expected) => {
    expect(value(underspend(1000, spent, START, END, asOf))).toBeCloseTo(expected, 9);
  });
});

describe("SPENDBY and PASSPORTBY", () => {
  it.each([
    [serialOf(2022, 1, 15), -1, serialOf(2021, 12, 15)], // back across a year end
    [serialOf(2021, 12, 15), 1, serialOf(2022, 1, 15)],
    [serialOf(2022, 12, 31), 2, serialOf(2023, 2, 28)],
    [serialOf(2022, 5, 10), 12, serialOf(2023, 5, 10)],
    [serialOf(2022, 5, 10), 24, serialOf(2024, 5, 10)],
    [serialOf(2022, 5, 10), -13, serialOf(2021, 4, 10)],
    [serialOf(2022, 5, 10), -12, serialOf(2021, 5, 10)],
    [serialOf(2022, 5, 10), 0, serialOf(2022, 5, 10)],
  ])("addMonths(%p, %p) = %p, as EDATE", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it("gives #NUM! past 31 December 9999, as EDATE does, and the last day itself", () => {
    expect(value(spendBy(serialOf(9999, 10, 31), 2))).toBe(MAX_SERIAL); // 31 Dec 9999
    expect(spendBy(serialOf(9999, 10, 31), 3)).toMatchObject({ ok: false, error: { kind: "num" } });
    expect(value(passportBy(MAX_SERIAL - 20, 20, false))).toBe(MAX_SERIAL);
    expect(passportBy(MAX_SERIAL - 20, 21, false)).toMatchObject({ ok: false, error: { kind: "num" } });
  });

  it("takes whole counts up to a hundred years", () => {
    expect(value(spendBy(serialOf(2022, 1, 1), 1200))).toBe(serialOf(2122, 1, 1));
    expect(spendBy(serialOf(2022, 1, 1), 1201)).toEqual({ ok: false, error: { kind: "value", message: "The number of months (1201) must be a whole number up to 1200." } });
    expect(spendBy(serialOf(2022, 1, 1), 2.5)).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(value(passportBy(serialOf(2022, 1, 1), 36500, false))).toBe(serialOf(2022, 1, 1) + 36500);
    expect(passportBy(serialOf(2022, 1, 1), 36501, false)).toEqual({ ok: false, error: { kind: "value", message: "The number of days (36501) must be a whole number up to 36500." } });
  });

  it.each([
    [true, true],
    [1, true],
    ["TRUE", true],
    ["yes", true],
    [" Working ", true],
    [false, false],
    [0, false],
    [2, false],
    ["no", false],
    ["workings", false],
    ["not working", false],
    [null, false],
  ])("workingDays %p counts working days: %p", (working, expected) => {
    // Received Friday 1 April 2022, 20 days, no holidays: 21 April by the calendar, 29 April in weekdays.
    expect(value(passportBy(serialOf(2022, 4, 1), 20, working, "none"))).toBe(expected ? serialOf(2022, 4, 29) : serialOf(2022, 4, 21));
  });
});

describe("checkTotal: a printed total reconciles within half its rounding", () => {
  it.each([
    // parts, stated, roundedTo, reconciles
    [[19_135_000], 19_140_000, 10_000, true], // £5,000 off a total printed to £10,000: the edge is in
    [[19_134_990], 19_140_000, 10_000, false], // £5,010 off
    [[19_145_000], 19_140_000, 10_000, true], // the other way
    [[19_145_010], 19_140_000, 10_000, false],
    [[100, 50], 150.5, 1, true], // to the pound: 50p is half
    [[100, 50], 150.51, 1, false],
    [[100, 50], 149.49, 1, false],
    [[], 0, 1, true],
    // Printed to the nearest £1,000: £500.005 off is half the rounding plus the half-penny, the edge is in (exact
    // in binary: 1000 − 499.995 = 500.005); £500.01 off is out.
    [[499.995], 1000, 1000, true],
    [[499.99], 1000, 1000, false],
  ])("%p against %p to %p: %p", (parts, stated, roundedTo, reconciles) => {
    const check = checkTotal(parts, stated, roundedTo);
    expect(check.reconciles).toBe(reconciles);
    expect(check.sum).toBe(parts.reduce((a, b) => a + b, 0));
    expect(check.difference).toBeCloseTo(stated - check.sum, 9);
  });

  it("rounds to the pound by default", () => {
    expect(checkTotal([100, 50], 150.5).reconciles).toBe(true);
    expect(checkTotal([100, 50], 151).reconciles).toBe(false);
  });
});
