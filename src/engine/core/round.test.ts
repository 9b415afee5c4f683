/** Rounding half away from zero, as published statistics are rounded. */
import { roundHalfAwayFromZero } from "./round";

describe("roundHalfAwayFromZero", () => {
  it.each([
    [2.25, 1, 2.3],
    [-2.25, 1, -2.3],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    // 1.005 is stored as 1.00499999999999989…; published statistics (and Excel) still show 1.01.
    [1.005, 2, 1.01],
    [503.4023, 1, 503.4],
    [826.35, 1, 826.4],
    [1234.5, -1, 1230],
    [1235, -1, 1240],
    [0.00000012345, 9, 0.000000123],
    [1e21, 1, 1e21],
    [-0.04, 1, 0],
    // Microsoft's ROUND page (support.microsoft.com, "ROUND function"): =ROUND(626.3,-3) is 1000,
    // =ROUND(1.98,-1) is 0, =ROUND(-50.55,-2) is -100, =ROUND(-1.475,2) is -1.48.
    [626.3, -3, 1000],
    [1.98, -1, 0],
    [-50.55, -2, -100],
    [-1.475, 2, -1.48],
    // A tie to the left of the point, reached through binary arithmetic: 7,585,000 ÷ 200,000 × 100,000 is
    // 3,792,500 exactly in decimal (37.925 × 100,000), 3,792,499.9999999995 in binary. To 15 digits, as Excel
    // computes, it is the tie 3,792,500, which rounds away from zero to 3,793,000 (RATE's decimals = −3).
    [(7585000 / 200000) * 100000, -3, 3793000],
    [-((7585000 / 200000) * 100000), -3, -3793000],
    [2500, -4, 0], // 0.25 of ten thousand: below the tie
    [5000, -4, 10000], // exactly half of ten thousand: away from zero
    [1.5, -0.5, 2], // a fractional count of places is truncated, as ROUND truncates num_digits (−0.5 → 0)
  ])("rounds %p to %p places as %p", (value, places, expected) => {
    expect(roundHalfAwayFromZero(value, places)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.01, 1), 0)).toBe(true);
  });

  it("passes non-finite numbers through", () => {
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAwayFromZero(Number.NaN, 1)).toBeNaN();
  });
});
