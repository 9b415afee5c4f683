/**
 * A date argument as Excel passes it: a serial, text a committee paper wrote, or an empty cell. Serials follow Excel's
 * 1900 system (1 is 1 January 1900, 2,958,465 is 31 December 9999, the last date Excel has).
 */
import { callDeclared } from "../core/parameters";
import { DATE, dateParameter, datePointParameter, isBlankDate, parseDatePoint, pointOf, readDate, readDateSpan, reportDateParameter } from "./dateInput";
import { MAX_SERIAL, serialOf, todaySerial } from "./serial";
import { parseUkDate } from "./ukDate";

describe("a date cell", () => {
  it("a serial is that day; a time of day does not move it", () => {
    expect(readDateSpan(45536, "date")).toEqual({ ok: true, value: { start: 45536, end: 45536, precision: "day" } });
    expect(readDateSpan(45536.75, "date")).toEqual({ ok: true, value: { start: 45536, end: 45536, precision: "day" } });
    expect(readDateSpan(1, "date")).toMatchObject({ ok: true, value: { start: 1 } });
    expect(readDateSpan(MAX_SERIAL, "date")).toMatchObject({ ok: true, value: { end: MAX_SERIAL } });
  });

  it.each([
    [-1, "The date -1 is not a date Excel can show."],
    [0.5, "The date 0.5 is not a date Excel can show."], // before 1 January 1900
    [MAX_SERIAL + 1, "The date 2958466 is not a date Excel can show."],
    [Number.NaN, "The date NaN is not a date Excel can show."],
    [Number.POSITIVE_INFINITY, "The date Infinity is not a date Excel can show."],
    [true, "The date true is not a date."],
  ])("refuses %p, saying why", (input, message) => {
    expect(readDateSpan(input, "date")).toEqual({ ok: false, error: { kind: "value", message } });
  });

  it("an empty cell, blank text or the 0 older desktops send for one, is #N/A naming the argument", () => {
    for (const blank of [null, undefined, "", "  ", 0]) {
      expect(readDateSpan(blank, "baseline")).toEqual({ ok: false, error: { kind: "na", message: "The baseline is blank." } });
      expect(isBlankDate(blank)).toBe(true);
    }
    expect(isBlankDate(1)).toBe(false);
    expect(isBlankDate("0")).toBe(false);
  });

  it("punctuation alone was typed, so it is no date (#VALUE!), not a blank cell", () => {
    const hint = 'is not a date this add-in can read (try "1 September 2026", "Sept 2025" or "Q3 2021/22").';
    expect(readDateSpan(",", "baseline")).toEqual({ ok: false, error: { kind: "value", message: `The baseline "," ${hint}` } });
    expect(readDateSpan(" . ", "due date")).toEqual({ ok: false, error: { kind: "value", message: `The due date "." ${hint}` } });
    expect(parseUkDate(";")).toEqual({ ok: false, error: { kind: "value", message: `";" ${hint}` } });
    // Blank text is still blank to the reader itself.
    expect(parseUkDate(" \t")).toEqual({ ok: false, error: { kind: "na", message: "The date is blank." } });
  });

  it("a five-digit serial that arrived as text is that day; a four-digit number is a year", () => {
    expect(readDateSpan("45536", "date")).toMatchObject({ ok: true, value: { start: 45536, end: 45536, precision: "day" } });
    expect(readDateSpan(" 45536.5 ", "date")).toMatchObject({ ok: true, value: { start: 45536, end: 45536 } });
    // "2025" is the year 2025: 1 January (45658) to 31 December (46022).
    expect(readDateSpan("2025", "date")).toEqual({ ok: true, value: { start: serialOf(2025, 1, 1), end: serialOf(2025, 12, 31), precision: "year" } });
    expect(readDateSpan("45536.25", "date")).toMatchObject({ ok: true, value: { start: 45536, end: 45536 } });
    // Six digits are no serial written as text (145536 would be a day in 2298), and text after the digits is refused,
    // quoted as it was written.
    for (const text of ["145536", "455360", "45536.", "45536x"]) {
      expect(readDateSpan(text, "date")).toMatchObject({ ok: false, error: { kind: "value", message: expect.stringContaining(`"${text}"`) } });
    }
  });

  it("text it cannot read is refused in a sentence naming the argument", () => {
    expect(readDateSpan("soonish", "baseline")).toEqual({
      ok: false,
      error: { kind: "value", message: 'The baseline "soonish" is not a date this add-in can read (try "1 September 2026", "Sept 2025" or "Q3 2021/22").' },
    });
    expect(readDateSpan("May", "current date")).toEqual({ ok: false, error: { kind: "value", message: 'The current date "May" has no year, so it could be any year.' } });
  });
});

