/**
 * Targets as councils write them (README, RAG rules): a figure, a comparison, a range joined by a dash or "to", or
 * words saying the target is not set yet. And an annual count target pro rata to the share of the year reported.
 */
import { isTargetNotSet, parseTarget, profileTarget } from "./target";

describe("range targets", () => {
  it.each([
    ["80%–90%", 0.8, 0.9, true], // en dash
    ["80%—90%", 0.8, 0.9, true], // em dash
    ["80% - 90%", 0.8, 0.9, true], // hyphen with spaces
    ["80 to 90", 80, 90, false],
    ["80 TO 90", 80, 90, false],
    ["80–90%", 0.8, 0.9, true], // the % written once covers both ends
    ["80%–90", 0.8, 0.9, true],
    ["90%–80%", 0.8, 0.9, true], // written high first
    ["120 to 80", 80, 120, false],
    ["-10 - -5", -10, -5, false], // a hyphen as a sign and as the joiner
    ["£1,000 – £2,000", 1000, 2000, false],
  ])("%p is %p to %p (percent %p)", (text, low, high, percent) => {
    const result = parseTarget(text);
    expect(result.ok && result.value).toEqual({ kind: "range", low, high, percent });
  });

  it.each(["<80%–90%", "80%–<90%", "80%–", "–90%", "80%–lots", "eighty to ninety", "80%to90%", "Q1 to Q4"])("%p is not a target, and the message says what is", (text) => {
    expect(parseTarget(text)).toEqual({
      ok: false,
      error: { kind: "value", message: `The target "${text}" is not a number, a comparison such as "<530", or a range such as "80%–90%".` },
    });
  });
});

describe("single targets", () => {
  it.each([
    ["<530", { kind: "single", value: 530, percent: false, comparator: "<" }],
    [">= 87%", { kind: "single", value: 0.87, percent: true, comparator: ">=" }],
    ["13,000", { kind: "single", value: 13000, percent: false }],
    ["40 (Average over year)", { kind: "single", value: 40, percent: false }],
    [530, { kind: "single", value: 530, percent: false }],
    [0.75, { kind: "single", value: 0.75, percent: false }],
  ])("%p", (input, target) => {
    expect(parseTarget(input)).toEqual({ ok: true, value: target });
  });

  it("reads the same text or number the same way when a table repeats it", () => {
    expect(parseTarget("<530")).toEqual(parseTarget("<530"));
    expect(parseTarget(530)).toEqual(parseTarget(530));
  });

  it("refuses a boolean or other non-text, naming it", () => {
    expect(parseTarget(true)).toEqual({
      ok: false,
      error: { kind: "value", message: 'The target true is not a number, a comparison such as "<530", or a range such as "80%–90%".' },
    });
    expect(parseTarget(Number.NaN)).toMatchObject({ ok: false, error: { kind: "value" } });
  });
});

describe("a target not set yet is no target, never an error", () => {
  it.each(["TBC", "tbc.", "TBA", "TBD", "To be set", "To be confirmed", "to be agreed", "To be decided", "To be determined", "Not set", "Not yet set", "Not agreed", "Not yet agreed", "Not applicable", "No target", "None", "n/a", "na", "N/A.", " TBC "])(
    "%p",
    (text) => {
      expect(isTargetNotSet(text)).toBe(true);
      expect(parseTarget(text)).toEqual({ ok: true, value: null });
    },
  );

  it.each(["Target TBC", "TBC by June", "To be", "Not", "Not yet", "TBCs", "nothing"])("%p does not say so", (text) => {
    expect(isTargetNotSet(text)).toBe(false);
    expect(parseTarget(text)).toMatchObject({ ok: false });
  });

  it("is a question of text only", () => {
    expect(isTargetNotSet(null)).toBe(false);
    expect(isTargetNotSet(0)).toBe(false);
    expect(parseTarget(null)).toEqual({ ok: true, value: null });
    expect(parseTarget("")).toEqual({ ok: true, value: null });
  });
});

describe("profileTarget: an annual count target pro rata to the share of the year", () => {
  it.each([
    ["<530", 0.75, "<397.5"], // 530 × 3/4
    ["530", 0.25, "132.5"], // 530 ÷ 4
    [">=1,000", 0.5, ">=500"],
    ["80 to 120", 0.5, "40–60"], // both ends scale
    [530, 0.5, "265"],
    ["100", 1 / 3, "33.3333333333"], // 12 significant figures, not 33.33333333333333
  ])("%p at %p of the year is %p", (target, share, profiled) => {
    expect(profileTarget(target, share)).toBe(profiled);
  });

  it.each([["87%"], ["80%–90%"], [null], ["TBC"], ["lots"]])("%p has nothing to profile", (target) => {
    expect(profileTarget(target, 0.5)).toBeNull();
  });
});
