/**
 * The bounded memo (each text worked out once, never growing past its limit) and how close two shown figures must
 * be to count as the same: half a unit of the last decimal place shown.
 */
import { isPercentFormat, slackOf } from "./findings";
import { memoize } from "./memo";

describe("memoize", () => {
  const counted = <V>(compute: (key: string) => V, limit?: number) => {
    const calls: string[] = [];
    const memo = memoize((key: string) => {
      calls.push(key);
      return compute(key);
    }, limit);
    return { memo, calls };
  };

  it("works each key out once, whichever order keys come in", () => {
    const { memo, calls } = counted((key) => key.length);
    expect([memo("a"), memo("bb"), memo("a"), memo("bb"), memo("bb"), memo("ccc")]).toEqual([1, 2, 1, 2, 2, 3]);
    expect(calls).toEqual(["a", "bb", "ccc"]);
  });

  it("remembers a result that is undefined too", () => {
    const { memo, calls } = counted(() => undefined);
    memo("a");
    memo("b");
    memo("a");
    expect(calls).toEqual(["a", "b"]);
  });

  it("starts again when full rather than growing: a limit of 2 holds 2 keys", () => {
    const { memo, calls } = counted((key) => key.toUpperCase(), 2);
    memo("a");
    memo("b");
    memo("a"); // both held: no work
    expect(calls).toEqual(["a", "b"]);
    memo("c"); // full at 2: cleared, then c held
    memo("b"); // cleared with the rest: worked out again
    expect(calls).toEqual(["a", "b", "c", "b"]);
    expect(memo("c")).toBe("C");
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });

  it("holds 10,000 keys by default", () => {
    const { memo, calls } = counted((key) => key);
    for (let i = 0; i < 10_000; i++) memo(`k${i}`);
    memo("k0");
    expect(calls.length).toBe(10_000);
    memo("one more"); // the 10,001st: cleared, so k0 is worked out again
    memo("k0");
    expect(calls.length).toBe(10_002);
  });
});

describe("isPercentFormat", () => {
  it.each([
    ["0.0%", true],
    ["0%", true],
    ["General", false],
    ["0.0", false],
    ['0 "% of target"', false], // the % is quoted text, not a percentage format
    ["", false],
    [undefined, false],
  ])("%p → %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe("slackOf: half a unit of the last decimal place the cell shows", () => {
  it.each([
    // value, numberFormat, percent, slack
    ["8.3", undefined, false, 0.05], // 8.3 could be anything from 8.25 to 8.35
    ["826.35", undefined, false, 0.005],
    ["438", undefined, false, 0.5],
    ["86.9%", undefined, true, 0.0005], // 86.9% is 0.869 ± 0.0005
    ["87%", undefined, true, 0.005],
    [8.3, "0.0", false, 0.05],
    [8.3, "0.00", false, 0.005], // two decimals shown: ± half a hundredth
    [0.869, "0.0%", true, 0.0005],
    [0.87, "0%", true, 0.005],
    [438, "#,##0", false, 0.5],
  ] as const)("%p shown as %p (percent %p) is ± %p", (value, numberFormat, percent, slack) => {
    const cell = numberFormat === undefined ? { value } : { value, numberFormat };
    // 1e-12 on top, for binary arithmetic.
    expect(slackOf(cell, percent)).toBeCloseTo(slack + 1e-12, 15);
    expect(slackOf(cell, percent)).toBeGreaterThan(slack);
  });

  it("is a hair for a number shown as General, or with no format", () => {
    expect(slackOf({ value: 8.3, numberFormat: "General" }, false)).toBe(1e-9);
    expect(slackOf({ value: 8.3 }, false)).toBe(1e-9);
    expect(slackOf({ value: 8.3, numberFormat: "" }, false)).toBe(1e-9);
  });
});
