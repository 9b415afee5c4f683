/**
 * Checks on published rates: within one table, the populations that a measure's rates imply should
 * agree between periods; and a rate should match its count and the population stated for it. Rates are printed
 * rounded (8.3 could be 8.25–8.35), so every comparison allows for the rounding before it flags anything.
 */
import { readFigure } from "../core/cellNumber";
import { slackOf, type Finding, type SourceCell } from "../core/findings";
import { roundHalfAwayFromZero } from "../core/round";

export interface RatePeriod {
  /** "Quarter 3", "Year end 2020-2021" */
  readonly period: string;
  readonly count: SourceCell;
  readonly rate: SourceCell;
}

export interface RatePair {
  /** What the rows measure, e.g. "Residential admissions 65+". */
  readonly label: string;
  /** 100000 for per 100,000; 10000 for per 10,000. */
  readonly per: number;
  readonly periods: readonly RatePeriod[];
}

interface Implied {
  readonly period: RatePeriod;
  readonly population: number;
  readonly low: number;
  readonly high: number;
}

const whole = (n: number) => Math.round(n).toLocaleString("en-GB");

function implied(period: RatePeriod, per: number): Implied | null {
  // A blank count or rate does not read as a figure, so it implies nothing (never a population from 0).
  const count = readFigure(period.count.value);
  const rate = readFigure(period.rate.value);
  if (!count.ok || !rate.ok || rate.value.value <= 0) return null;
  const slack = slackOf(period.rate, false);
  const c = count.value.value;
  const r = rate.value.value;
  return { period, population: (c / r) * per, low: (c / (r + slack)) * per, high: (c / Math.max(r - slack, Number.MIN_VALUE)) * per };
}

/** How far apart two implied populations are beyond what rounding explains, relative to their size. */
function gap(a: Implied, b: Implied): number {
  const apart = Math.max(0, a.low - b.high, b.low - a.high);
  return apart / ((a.population + b.population) / 2);
}

/** Periods whose implied population differs from most others' by more than `threshold` (1%). */
export function checkImpliedPopulations(pair: RatePair, threshold = 0.01): Finding[] {
  const points = pair.periods.map((p) => implied(p, pair.per)).filter((p): p is Implied => p !== null);
  // One period (or none) has no others to disagree with: the loop below flags nothing then.
  const findings: Finding[] = [];
  for (const point of points) {
    const others = points.filter((other) => other !== point);
    const agreeing = others.filter((other) => gap(point, other) <= threshold);
    if (agreeing.length * 2 >= others.length) continue;
    const consensus = others.map((o) => o.population).sort((a, b) => a - b)[Math.floor(others.length / 2)];
    const difference = (point.population - consensus) / consensus;
    findings.push({
      cell: point.period.rate.address,
      severity: "warning",
      message:
        `${pair.label}, ${point.period.period}: ${point.period.count.value} (${point.period.count.address}) at ${point.period.rate.value} ` +
        `(${point.period.rate.address}) implies a population of ${whole(point.population)}, ${Math.abs(difference * 100).toFixed(1)}% ` +
        `${difference > 0 ? "more" : "less"} than the ${whole(consensus)} the other periods imply.`,
    });
  }
  return findings;
}

/** Each period's implied population (null where its count or rate is blank or unreadable), and whether it is flagged. */
export function impliedByPeriod(pair: RatePair, threshold = 0.01): { readonly period: RatePeriod; readonly population: number | null; readonly flagged: boolean }[] {
  const flagged = new Set(checkImpliedPopulations(pair, threshold).map((finding) => finding.cell));
  return pair.periods.map((period) => ({ period, population: implied(period, pair.per)?.population ?? null, flagged: flagged.has(period.rate.address) }));
}

/** A rate that its count and the stated population do not reproduce (at the rate's printed precision). */
export function checkRateAgainstPopulation(period: RatePeriod, population: number, per: number, label: string): Finding[] {
  const count = readFigure(period.count.value);
  const rate = readFigure(period.rate.value);
  if (!count.ok || !rate.ok || population <= 0) return [];
  const decimals = Math.max(0, -Math.round(Math.log10(slackOf(period.rate, false) * 2)));
  const expected = roundHalfAwayFromZero((count.value.value / population) * per, decimals);
  if (Math.abs(expected - rate.value.value) <= slackOf(period.rate, false)) return [];
  return [
    {
      cell: period.rate.address,
      severity: "warning",
      message:
        `${label}, ${period.period}: ${period.count.value} (${period.count.address}) over a population of ${whole(population)} is ` +
        `${expected} per ${per.toLocaleString("en-GB")}, not ${period.rate.value} (${period.rate.address}).`,
    },
  ];
}