describe("which day of date text", () => {
  // Sept 2025 runs from 1 (45901) to 30 September (45930); its middle is the 15th (45915), rounded down.
  const september = { start: serialOf(2025, 9, 1), end: serialOf(2025, 9, 30), precision: "month" as const };

  it("start, end or the middle, rounded down to a whole day", () => {
    expect(pointOf(september, "start")).toBe(45901);
    expect(pointOf(september, "end")).toBe(45930);
    expect(pointOf(september, "mid")).toBe(45915); // (45901 + 45930) / 2 = 45915.5
    expect(readDate("Sept 2025", "date", "end")).toEqual({ ok: true, value: 45930 });
    expect(readDate("soonish", "date", "end")).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it.each([
    [null, "start"],
    ["", "start"],
    ["start", "start"],
    ["END", "end"],
    [" mid ", "mid"],
    ["Middle", "mid"],
  ])("%p reads as %p", (input, point) => expect(parseDatePoint(input)).toEqual({ ok: true, value: point }));

  it("a blank takes the caller's default", () => {
    expect(parseDatePoint(null, "end")).toEqual({ ok: true, value: "end" });
    expect(parseDatePoint("", "mid")).toEqual({ ok: true, value: "mid" });
  });

  it.each([
    ["first", '"first" should be "start", "end" or "mid".'],
    [1, '1 should be "start", "end" or "mid".'],
  ])("refuses %p", (input, message) => expect(parseDatePoint(input)).toEqual({ ok: false, error: { kind: "value", message } }));
});

describe("date parameters", () => {
  it("a date parameter reads its point of the text, and names itself in messages", () => {
    const due = dateParameter("due", "due date", "end");
    expect(due.name).toBe("due");
    expect(due.read("Sept 2025")).toEqual({ ok: true, value: 45930 });
    expect(due.read(null)).toEqual({ ok: false, error: { kind: "na", message: "The due date is blank." } });
  });

  it("the report date is today when it is left out or blank, else the start of what it says", () => {
    const asOf = reportDateParameter("asOf");
    expect(asOf.name).toBe("asOf");
    for (const blank of [null, "", 0]) expect(asOf.read(blank)).toEqual({ ok: true, value: todaySerial() });
    expect(asOf.read("Sept 2025")).toEqual({ ok: true, value: 45901 });
    expect(asOf.read("soonish")).toMatchObject({ ok: false, error: { message: expect.stringContaining('The report date "soonish"') } });
  });

  it("which point: start when blank", () => {
    const which = datePointParameter("which");
    expect(which.name).toBe("which");
    expect(which.fallback).toBe("start");
    expect(which.read("end")).toEqual({ ok: true, value: "end" });
  });

  it("DATE gives the start, end or middle of UK date text", () => {
    // Q3 2021/22 runs 1 October (44470) to 31 December 2021 (44561); its middle (44515.5) is 15 November (44515).
    expect(callDeclared(DATE, ["Q3 2021/22", null])).toEqual({ ok: true, value: 44470 });
    expect(callDeclared(DATE, ["Q3 2021/22", "end"])).toEqual({ ok: true, value: 44561 });
    expect(callDeclared(DATE, ["Q3 2021/22", "mid"])).toEqual({ ok: true, value: serialOf(2021, 11, 15) });
    expect(callDeclared(DATE, ["Q3 2021/22", "later"])).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(callDeclared(DATE, [null, null])).toEqual({ ok: false, error: { kind: "na", message: "The date is blank." } });
  });
});
