/** "Good is" in a scorecard: which direction of a measure is good, from the words councils use. */
import { memoize } from "./memo";
import { parameter, type Parameter } from "./parameters";
import { fail, ok, quote, type Result } from "./result";

/** high: higher values are good; low: lower are good; none: the measure has no good direction ("n/a"). */
export type Polarity = "high" | "low" | "none";

// Matched against the words with every run of white space made one space (readPolarityText), so a space is a space.
const HIGH = /^(?:high(?:er)?|↑|up|increase|bigger|more)(?: (?:is|=) (?:good|better))?$/;
const LOW = /^(?:low(?:er)?|↓|down|decrease|smaller|less)(?: (?:is|=) (?:good|better))?$/;
// Looked up after a closing full stop is dropped: "n.a." is found as "n.a".
const NONE = new Set(["n/a", "na", "n.a", "none", "neither", "-", "–", "not applicable", "no polarity"]);

/** The polarity a cell states; null when it is blank (so a target's comparator may decide). */
export function parsePolarity(input: unknown): Result<Polarity | null> {
  if (input === null || input === undefined) return ok(null);
  if (typeof input !== "string") return fail("value", `The polarity ${String(input)} is not one of "High is good", "Low is good" or "n/a".`);
  // A column of polarities holds two or three texts: each is read once.
  return readPolarity(input);
}

/** A polarity parameter: blank reads as null, so a target's < or > may decide. */
export function polarityParameter(name: string): Parameter<Polarity | null> {
  return parameter(name, parsePolarity);
}

const readPolarity = memoize((input: string) => readPolarityText(input));

function readPolarityText(input: string): Result<Polarity | null> {
  const words = input.trim().toLowerCase().replace(/\s+/g, " ").replace(/[.!]+$/, "");
  if (words === "") return ok(null);
  if (HIGH.test(words)) return ok("high");
  if (LOW.test(words)) return ok("low");
  if (NONE.has(words)) return ok("none");
  return fail("value", `The polarity ${quote(input)} is not one of "High is good", "Low is good" or "n/a".`);
}

export function describePolarity(polarity: Polarity): string {
  return polarity === "high" ? "high is good" : polarity === "low" ? "low is good" : "no good direction";
}

/** Names a rise or a fall by polarity: with a good direction it is better or worse; without one, just up or down. */
export function judgeMove<T extends string>(
  higher: boolean,
  polarity: Polarity | null,
  words: { readonly better: T; readonly worse: T; readonly up: T; readonly down: T },
): T {
  if (polarity === "high") return higher ? words.better : words.worse;
  if (polarity === "low") return higher ? words.worse : words.better;
  return higher ? words.up : words.down;
}
