/**
 * FUNDSTATUS, PROFILE and UNDERSPEND at the edges where they used to contradict each other (issue 30), worked by
 * hand, then a property test that they agree on every generated period, spend and report date.
 */
import fc from "fast-check";
import { fundStatus, profile, underspend } from "./funding";
import { serialOf } from "../dates/serial";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** Workforce Capacity Grant: £725,319 for 16 Jan – 31 Mar 2021 (the published appendix); spend is made up. */
const ALLOCATION = 725_319;
const START = serialOf(2021, 1, 16);
const END = serialOf(2021, 3, 31);
const all = (spent: number, asOf: number) => ({
  status: value(fundStatus(ALLOCATION, spent, START, END, asOf, null)),
  expected: value(profile(ALLOCATION, START, END, asOf)),
  unspent: value(underspend(ALLOCATION, spent, START, END, asOf)),
});

describe("the funding functions agree at each edge", () => {
  it("money spent before the start is started (Green, ahead of a profile of £0), with nothing projected unspent", () => {
    // 10 January, £50,000 already spent: the profile is £0, so spending is £50,000 ahead of it.
    expect(all(50_000, serialOf(2021, 1, 10))).toEqual({ status: "Green", expected: 0, unspent: 0 });
    // Nothing spent before the start is still "Not started".
    expect(all(0, serialOf(2021, 1, 10))).toEqual({ status: "Not started", expected: 0, unspent: 0 });
  });

  it("on the start date nothing is expected and nothing is yet at risk: Green, £0 expected, £0 projected", () => {
    // Before this, UNDERSPEND gave the whole £725,319 on the start date while the status said Green.
    expect(all(0, START)).toEqual({ status: "Green", expected: 0, unspent: 0 });
  });

  it("Complete within a penny of the allocation leaves nothing unspent, even after the end", () => {
    // £725,318.996 spent: £0.004 short, under the half-penny that is "spent to the penny".
    expect(all(725_318.996, END + 1)).toEqual({ status: "Complete", expected: ALLOCATION, unspent: 0 });
    expect(all(725_318.996, serialOf(2021, 2, 1)).unspent).toBe(0);
  });

  it("after the end with money left, Red and the unspent is what is left", () => {
    // £700,000 spent: £725,319 − £700,000 = £25,319 goes back.
    expect(all(700_000, END + 1)).toEqual({ status: "Red", expected: ALLOCATION, unspent: 25_319 });
  });
});

describe("property: FUNDSTATUS, PROFILE and UNDERSPEND never contradict each other", () => {
  const PENNY = 0.005;
  const cases = fc.record({
    allocation: fc.integer({ min: 0, max: 10_000_000_00 }).map((pence) => pence / 100),
    spentShare: fc.oneof(fc.double({ min: 0, max: 1.2, noNaN: true }), fc.constantFrom(0, 1, 0.9999999999)),
    start: fc.integer({ min: serialOf(2019, 1, 1), max: serialOf(2026, 1, 1) }),
    length: fc.integer({ min: 0, max: 800 }),
    offset: fc.integer({ min: -60, max: 900 }),
  });

  it("agree on every generated case", () => {
    fc.assert(
      fc.property(cases, ({ allocation, spentShare, start, length, offset }) => {
        const end = start + length;
        const asOf = start + offset;
        const spent = Math.round(allocation * spentShare * 1000) / 1000;
        const status = value(fundStatus(allocation, spent, start, end, asOf, null));
        const expected = value(profile(allocation, start, end, asOf));
        const unspent = value(underspend(allocation, spent, start, end, asOf));
        expect(unspent).toBeGreaterThanOrEqual(0);
        expect(expected).toBeGreaterThanOrEqual(0);
        expect(expected).toBeLessThanOrEqual(allocation);
        switch (status) {
          case "Complete":
          case "Overspent":
            expect(spent).toBeGreaterThanOrEqual(allocation - PENNY);
            expect(unspent).toBe(0);
            break;
          case "Not started":
            expect(asOf).toBeLessThan(start);
            expect(expected).toBe(0);
            expect(spent).toBeLessThanOrEqual(PENNY);
            expect(unspent).toBe(0);
            break;
          case "Green":
            expect(spent).toBeGreaterThanOrEqual(expected - PENNY);
            expect(unspent).toBe(0);
            break;
          case "Amber":
          case "Red":
            // Behind the profile, so money is projected unspent, and never more than what is left.
            expect(spent).toBeLessThan(expected - PENNY);
            expect(unspent).toBeGreaterThan(0);
            expect(unspent).toBeLessThanOrEqual(allocation - spent + 1e-6);
            if (asOf > end) expect(unspent).toBeCloseTo(allocation - spent, 6);
            break;
        }
      }),
      { numRuns: 3000, seed: 27 },
    );
  });
});
