/**
 * Two figures on one scale, and the tolerance: read as the README's RAG rules state them ("5%" or 0.05 is within 5%
 * of the target, the edge included; a "%" figure beside a plain one above 1 is in percent).
 */
import { dividedForCommonScale, onCommonScale, relativeDifference } from "./scale";
import { DEFAULT_RAG_TOLERANCE, describeFraction, parseTolerance, toleranceLimit, toleranceParameter, withinTolerance } from "./tolerance";

const pct = (value: number) => ({ value, percent: true });
const plain = (value: number) => ({ value, percent: false });

describe("onCommonScale puts a percentage and a plain figure on one scale", () => {
  it.each([
    // a, b, expected: "85%" (0.85) beside a plain 85.0 from a "%" column is 85%.
    [pct(0.85), plain(85), [0.85, 0.85]],
    [plain(85), pct(0.85), [0.85, 0.85]],
    [pct(0.85), plain(-85), [0.85, -0.85]], // −85 is past −1 too: in percent
    [plain(-85), pct(0.85), [-0.85, 0.85]],
    // A plain figure of 1 or less is already a fraction: 1 is 100%, 0.9 is 90%.
    [pct(0.85), plain(1), [0.85, 1]],
    [plain(1), pct(0.85), [1, 0.85]],
    [pct(0.85), plain(-1), [0.85, -1]],
    [plain(0.9), pct(0.85), [0.9, 0.85]],
    // Both percentages, or both plain: nothing to rescale.
    [pct(0.85), pct(0.9), [0.85, 0.9]],
    [plain(85), plain(90), [85, 90]],
  ])("%p beside %p is %p", (a, b, expected) => {
    expect(onCommonScale(a, b)).toEqual(expected);
  });

  it("names which figure is divided by 100", () => {
    expect(dividedForCommonScale(0.85, true, 85, false)).toBe("b");
    expect(dividedForCommonScale(85, false, 0.85, true)).toBe("a");
    expect(dividedForCommonScale(0.85, true, 1, false)).toBeNull();
    expect(dividedForCommonScale(1, false, 0.85, true)).toBeNull();
    expect(dividedForCommonScale(85, true, 90, true)).toBeNull();
    expect(dividedForCommonScale(85, false, 90, false)).toBeNull();
  });
});

describe("relativeDifference is |a − b| relative to b", () => {
  it.each([
    [105, 100, 0.05], // 5 ÷ 100
    [95, 100, 0.05],
    [-105, -100, 0.05], // 5 ÷ |−100|
    [0, 0, 0], // equal, even at zero
    [7, 7, 0],
    [5, 0, Number.POSITIVE_INFINITY], // any difference from 0 is infinitely far
    [-5, 0, Number.POSITIVE_INFINITY],
  ])("%p against %p is %p", (a, b, expected) => {
    expect(relativeDifference(a, b)).toBeCloseTo(expected, 12);
  });
});

describe("the tolerance's edge is in", () => {
  it("counts a miss of exactly the tolerance as within it, and a miss past it as outside", () => {
    expect(withinTolerance(0.05, 0.05)).toBe(true);
    // (105 − 100) ÷ 100 in binary lands a hair over 0.05: still within.
    expect(withinTolerance((105 - 100) / 100 + 1e-16, 0.05)).toBe(true);
    // 5.000000001% is outside 5%.
    expect(withinTolerance(0.05000000001, 0.05)).toBe(false);
    expect(withinTolerance(0, 0)).toBe(true);
    expect(withinTolerance(0.001, 0)).toBe(false);
    expect(toleranceLimit(0.05)).toBeGreaterThanOrEqual(0.05);
    expect(toleranceLimit(0.05)).toBeLessThan(0.05000000001);
  });
});

describe("parseTolerance reads a fraction or a percentage", () => {
  it.each([
    [0.05, 0.05],
    ["5%", 0.05],
    ["2.5%", 0.025],
    ["0.1", 0.1],
    [0, 0], // no tolerance: any miss is Red
    ["0%", 0],
  ])("%p is %p", (input, expected) => {
    expect(parseTolerance(input)).toEqual({ ok: true, value: expected });
  });

  it.each([null, undefined, "", "   "])("%p is the default, 5% for RAG", (input) => {
    expect(parseTolerance(input)).toEqual({ ok: true, value: DEFAULT_RAG_TOLERANCE });
    expect(DEFAULT_RAG_TOLERANCE).toBe(0.05);
    expect(parseTolerance(input, 0.1)).toEqual({ ok: true, value: 0.1 });
  });

  it.each([
    ["lots", 'The tolerance "lots" is not a number or a percentage such as 5%.'],
    [true, "The tolerance true is not a number or a percentage such as 5%."],
    ["<5%", 'The tolerance "<5%" should be a number, without < or >.'],
    [-0.05, "The tolerance -0.05 is negative."],
    ["-5%", "The tolerance -5% is negative."],
  ])("refuses %p: %p", (input, message) => {
    expect(parseTolerance(input)).toEqual({ ok: false, error: { kind: "value", message } });
  });

  it("names the argument it reads in its messages", () => {
    expect(parseTolerance("lots", 0.05, "threshold")).toMatchObject({ error: { message: 'The threshold "lots" is not a number or a percentage such as 5%.' } });
    const parameter = toleranceParameter("tolerance", 0.1, "funding tolerance");
    expect(parameter.name).toBe("tolerance");
    expect(parameter.fallback).toBe(0.1);
    expect(parameter.read(null)).toEqual({ ok: true, value: 0.1 });
    expect(parameter.read("lots")).toMatchObject({ error: { message: 'The funding tolerance "lots" is not a number or a percentage such as 5%.' } });
    expect(toleranceParameter("tolerance").read(null)).toEqual({ ok: true, value: 0.05 });
  });
});

describe("describeFraction words a tolerance or a miss", () => {
  it.each([
    [0.05, "5%"],
    [0.025, "2.5%"],
    [0.028301886792452834, "2.8%"], // 15 ÷ 530, to one decimal
    [0.1234, "12.3%"],
    [0, "0%"],
    [12.5, "1,250%"], // en-GB grouping
  ])("%p is %p", (fraction, text) => {
    expect(describeFraction(fraction)).toBe(text);
  });
});
