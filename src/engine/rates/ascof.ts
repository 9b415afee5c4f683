/**
 * ASCOF measures by id, read leniently ("2A(2)", "2A2", "2a2", "2A part 2", "ASCOF 2A2", "3D(2a)"), in the framework
 * asked for (2023-24 by default): an id not in that framework resolves in the nearest framework that has it.
 */
import { ASCOF_FRAMEWORKS, ASCOF_MEASURES, type AscofFramework, type AscofMeasure } from "./ascofCatalogue";
import { isBlankLike } from "../core/cellNumber";
import { readArgument } from "../core/arguments";
import { amountParameter, callDeclared, cellParameter, declareFunction, parameter } from "../core/parameters";
import { fail, finite, ok, quote, type Result } from "../core/result";
import { roundHalfAwayFromZero } from "../core/round";
import { DEFAULT_RATE_BASE } from "./rate";

/**
 * A blank framework stays 2023-24, though 2024-25 is newer: a formula written without one keeps the meaning it had
 * (ASCOFINFO("2E") is still the learning-disability measure). Every value ASCOF computes is the same in both, as each
 * id keeps its unit; name "2024-25" to describe the broadened 2E and the client-level-data definitions.
 */
export const DEFAULT_FRAMEWORK: AscofFramework = "2023-24";

/**
 * "ASCOF 2A part 2" → "2A2"; "1C(1A)" → "1C1A"; "ASC 1C part 2A" (Torbay's local account prints "ASC" before the
 * id) → "1C2A". Every id starts with a digit, so a leading "ASC" or "ASCOF" is never part of one.
 */
export function normaliseId(text: string): string {
  return text
    .toUpperCase()
    .replace(/^\s*ASC(OF)?\s*/, "")
    .replace(/\bPART\b/g, "")
    .replace(/[\s()[\]._-]/g, "");
}

const keysOf = (measure: AscofMeasure) => [measure.id, ...measure.aliases].map(normaliseId);

export function parseFramework(input: unknown): Result<AscofFramework> {
  if (isBlankLike(input)) return ok(DEFAULT_FRAMEWORK);
  const text = String(input).replace(/[–/]/g, "-").replace(/\s+/g, "");
  if (/^(2024-?25|2024-2025|2024|latest)$/i.test(text)) return ok("2024-25");
  if (/^(2023-?24|2023-2024|2023|new)$/i.test(text)) return ok("2023-24");
  if (/^(2014-?22|2014-2022|2014|old)$/i.test(text)) return ok("2014-22");
  return fail("value", `The framework ${quote(String(input))} is not "2024-25", "2023-24" or "2014-22".`);
}

/** Edit distance, for suggesting the nearest ids to a mistyped one. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

export function findMeasure(input: unknown, framework: unknown): Result<AscofMeasure> {
  const chosen = parseFramework(framework);
  if (!chosen.ok) return chosen;
  if (isBlankLike(input) || (typeof input !== "string" && typeof input !== "number")) return fail("value", "Give an ASCOF measure id, such as \"2C\" or \"2A(2)\".");
  const key = normaliseId(String(input));
  const matches = ASCOF_MEASURES.filter((measure) => keysOf(measure).includes(key));
  // The framework asked for, else the nearest that has the id (the catalogue lists the newest first, so of two
  // equally near the newer would win; no id is in 2014–22 and 2024-25 but not 2023-24 today).
  const chosenAt = ASCOF_FRAMEWORKS.indexOf(chosen.value);
  const nearness = (m: AscofMeasure) => Math.abs(ASCOF_FRAMEWORKS.indexOf(m.framework) - chosenAt);
  let best: AscofMeasure | null = null;
  for (const measure of matches) if (best === null || nearness(measure) < nearness(best)) best = measure;
  if (best) return ok(best);
  const nearest = [...new Set(ASCOF_MEASURES.map((m) => m.id))]
    .map((id) => ({ id, d: distance(key, normaliseId(id)) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((m) => m.id);
  return fail("value", `${quote(String(input))} is not an ASCOF measure id. Nearest: ${nearest.join(", ")}.`);
}

const frameworkParameter = parameter("framework", parseFramework, DEFAULT_FRAMEWORK);

/** A per-100,000 measure gives its rate to 1 dp; a percentage gives a fraction to 0.1 percentage point. */
export const ASCOF = declareFunction(
  "ASCOF",
  // The measure is looked up in its framework, and the denominator is named by the measure's unit, so both are read here.
  [cellParameter("measure"), cellParameter("numerator"), cellParameter("denominator"), frameworkParameter],
  (measure, numerator, denominator, framework) => {
    const found = findMeasure(measure, framework);
    if (!found.ok) return found;
    const top = readArgument(numerator, "numerator");
    if (!top.ok) return top;
    const bottom = readArgument(denominator, found.value.unit === "per 100,000" ? "population" : "denominator");
    if (!bottom.ok) return bottom;
    if (bottom.value === 0) return fail("div0", "The denominator is 0.");
    const ratio = top.value / bottom.value;
    switch (found.value.unit) {
      case "per 100,000":
        return finite(roundHalfAwayFromZero(ratio * 100_000, 1), "rate");
      case "percentage":
        return finite(roundHalfAwayFromZero(ratio, 3), "percentage");
      case "score":
        return finite(roundHalfAwayFromZero(ratio, found.value.decimals ?? 1), "score");
    }
  },
);

export function ascofValue(measure: unknown, numerator: unknown, denominator: unknown, framework: unknown): Result<number> {
  return callDeclared(ASCOF, [measure, numerator, denominator, framework]);
}

