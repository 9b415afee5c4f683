/**
 * The RAG rules (README, "RAG rules") at every edge, each case worked by hand and checked on all four paths a
 * rating takes: RAG cell by cell, the planner's ratingOf, the compiled rule the custom function uses for a whole
 * range, and ragGrid itself. A rule changed on any one path makes that path disagree with the hand-worked rating.
 */
import { assess, compileRating, onTargetScale, plainOnPercentScale, prepareRule, rag, rateNumber, ratingOf, relativeMiss, ruleOf, type RagRule, type Rating } from "./rag";
import { ragGrid } from "./ragGrid";
import { parseTarget } from "./target";

const ruleFor = (target: unknown, polarity: unknown, tolerance: unknown): RagRule => {
  const rule = prepareRule(target, polarity, tolerance);
  if (!rule.ok) throw new Error(rule.error.message);
  return rule.value;
};

/** The rating on every path, which must all agree. */
function ratingsOf(value: number | string, target: unknown, polarity: unknown = null, tolerance: unknown = null): Rating[] {
  const rule = ruleFor(target, polarity, tolerance);
  const single = rag(value, target, polarity, tolerance);
  const grid = ragGrid([[value]], [[target]], [[polarity]], [[tolerance]], () => "error");
  // The general path: a target per cell (two rows) is not the one-rule path.
  const general = ragGrid([[value], [value]], [[target], [target]], [[polarity]], [[tolerance]], () => "error");
  const compiled =
    typeof value === "number" && rule.target ? compileRating(rule)(onTargetScale(value, false, rule.target)) : ratingOf(value, rule);
  return [single.ok ? single.value : ("error" as Rating), ratingOf(value, rule), compiled, grid.ok ? (grid.value[0][0] as Rating) : "", general.ok ? (general.value[0][0] as Rating) : ""];
}

const expectRating = (value: number | string, target: unknown, polarity: unknown, tolerance: unknown, expected: Rating) =>
  expect(ratingsOf(value, target, polarity, tolerance)).toEqual([expected, expected, expected, expected, expected]);

describe("Green meets the target; level with a strict comparator does not", () => {
  it.each([
    // value, target, polarity, expected
    [530, "<=530", null, "Green"], // level meets "<=" (low is good, from the comparator)
    [530.1, "<=530", null, "Amber"], // 0.1 ÷ 530 = 0.02% over
    [530, "<530", null, "Amber"], // level does not beat "<": missed by 0, within any tolerance
    [529.9, "<530", null, "Green"],
    [530, "530", "Low is good", "Green"],
    [530.1, "530", "Low is good", "Amber"],
    [75, "75", "High is good", "Green"], // level meets, high is good
    [74.9, "75", "High is good", "Amber"],
    [30, ">30", null, "Amber"], // level does not beat ">"
    [30.1, ">30", null, "Green"],
    [30, ">=30", null, "Green"],
    [29.9, ">=30", null, "Amber"],
    [0.75, "75%", "High is good", "Green"],
    [0.7499, "75%", "High is good", "Amber"],
  ] as const)("%p against %p (%p) is %p", (value, target, polarity, expected) => {
    expectRating(value, target, polarity, null, expected);
  });
});

describe("a comparator states the direction, whatever the polarity column says", () => {
  it.each([
    // "<30" is low is good even where the polarity column says high: the comparator is the more specific statement.
    [25, "<30", "High is good", "Green"],
    [31, "<30", "High is good", "Amber"], // 1 ÷ 30 = 3.3% over
    [35, ">30", "Low is good", "Green"],
    [25, ">30", "Low is good", "Red"], // 5 ÷ 30 = 16.7% short
    [20, "≤ 20", "n/a", "Green"], // and n/a does not stop a comparator rating
    [21, "≤ 20", "n/a", "Amber"], // (21 − 20) ÷ 20 = 5%, on the edge
    [21.5, "≤ 20", "n/a", "Red"], // 1.5 ÷ 20 = 7.5%
  ] as const)("%p against %p (%p) is %p", (value, target, polarity, expected) => {
    expectRating(value, target, polarity, null, expected);
  });
});

