/** A date argument as Excel sends it: a serial number, or text that the UK date reader understands. */
import { isBlankLike } from "../core/cellNumber";
import { fail, ok, quote, type Result } from "../core/result";
import { cellParameter, declareFunction, parameter, type Parameter } from "../core/parameters";
import { MAX_SERIAL, MIN_SERIAL, todaySerial } from "./serial";
import { parseUkDate, type DateSpan } from "./ukDate";

export type DatePoint = "start" | "end" | "mid";

export function parseDatePoint(input: unknown, fallback: DatePoint = "start"): Result<DatePoint> {
  if (isBlankLike(input)) return ok(fallback);
  const word = typeof input === "string" ? input.trim().toLowerCase() : "";
  if (word === "start" || word === "end" || word === "mid") return ok(word);
  if (word === "middle") return ok("mid");
  return fail("value", `${typeof input === "string" ? quote(input) : String(input)} should be "start", "end" or "mid".`);
}

/**
 * A date cell with nothing in it. Excel desktop builds before Microsoft's fix send an empty cell as 0, and serial 0
 * is no date Excel shows ("00/01/1900"), so 0 is read as blank too.
 */
export function isBlankDate(input: unknown): boolean {
  return input === 0 || isBlankLike(input);
}

/** The span a cell means: a serial is that one day; text is read as a UK date. */
export function readDateSpan(input: unknown, name: string): Result<DateSpan> {
  if (isBlankDate(input)) return fail("na", `The ${name} is blank.`);
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < MIN_SERIAL || input > MAX_SERIAL) return fail("value", `The ${name} ${input} is not a date Excel can show.`);
    const day = Math.floor(input);
    return ok({ start: day, end: day, precision: "day" });
  }
  if (typeof input !== "string") return fail("value", `The ${name} ${String(input)} is not a date.`);
  const trimmed = input.trim();
  // A serial that arrived as text ("45536") is a date too, but a bare year ("2025") is read as the year.
  if (/^\d{5}(?:\.\d+)?$/.test(trimmed)) return readDateSpan(Number(trimmed), name);
  const span = parseUkDate(trimmed);
  // Blank text never reaches here (isBlankDate), so every message starts with the quoted text.
  if (!span.ok) return fail(span.error.kind, `The ${name} ${span.error.message}`);
  return span;
}

export function pointOf(span: DateSpan, point: DatePoint): number {
  return point === "start" ? span.start : point === "end" ? span.end : Math.floor((span.start + span.end) / 2);
}

export function readDate(input: unknown, name: string, point: DatePoint): Result<number> {
  const span = readDateSpan(input, name);
  return span.ok ? ok(pointOf(span.value, point)) : span;
}

/** A date parameter: `label` names it in messages, and `point` says which end of date text ("Mar 2022") it takes. */
export function dateParameter(name: string, label: string, point: DatePoint): Parameter<number> {
  return parameter(name, (input) => readDate(input, label, point));
}

/** The report date: the cell, or today (local calendar day) when it is omitted or blank (0 on old desktops). */
export function reportDateParameter(name: string): Parameter<number> {
  return parameter(name, (input) => (isBlankDate(input) ? ok(todaySerial()) : readDate(input, "report date", "start")));
}

/** Which part of date text to use: "start" (the default), "end" or "mid". */
export function datePointParameter(name: string): Parameter<DatePoint> {
  return parameter(name, (input) => parseDatePoint(input), "start");
}

/** DATE: the date that UK date text means, at the start, end or middle of what it covers. */
export const DATE = declareFunction(
  "DATE",
  // The text is read at the point `which` names, so it is read here.
  [cellParameter("text"), datePointParameter("which")],
  (text, point) => readDate(text, "date", point),
);