export const ASCOF_FIELDS = ["name", "unit", "polarity", "numerator", "denominator", "population", "otherid", "id", "framework", "source"] as const;

export const ASCOF_INFO = declareFunction(
  "ASCOFINFO",
  [cellParameter("measure"), parameter("field", readField, "name"), frameworkParameter],
  (measure, field, framework) => {
    const found = findMeasure(measure, framework);
    if (!found.ok) return found;
    const m = found.value;
    switch (field) {
      case "name":
        return ok(m.name);
      case "unit":
        return ok(m.unit);
      case "polarity":
        return ok(m.polarity === "high" ? "High is good" : "Low is good");
      case "numerator":
        return ok(m.numerator);
      case "denominator":
        return ok(m.denominator);
      case "population":
        return ok(m.population);
      case "otherid":
        return ok(m.otherId ?? "");
      case "id":
        return ok(m.id);
      case "framework":
        return ok(m.framework);
      case "source":
        return ok(m.source);
    }
  },
);

type AscofField = (typeof ASCOF_FIELDS)[number];

function readField(input: unknown): Result<AscofField> {
  const name = isBlankLike(input) ? "name" : String(input).toLowerCase().replace(/[\s_-]/g, "");
  return (ASCOF_FIELDS as readonly string[]).includes(name)
    ? ok(name as AscofField)
    : fail("value", `The field ${quote(String(input))} is not one of ${ASCOF_FIELDS.join(", ")}.`);
}

export function ascofInfo(measure: unknown, field: unknown, framework: unknown): Result<string> {
  return callDeclared(ASCOF_INFO, [measure, field, framework]);
}

/** Which denominator did a published rate use? count ÷ rate × per. */
export const IMPLIED_POPULATION = declareFunction(
  "IMPLIEDPOP",
  [amountParameter("count", "count"), amountParameter("rate", "rate"), amountParameter("per", "rate base (per)", { fallback: DEFAULT_RATE_BASE })],
  (count, rate, per) => {
    if (rate === 0) return fail("div0", "The rate is 0, so it implies no population.");
    return finite((count / rate) * per, "implied population");
  },
);

export function impliedPopulation(count: unknown, rate: unknown, per: unknown): Result<number> {
  return callDeclared(IMPLIED_POPULATION, [count, rate, per]);
}

/** Whether a measure is about carers (its keywords name them), or a label is (naming carers, not excluding them). */
const forCarers = (m: AscofMeasure) => m.keywords.some((k) => k.startsWith("carer"));
const labelForCarers = (label: string) => /\bcarers?\b/i.test(label) && !/\b(excluding|not|except|other than|non)[\s-]+(unpaid\s+)?carers?\b/i.test(label);

/**
 * The measure a label's words describe best, to catch a wrong id printed beside a measure name; null when none
 * does, or two describe it equally. A label naming carers is matched among the carers' measures first, and one not
 * naming them among the others. Of two measures where one's keywords are all the other's, the one matching more of
 * the label is the more specific ("adjusted social care-related quality of life" is 1C, not 1A).
 */
export function measureByName(label: string, framework: AscofFramework = DEFAULT_FRAMEWORK): AscofMeasure | null {
  // Anything but letters, digits and hyphens separates words: "65+", as scorecards print the 65-and-over band, is the
  // word "65" (the keyword of 2A(2) and 2C), and "18-64" (or "18–64") and "self-directed" stay whole; "18 to 64", as
  // the definitions word the band, is "18-64".
  const text = label.toLowerCase().replace(/[\u2013\u2014]/g, "-");
  const words = new Set(text.replace(/(\d+) to (\d+)/g, "$1-$2").replace(/[^a-z0-9- ]/g, " ").split(/\s+/));
  const inFramework = ASCOF_MEASURES.filter((m) => m.framework === framework);
  const carers = labelForCarers(label);
  return bestMatch(inFramework.filter((m) => forCarers(m) === carers), words) ?? bestMatch(inFramework, words);
}

interface Candidate {
  readonly measure: AscofMeasure;
  readonly score: number;
  readonly matched: number;
}

/** Whether every keyword of `general` is one of `specific`'s: 1C's are 1A's and two more. */
const refines = (specific: AscofMeasure, general: AscofMeasure) => general.keywords.every((k) => specific.keywords.includes(k));

/**
 * 1 if `a` describes the label better than `b`, -1 if worse, 0 if equally. A measure that refines another and
 * matches more of the label's words is the more specific ("adjusted social care-related quality of life" is 1C,
 * though 1A's four words all appear); otherwise the larger share of a measure's keywords, then the more of them.
 */
function compare(a: Candidate, b: Candidate): number {
  if (a.matched !== b.matched && (refines(a.measure, b.measure) || refines(b.measure, a.measure))) return a.matched > b.matched ? 1 : -1;
  return Math.sign(a.score - b.score) || Math.sign(a.matched - b.matched);
}

/** The measure whose keywords the words fit best, or null (none above 0.6 of its keywords, or a tie). Exported for its tests. */
export function bestMatch(measures: readonly AscofMeasure[], words: ReadonlySet<string>): AscofMeasure | null {
  let best: Candidate | null = null;
  let tied = false;
  for (const measure of measures) {
    const matched = measure.keywords.filter((k) => words.has(k)).length;
    const score = matched / measure.keywords.length;
    if (score <= 0.6) continue;
    const candidate = { measure, score, matched };
    const order = best === null ? 1 : compare(candidate, best);
    if (order > 0) {
      best = candidate;
      tied = false;
    } else if (order === 0) tied = true;
  }
  return tied || best === null ? null : best.measure;
}
