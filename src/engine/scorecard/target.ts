/**
 * Targets as councils write them: "<30", "87%", "13,000", "40 (Average over year)", or a range "80%–90%".
 * Blank means "no target", which is not an error: the measure is simply not rated. So do "TBC", "To be set" and
 * "n/a": a target not set yet, said in a note, never an error.
 */
import { isBlankLike, readFigure, type Comparator, type Figure } from "../core/cellNumber";
import { memoize } from "../core/memo";
import { fail, ok, quote, type Result } from "../core/result";

export type Target =
  | { readonly kind: "single"; readonly value: number; readonly percent: boolean; readonly comparator?: Comparator }
  | { readonly kind: "range"; readonly low: number; readonly high: number; readonly percent: boolean; readonly comparator?: undefined };

// "80%–90%", "80% to 90%", "80 - 90%": two figures joined by a dash or "to".
const RANGE = /^(.+?)\s*(?:–|—|-|\bto\b)\s*(.+)$/i;

export function parseTarget(input: unknown): Result<Target | null> {
  // A table's rows share a few targets ("<530", "85%"): each is read once. Results are immutable, so shared.
  if (typeof input === "string") return readTargetText(input);
  if (typeof input === "number") return readTargetNumber(input);
  return readTarget(input);
}

const readTargetText = memoize((input: string) => readTarget(input));
const readTargetNumber = memoize((input: number) => readTarget(input));

/** Words councils put where a target is not set yet: "TBC", "To be set", "TBA", "Not set", "n/a". */
const NOT_SET = /^(tbc|tba|tbd|to be (set|confirmed|agreed|decided|determined)|not (yet )?(set|agreed|applicable)|no target|none|n\/?a)\.?$/i;

/** Whether a target cell says, in words, that the target is not set yet ("TBC"): no rating, and a note saying so. */
export function isTargetNotSet(input: unknown): boolean {
  return typeof input === "string" && NOT_SET.test(input.trim());
}

function readTarget(input: unknown): Result<Target | null> {
  if (isBlankLike(input) || isTargetNotSet(input)) return ok(null);
  const single = readFigure(input);
  if (single.ok) return ok(singleTarget(single.value));
  if (typeof input === "string") {
    const range = RANGE.exec(input.trim());
    if (range) {
      const from = readFigure(range[1]);
      const to = readFigure(range[2]);
      if (from.ok && to.ok && !from.value.comparator && !to.value.comparator) {
        // "80–90%": the % written once applies to both ends.
        const percent = from.value.percent || to.value.percent;
        const low = from.value.percent || !percent ? from.value.value : from.value.value / 100;
        const high = to.value.percent || !percent ? to.value.value : to.value.value / 100;
        return ok({ kind: "range", low: Math.min(low, high), high: Math.max(low, high), percent });
      }
    }
  }
  const shown = typeof input === "string" ? quote(input) : String(input);
  return fail("value", `The target ${shown} is not a number, a comparison such as "<530", or a range such as "80%–90%".`);
}

function singleTarget(figure: Figure): Target {
  return figure.comparator
    ? { kind: "single", value: figure.value, percent: figure.percent, comparator: figure.comparator }
    : { kind: "single", value: figure.value, percent: figure.percent };
}

/**
 * An annual count target pro rata to the share of the year reported: "<530" at 3 of 4 quarters is "<397.5", and a
 * range's ends both scale. Null where there is nothing to profile: no target, a percentage, or one that does not read.
 */
export function profileTarget(input: unknown, share: number): string | null {
  const target = parseTarget(input);
  if (!target.ok || !target.value || target.value.percent) return null;
  const scaled = (x: number) => String(Number((x * share).toPrecision(12)));
  const t = target.value;
  return t.kind === "range" ? `${scaled(t.low)}–${scaled(t.high)}` : `${t.comparator ?? ""}${scaled(t.value)}`;
}
