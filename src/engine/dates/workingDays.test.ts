/**
 * Working days less holidays, as Excel's WORKDAY and NETWORKDAYS count them with a holidays list (Microsoft's
 * "WORKDAY function" and "NETWORKDAYS function" pages), with gov.uk's bank holidays by default.
 */
import { passportBy, spendBy } from "../funding/funding";
import { slippage } from "../timeline/slippage";
import { MAX_SERIAL, serialOf } from "./serial";
import { addWorkdays, ENGLAND_AND_WALES, NO_HOLIDAYS, readHolidays, workdaysBetween } from "./workingDays";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("twenty working days of receipt", () => {
  it("skips Christmas Day and Boxing Day: received Monday 1 December 2025, due Wednesday 31 December, not the 29th", () => {
    // Weekdays after 1 Dec: 2–5 (4), 8–12 (9), 15–19 (14), 22–24 (17); 25 and 26 are bank holidays; 29 (18), 30 (19),
    // 31 (20). Monday to Friday only: 22–26 (19), 29 (20).
    expect(value(passportBy(serialOf(2025, 12, 1), 20, true))).toBe(serialOf(2025, 12, 31));
    expect(value(passportBy(serialOf(2025, 12, 1), 20, true, "none"))).toBe(serialOf(2025, 12, 29));
    expect(value(addWorkdays(serialOf(2025, 12, 1), 20, NO_HOLIDAYS))).toBe(serialOf(2025, 12, 29));
  });

  it("takes a list of dates as NETWORKDAYS does: those days only, or with a region's when it is named", () => {
    const christmasEve = serialOf(2025, 12, 24);
    // 24 December only: 22, 23 (16), then 25 (17), 26 (18), 29 (19), 30 (20).
    expect(value(passportBy(serialOf(2025, 12, 1), 20, true, [[christmasEve]]))).toBe(serialOf(2025, 12, 30));
    // 24 December and England and Wales's: 22, 23 (16), 29 (17), 30 (18), 31 (19), 1 January is a bank holiday, 2 (20).
    expect(value(passportBy(serialOf(2025, 12, 1), 20, true, [[christmasEve], ["England and Wales"], [null]]))).toBe(serialOf(2026, 1, 2));
    // Date text, and a run of days.
    expect(value(passportBy(serialOf(2025, 12, 1), 20, true, [["24/12/2025"]]))).toBe(serialOf(2025, 12, 30));
    expect(value(passportBy(serialOf(2025, 12, 1), 20, true, [["22/12/2025 – 2/1/2026"]]))).toBe(serialOf(2026, 1, 12));
  });

  it("a blank list (a range of empty cells, or 0s from older desktops) is the default", () => {
    expect(value(readHolidays([[null], [0], [""]]))).toBe(ENGLAND_AND_WALES);
    expect(value(readHolidays(null))).toBe(ENGLAND_AND_WALES);
  });

  it.each([
    [[["Christmas"]], '"Christmas" is not a date'],
    [[["#N/A"]], "the Excel error #N/A"],
    [[["Scotland"], ["Northern Ireland"]], "both Scotland and Northern Ireland"],
    [[["2026"]], "not a day or a run of days"],
  ])("refuses holidays %j, saying why", (holidays, message) => {
    const result = passportBy(serialOf(2025, 12, 1), 20, true, holidays);
    expect(result).toMatchObject({ ok: false, error: { kind: "value", message: expect.stringContaining(message) } });
  });
});

