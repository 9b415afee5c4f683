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
