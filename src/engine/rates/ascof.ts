/**
 * ASCOF measures by id, read leniently ("2A(2)", "2A2", "2a2", "2A part 2", "ASCOF 2A2"), in the framework asked
 * for (2023-24 by default): an id found only in the other framework is unambiguous and resolves there.
 */
import { ASCOF_MEASURES, type AscofFramework, type AscofMeasure } from "./ascofCatalogue";
import { isBlankLike } from "../core/cellNumber";
import { readArgument } from "../core/arguments";
import { fail, finite, ok, quote, type Result } from "../core/result";
import { roundHalfAwayFromZero } from "../core/round";
import { DEFAULT_RATE_BASE } from "./rate";

export const DEFAULT_FRAMEWORK: AscofFramework = "2023-24";

/** "ASCOF 2A part 2" → "2A2"; "1C(1A)" → "1C1A". */
export function normaliseId(text: string): string {
  return text
    .toUpperCase()
    .replace(/^ASCOF\s*/, "")
    .replace(/\bPART\b/g, "")
    .replace(/[\s()[\]._-]/g, "");
}

const keysOf = (measure: AscofMeasure) => [measure.id, ...measure.aliases].map(normaliseId);

export function parseFramework(input: unknown): Result<AscofFramework> {
  if (isBlankLike(input)) return ok(DEFAULT_FRAMEWORK);
  const text = String(input).trim().replace(/[–/]/g, "-").replace(/\s+/g, "");
  if (/^(2023-?24|2023-2024|2023|new)$/i.test(text)) return ok("2023-24");
  if (/^(2014-?22|2014-2022|2014|old)$/i.test(text)) return ok("2014-22");
  return fail("value", `The framework ${quote(String(input))} is not "2023-24" or "2014-22".`);
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
  const inFramework = matches.find((measure) => measure.framework === chosen.value);
  if (inFramework) return ok(inFramework);
  if (matches.length > 0) return ok(matches[0]);
  const nearest = [...new Set(ASCOF_MEASURES.map((m) => m.id))]
    .map((id) => ({ id, d: distance(key, normaliseId(id)) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((m) => m.id);
  return fail("value", `${quote(String(input))} is not an ASCOF measure id. Nearest: ${nearest.join(", ")}.`);
}

/** A per-100,000 measure gives its rate to 1 dp; a percentage gives a fraction to 0.1 percentage point. */
export function ascofValue(measure: unknown, numerator: unknown, denominator: unknown, framework: unknown): Result<number> {
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
      return finite(roundHalfAwayFromZero(ratio, 1), "score");
  }
}

export const ASCOF_FIELDS = ["name", "unit", "polarity", "numerator", "denominator", "population", "otherid", "id", "framework"] as const;

export function ascofInfo(measure: unknown, field: unknown, framework: unknown): Result<string> {
  const found = findMeasure(measure, framework);
  if (!found.ok) return found;
  const name = isBlankLike(field) ? "name" : String(field).trim().toLowerCase().replace(/[\s_-]/g, "");
  const m = found.value;
  switch (name) {
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
    default:
      return fail("value", `The field ${quote(String(field))} is not one of ${ASCOF_FIELDS.join(", ")}.`);
  }
}

/** Which denominator did a published rate use? count ÷ rate × per. */
export function impliedPopulation(count: unknown, rate: unknown, per: unknown): Result<number> {
  const countValue = readArgument(count, "count");
  if (!countValue.ok) return countValue;
  const rateValue = readArgument(rate, "rate");
  if (!rateValue.ok) return rateValue;
  const base = readArgument(per, "rate base (per)", { fallback: DEFAULT_RATE_BASE });
  if (!base.ok) return base;
  if (rateValue.value === 0) return fail("div0", "The rate is 0, so it implies no population.");
  return finite((countValue.value / rateValue.value) * base.value, "implied population");
}

/** The measure a label's words describe best, to catch a wrong id printed beside a measure name. */
export function measureByName(label: string, framework: AscofFramework = DEFAULT_FRAMEWORK): AscofMeasure | null {
  const words = new Set(label.toLowerCase().replace(/[^a-z0-9+\- ]/g, " ").split(/\s+/));
  let best: { measure: AscofMeasure; score: number } | null = null;
  for (const measure of ASCOF_MEASURES.filter((m) => m.framework === framework)) {
    const score = measure.keywords.filter((k) => words.has(k)).length / measure.keywords.length;
    if (score > (best?.score ?? 0.6)) best = { measure, score };
  }
  return best?.measure ?? null;
}