describe("slippage in working days, by region", () => {
  // Thursday 2 April 2026 to Thursday 9 April 2026: weekdays after the 2nd are 3, 6, 7, 8, 9 (5). Good Friday
  // (3 April) is a bank holiday everywhere; Easter Monday (6 April) in England and Wales and Northern Ireland only.
  it.each([
    [null, 3],
    ["England and Wales", 3],
    ["Scotland", 4],
    ["Northern Ireland", 3],
    ["none", 5],
  ])("with holidays %p it is %p working days", (holidays, expected) => {
    expect(value(slippage(serialOf(2026, 4, 2), serialOf(2026, 4, 9), "workdays", null, holidays))).toBe(expected);
    expect(value(slippage(serialOf(2026, 4, 9), serialOf(2026, 4, 2), "workdays", null, holidays))).toBe(-expected);
  });

  it("counts each holiday once when a listed day is also a bank holiday", () => {
    // 22 Dec 2025 to 2 Jan 2026: weekdays after the 22nd are 23–26 (4), 29–31 (7), 1–2 Jan (9); less 25, 26 Dec and
    // 1 Jan is 6; listing 25 December again changes nothing; listing 24 December too makes 5.
    const from = serialOf(2025, 12, 22);
    const to = serialOf(2026, 1, 2);
    expect(value(workdaysBetween(from, to))).toBe(6);
    expect(value(slippage(from, to, "workdays", null, [[serialOf(2025, 12, 25)], ["England and Wales"]]))).toBe(6);
    expect(value(slippage(from, to, "workdays", null, [[serialOf(2025, 12, 24)], ["England and Wales"]]))).toBe(5);
  });

  it("Scotland's 2 January and St Andrew's Day count", () => {
    // Friday 28 Nov 2025 to Friday 5 Dec 2025: weekdays after are 1–5 Dec (5); St Andrew's Day (Sunday 30 November)
    // is substituted on Monday 1 December in Scotland: 4.
    expect(value(slippage(serialOf(2025, 11, 28), serialOf(2025, 12, 5), "workdays", null, "Scotland"))).toBe(4);
    expect(value(slippage(serialOf(2025, 11, 28), serialOf(2025, 12, 5), "workdays", null, null))).toBe(5);
  });
});

describe("past the years the bank holidays are known for, an error rather than a guess", () => {
  it("names the years known and the way round it", () => {
    // 10 December 2027 + 20 working days runs into January 2028.
    const result = passportBy(serialOf(2027, 12, 10), 20, true);
    expect(result).toMatchObject({ ok: false, error: { kind: "value", message: expect.stringContaining("known here for 2017 to 2027, and the working days reach 2028") } });
    expect(slippage(serialOf(2016, 12, 1), serialOf(2017, 1, 5), "workdays", null, null)).toMatchObject({ ok: false, error: { kind: "value" } });
    // With the holidays given, or none, any year is counted: Wednesday 1 December 2027 + 20 weekdays is 2–3 (2),
    // 6–10 (7), 13–17 (12), 20–24 (17), 27, 28, 29 (20).
    expect(value(passportBy(serialOf(2027, 12, 1), 20, true, "none"))).toBe(serialOf(2027, 12, 29));
  });
});

describe("past 31 December 9999: #NUM!, as EDATE and WORKDAY give", () => {
  // Microsoft's WORKDAY page: "If start_date plus days yields an invalid date, WORKDAY returns the #NUM! error
  // value"; EDATE gives #NUM! for a result past Excel's last date, 31 December 9999 (serial 2,958,465).
  it("SPENDBY: 31 October 9999 + 2 months is 31 December 9999; 1 October 9999 + 3 is past it", () => {
    expect(value(spendBy(serialOf(9999, 10, 31), 2))).toBe(MAX_SERIAL);
    expect(spendBy(serialOf(9999, 10, 1), 3)).toMatchObject({ ok: false, error: { kind: "num" } });
  });

  it("PASSPORTBY, in calendar days and in working days", () => {
    expect(value(passportBy(MAX_SERIAL - 20, 20, false))).toBe(MAX_SERIAL);
    expect(passportBy(MAX_SERIAL - 19, 20, false)).toMatchObject({ ok: false, error: { kind: "num" } });
    // 31 December 9999 is a Friday: one working day on is Monday 3 January 10000, which Excel does not have.
    expect(passportBy(MAX_SERIAL, 1, true, "none")).toMatchObject({ ok: false, error: { kind: "num" } });
  });
});
