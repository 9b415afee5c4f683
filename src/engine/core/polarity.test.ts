/** "Good is": the polarity words councils write (README, RAG rules), and how a move is named by them. */
import { describePolarity, judgeMove, parsePolarity, polarityParameter } from "./polarity";

describe("parsePolarity reads the words councils use", () => {
  it.each([
    ["High is good", "high"],
    ["HIGH IS GOOD", "high"],
    ["Higher is better", "high"],
    ["high = better", "high"],
    ["High", "high"],
    ["higher", "high"],
    ["↑", "high"],
    ["Up", "high"],
    ["Increase", "high"],
    ["Bigger is better", "high"],
    ["More is good", "high"],
    ["  High   is\tgood.  ", "high"], // padding, runs of spaces and a full stop are not words
    ["High is good!", "high"],
    ["Low is good!!", "low"], // a run of marks
    ["Low is good", "low"],
    ["Lower is better", "low"],
    ["low = good", "low"],
    ["Low", "low"],
    ["lower", "low"],
    ["↓", "low"],
    ["Down", "low"],
    ["Decrease", "low"],
    ["Smaller is better", "low"],
    ["Less is good", "low"],
    ["n/a", "none"],
    ["N/A", "none"],
    ["NA", "none"],
    ["n.a.", "none"],
    ["None", "none"],
    ["Neither", "none"],
    ["-", "none"],
    ["–", "none"],
    ["Not applicable", "none"],
    ["No polarity", "none"],
  ])("%p is %p", (text, polarity) => {
    expect(parsePolarity(text)).toEqual({ ok: true, value: polarity });
  });

  it.each([null, undefined, "", "   ", "."])("%p is no polarity stated (null), so a target's comparator may decide", (input) => {
    expect(parsePolarity(input)).toEqual({ ok: true, value: null });
  });

  it.each([
    "Good is low-ish",
    "Highest is good", // not one of the words
    "High is bad",
    "Low is worse",
    "is good",
    "High is", // the "is good" part is whole or absent
    "Higher better",
    "Not high is good", // the word must start the text
    "High is good really", // and end it
    "Upward",
    "Lowish",
  ])("%p is refused, quoting it", (text) => {
    const result = parsePolarity(text);
    expect(result).toEqual({ ok: false, error: { kind: "value", message: `The polarity "${text}" is not one of "High is good", "Low is good" or "n/a".` } });
  });

  it("refuses a number or a boolean, naming it", () => {
    expect(parsePolarity(1)).toEqual({ ok: false, error: { kind: "value", message: 'The polarity 1 is not one of "High is good", "Low is good" or "n/a".' } });
    expect(parsePolarity(true)).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("reads the same text the same way each time (a column repeats its polarities)", () => {
    expect(parsePolarity("Low is good")).toEqual({ ok: true, value: "low" });
    expect(parsePolarity("High is good")).toEqual({ ok: true, value: "high" });
    expect(parsePolarity("Low is good")).toEqual({ ok: true, value: "low" });
  });

  it("declares a parameter that reads this way, blank as null", () => {
    const polarity = polarityParameter("polarity");
    expect(polarity.name).toBe("polarity");
    expect(polarity.read("Lower is better")).toEqual({ ok: true, value: "low" });
    expect(polarity.read(null)).toEqual({ ok: true, value: null });
  });
});

describe("describePolarity and judgeMove", () => {
  it("words each polarity", () => {
    expect(describePolarity("high")).toBe("high is good");
    expect(describePolarity("low")).toBe("low is good");
    expect(describePolarity("none")).toBe("no good direction");
  });

  const words = { better: "Better", worse: "Worse", up: "Up", down: "Down" } as const;
  it.each([
    [true, "high", "Better"], // a rise where high is good
    [false, "high", "Worse"],
    [true, "low", "Worse"], // a rise where low is good
    [false, "low", "Better"],
    [true, "none", "Up"], // no good direction: just the direction
    [false, "none", "Down"],
    [true, null, "Up"],
    [false, null, "Down"],
  ] as const)("higher %p with polarity %p is %p", (higher, polarity, expected) => {
    expect(judgeMove(higher, polarity, words)).toBe(expected);
  });
});