describe("Amber is a miss of no more than the tolerance, relative to the target; Red is more", () => {
  it.each([
    // value, target, polarity, tolerance, expected
    [556.5, "<530", "Low is good", null, "Amber"], // 26.5 ÷ 530 = 5%, the edge is in
    [556.6, "<530", "Low is good", null, "Red"], // 26.6 ÷ 530 = 5.02%
    [71.25, "75", "High is good", null, "Amber"], // 3.75 ÷ 75 = 5%
    [71.2, "75", "High is good", null, "Red"], // 3.8 ÷ 75 = 5.07%
    [90, "100", "High is good", "10%", "Amber"], // 10 ÷ 100 = 10%
    [89, "100", "High is good", "10%", "Red"],
    [100.5, "100", "Low is good", 0, "Red"], // no tolerance: any miss is Red
    // Negative targets: the miss is relative to the target's size. −12 against −10 (high is good) is 2 ÷ 10 = 20%.
    [-12, "-10", "High is good", null, "Red"],
    [-10.4, "-10", "High is good", null, "Amber"], // 0.4 ÷ 10 = 4%
    [-9, "-10", "Low is good", null, "Red"], // 1 ÷ 10 = 10%
    // A zero target: any miss is infinitely far, so Red; level with a strict zero is Amber (missed by nothing).
    [0, "0", "Low is good", null, "Green"],
    [0.001, "0", "Low is good", null, "Red"],
    [-0.001, "0", "High is good", null, "Red"],
    [0, "<0", null, null, "Amber"],
    [0, ">0", null, null, "Amber"],
  ] as const)("%p against %p (%p, tolerance %p) is %p", (value, target, polarity, tolerance, expected) => {
    expectRating(value, target, polarity, tolerance, expected);
  });
});

describe("a range target is Green inside, Amber within tolerance of the nearer bound", () => {
  it.each([
    // value, target, expected
    [80, "80–120", "Green"], // both bounds are inside
    [120, "80–120", "Green"],
    [100, "80–120", "Green"],
    [76, "80–120", "Amber"], // 4 ÷ 80 = 5%, on the edge
    [75.9, "80–120", "Red"], // 4.1 ÷ 80 = 5.1%
    [126, "80–120", "Amber"], // 6 ÷ 120 = 5%, measured from the upper bound
    [126.1, "80–120", "Red"],
    [79, "90 to 80", "Amber"], // written high first: still 80 to 90; 1 ÷ 80
    [91, "90 to 80", "Amber"], // 1 ÷ 90
    [-9.6, "-20 to -10", "Amber"], // 0.4 ÷ |−10| = 4% above the upper bound
    [-9, "-20 to -10", "Red"], // 1 ÷ 10 = 10%
    [-21, "-20 to -10", "Amber"], // 1 ÷ 20 = 5%
    [-0.5, "0 to 10", "Red"], // below a bound of 0: infinitely far
    [0, "0 to 10", "Green"],
    [0.5, "-10 to 0", "Red"],
    ["85%", "80%–90%", "Green"],
    ["78%", "80%–90%", "Amber"], // 2 ÷ 80 = 2.5%
  ] as const)("%p against %p is %p", (value, target, expected) => {
    expectRating(value, target, null, null, expected);
    // Polarity says nothing about a range: the same with any.
    expectRating(value, target, "High is good", null, expected);
  });
});

describe("a plain value against a % target is in percent above 1, a fraction otherwise", () => {
  it.each([
    [1, "100%", "High is good", "Green"], // 1 is 100%
    [99, "100%", "High is good", "Amber"], // 99 is 99%
    [0.5, "100%", "High is good", "Red"], // 0.5 is 50%
    [-1, "<-50%", null, "Green"], // −1 is −100%, below −50%
    [-60, "<-50%", null, "Green"], // −60 is −60%
    [-40, "<-50%", null, "Red"], // −40 is −40%: 10 points short of 50 = 20%
    [-0.4, "<-50%", null, "Red"],
  ] as const)("%p against %p (%p) is %p", (value, target, polarity, expected) => {
    expectRating(value, target, polarity, null, expected);
  });

  it("reads the scale rule itself", () => {
    expect([plainOnPercentScale(74.8), plainOnPercentScale(1), plainOnPercentScale(-1), plainOnPercentScale(-5), plainOnPercentScale(0.748)]).toEqual([0.748, 1, -1, -0.05, 0.748]);
  });

  it("puts a percentage on a plain target's scale when the target is above 1", () => {
    const target = (text: string) => {
      const t = parseTarget(text);
      if (!t.ok || !t.value) throw new Error(text);
      return t.value;
    };
    expect(onTargetScale(0.85, true, target("80"))).toBeCloseTo(85, 12); // 85% against 80 is 85
    expect(onTargetScale(0.85, true, target("80-90"))).toBeCloseTo(85, 12); // against a range, by its upper bound
    expect(onTargetScale(0.85, true, target("-80"))).toBeCloseTo(85, 12); // by the target's size
    expect(onTargetScale(0.5, true, target("1"))).toBe(0.5); // a target of 1 is already a fraction (100%)
    expect(onTargetScale(0.5, true, target("0.5-1"))).toBe(0.5);
    expect(onTargetScale(0.5, true, target("75%"))).toBe(0.5); // both percentages
    expect(onTargetScale(74.8, false, target("75%"))).toBeCloseTo(0.748, 12);
    expect(onTargetScale(74.8, false, target("75"))).toBe(74.8);
    expectRating("85%", "80", "High is good", null, "Green");
    expectRating("85%", "80-90", null, null, "Green");
    expectRating("50%", "1", "High is good", null, "Red");
  });
});

describe("what the assessment says besides the rating", () => {
  it("gives the miss, 0 when the target is met", () => {
    const rule = ruleFor("<530", null, null);
    expect(assess(438, rule)).toEqual({ ok: true, value: { rating: "Green", reason: null, value: 438, valueIsPercent: false, miss: 0 } });
    const amber = assess(545, rule);
    expect(amber.ok && amber.value.miss).toBeCloseTo(15 / 530, 12);
    expect(assess("86.90%", ruleFor("87%", "High is good", null))).toMatchObject({ ok: true, value: { rating: "Amber", valueIsPercent: true, value: 0.869 } });
    expect(relativeMiss(0, ruleFor("0", "Low is good", null))).toBe(0); // level with a zero target: no miss at all
    expect(relativeMiss(100, ruleFor("80-120", null, null))).toBe(0);
    expect(relativeMiss(5, { target: null, direction: null, statedPolarity: null, tolerance: 0.05, noRatingReason: null })).toBe(0);
  });

  it("says why nothing is rated", () => {
    const reason = (value: unknown, target: unknown, polarity: unknown) => {
      const result = assess(value, ruleFor(target, polarity, null));
      return result.ok ? [result.value.rating, result.value.reason] : ["error", result.error.message];
    };
    expect(reason(438, "530", null)).toEqual(["", "there is no polarity and the target has no < or >"]);
    expect(reason("438", "530", null)).toEqual(["", "there is no polarity and the target has no < or >"]);
    expect(reason(438, "530", "n/a")).toEqual(["", "the polarity is n/a and the target has no < or >"]);
    expect(reason(438, "TBC", "Low is good")).toEqual(["", "there is no target"]);
    expect(reason("N/A", "<530", null)).toEqual(["", "there is no value"]);
    expect(reason("#N/A", "<530", null)).toEqual(["", "the value is the Excel error #N/A"]);
    // Nothing else is claimed for an unrated value: no figure, so not a percentage, and no miss.
    const unrated = (reasonText: string) => ({ ok: true, value: { rating: "", reason: reasonText, value: null, valueIsPercent: false, miss: 0 } });
    expect(assess("N/A", ruleFor("<53%", null, null))).toEqual(unrated("there is no value"));
    expect(assess("#DIV/0!", ruleFor("<53%", null, null))).toEqual(unrated("the value is the Excel error #DIV/0!"));
    expect(assess("53%", ruleFor("TBC", "Low is good", null))).toEqual(unrated("there is no target"));
    // A rule built by hand with no target and no reason still says why.
    expect(assess(5, { target: null, direction: "low", statedPolarity: "low", tolerance: 0.05, noRatingReason: null })).toMatchObject({ ok: true, value: { rating: "", reason: "there is no target" } });
  });

  it("rates nothing on the number paths either, whether the rule has no target or a reason not to rate", () => {
    // No target (built by hand, without the reason ruleOf gives): nothing to meet, so no rating, not Red.
    const bare: RagRule = { target: null, direction: "low", statedPolarity: "low", tolerance: 0.05, noRatingReason: null };
    expect([rateNumber(5, bare), compileRating(bare)(5), ratingOf(5, bare)]).toEqual(["", "", ""]);
    // "530" with no polarity has a target but no direction: 438 is neither above nor below "good".
    const undirected = ruleFor("530", null, null);
    expect([rateNumber(438, undirected), compileRating(undirected)(438), ratingOf(438, undirected)]).toEqual(["", "", ""]);
  });

  it("refuses a value that is not a number, including NaN, and rates a range with no polarity", () => {
    expect(rag(Number.NaN, "<530", null, null)).toMatchObject({ ok: false, error: { kind: "value", message: "The value NaN is not a number." } });
    expect(rag(true, "<530", null, null)).toMatchObject({ ok: false, error: { kind: "value", message: "The value true is not a number." } });
    expect(ruleOf({ kind: "range", low: 1, high: 2, percent: false }, null, 0.05)).toMatchObject({ direction: null, noRatingReason: null });
    expect(ruleOf({ kind: "single", value: 2, percent: false }, "high", 0.05)).toMatchObject({ direction: "high", noRatingReason: null });
    expect(ruleOf({ kind: "single", value: 2, percent: false }, "none", 0.05)).toMatchObject({ direction: null });
  });
});

describe("no rating, on every path", () => {
  it.each([
    [438, "530", null], // no polarity and no comparator
    [438, "530", "n/a"],
    [438, null, "Low is good"], // no target
    [438, "TBC", "Low is good"],
    ["438", "530", null],
    ["N/A", "<530", null], // no value
    ["#N/A", "<530", null], // an error cell is not rated either
  ])("%p against %p (%p) is not rated", (value, target, polarity) => {
    expectRating(value, target, polarity, null, "");
  });
});
