/**
 * The shapes of UK date text one by one, each read as the contract for dates says (README "Dates": day first;
 * early = 1st–10th, mid = the 15th, late = 21st to the month's end; meteorological seasons; financial years from
 * 1 April, Q1 April–June; ranges and lists with the year carried), and the text that looks like a date but says
 * more or less than one, which is refused rather than read in part.
 */
import { calendarOf } from "./serial";
import { parseUkDate } from "./ukDate";

const iso = (serial: number) => {
  const { year, month, day } = calendarOf(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};
const read = (text: string) => {
  const result = parseUkDate(text);
  if (!result.ok) throw new Error(result.error.message);
  return [iso(result.value.start), iso(result.value.end), result.value.precision];
};
const refusal = (text: string) => {
  const result = parseUkDate(text);
  return result.ok ? `read as ${iso(result.value.start)} to ${iso(result.value.end)}` : result.error.message;
};

describe("financial years, quarters and halves written every way", () => {
  it.each([
    ["FY 2026/27", "2026-04-01", "2027-03-31", "year"],
    ["FY2026/27", "2026-04-01", "2027-03-31", "year"],
    ["2026/27 FY", "2026-04-01", "2027-03-31", "year"],
    ["2021/2022", "2021-04-01", "2022-03-31", "year"],
    ["2021 / 22", "2021-04-01", "2022-03-31", "year"],
    ["1999/00", "1999-04-01", "2000-03-31", "year"], // the second year's digits wrap at the century
    ["1999/2000", "1999-04-01", "2000-03-31", "year"],
    ["2021/22 Q3", "2021-10-01", "2021-12-31", "quarter"], // the quarter after the year
    ["2022/23 q1", "2022-04-01", "2022-06-30", "quarter"],
    ["Quarter 4 of 2021/22", "2022-01-01", "2022-03-31", "quarter"],
    ["Quarter3 2021/22", "2021-10-01", "2021-12-31", "quarter"],
    ["Q 3 2021/22", "2021-10-01", "2021-12-31", "quarter"],
    ["first half 2021/22", "2021-04-01", "2021-09-30", "half"],
    ["H2 2021/22", "2021-10-01", "2022-03-31", "half"],
    ["2nd half of 2021/22", "2021-10-01", "2022-03-31", "half"],
    ["1st half of 2021/22", "2021-04-01", "2021-09-30", "half"],
  ])("%p → %s to %s (%s)", (text, start, end, precision) => expect(read(text)).toEqual([start, end, precision]));

  it.each([
    ["2021/23", "not a date this add-in can read"], // the years must follow each other
    ["2021/2021", "not a date this add-in can read"],
    ["Q3 2021", "not a date this add-in can read"], // a calendar year is not a financial year: Q3 of which?
    ["first half of 2021", "not a date this add-in can read"],
    ["FY2026", "not a date this add-in can read"], // the year it starts or the year it ends?
    ["2021/22 Q3 onwards", "not a date this add-in can read"],
  ])("refuses %p", (text, reason) => expect(refusal(text)).toContain(reason));
});

describe("early, mid and late are parts of a month, nothing else", () => {
  it.each([
    "early Q3 2021/22",
    "End of Q3 2021/22",
    "end of the first half of 2021/22",
    "late summer 2025",
    "early 1 March 2026",
    "mid 2026",
  ])("refuses %p rather than guess which part", (text) => expect(refusal(text)).toContain("not a date this add-in can read"));
});

describe("seasons", () => {
  it.each([
    ["winter 2025/26", "2025-12-01", "2026-02-28", "season"],
    ["winter 2025-2026", "2025-12-01", "2026-02-28", "season"],
    ["winter 2025 / 26", "2025-12-01", "2026-02-28", "season"],
    ["Spring and summer 2025", "2025-03-01", "2025-08-31", "season"], // the year carried back to spring
  ])("%p → %s to %s (%s)", (text, start, end, precision) => expect(read(text)).toEqual([start, end, precision]));
});

describe("text that says more than a date is refused, not read in part", () => {
  it.each([
    "postponed from early March 2026", // which way the date moved is not a date
    "After spring 2025",
    "Spring 2025 onwards",
    "2026 onwards",
    "101/9/2026", // a three-digit day is no day, not the 01st
    "12025-09-01",
    "2025-09-01x",
    "April 2022 –", // a range with no end
    "May, , June 2022",
  ])("refuses %p", (text) => expect(refusal(text)).toContain("not a date this add-in can read"));
});

describe("white space, full stops and weekday names", () => {
  it("runs of spaces (text pasted from a PDF) read as one", () => {
    expect(read("All  of  November and December 2025")).toEqual(["2025-11-01", "2025-12-31", "month"]);
    expect(read("first  half of 2021/22")).toEqual(["2021-04-01", "2021-09-30", "half"]);
  });

  it("spaces around the text, and a full stop after it with or without a space before", () => {
    expect(read(" 1 May 2022. ")).toEqual(["2022-05-01", "2022-05-01", "day"]);
    expect(read("1 May 2022 .")).toEqual(["2022-05-01", "2022-05-01", "day"]);
    expect(read(" Friday 1 April 2022 ")).toEqual(["2022-04-01", "2022-04-01", "day"]);
  });

  it.each([
    ["As at Friday 1 April 2022", "2022-04-01", "2022-04-01"],
    ["Friday 1 April – Friday 8 April 2022", "2022-04-01", "2022-04-08"],
    ["Tue 5 May 2026", "2026-05-05", "2026-05-05"],
    ["Tues 5 May 2026", "2026-05-05", "2026-05-05"],
    ["Thu 7 May 2026", "2026-05-07", "2026-05-07"],
    ["Thur 7 May 2026", "2026-05-07", "2026-05-07"],
    ["Thurs. 7 May 2026", "2026-05-07", "2026-05-07"],
  ])("a weekday before any day: %p", (text, start, end) => expect(read(text)).toEqual([start, end, "day"]));
});

describe("lists", () => {
  it.each([
    ["June, July, and August 2025", "2025-06-01", "2025-08-31"], // a comma before the last "and"
    ["June,July and August 2025", "2025-06-01", "2025-08-31"],
    ["June, July & August 2025", "2025-06-01", "2025-08-31"],
  ])("%p → %s to %s", (text, start, end) => expect(read(text)).toEqual([start, end, "month"]));
});

describe("years carried between parts", () => {
  it.each([
    // Forward, when only the first part has a year: into the next year when the month comes round again.
    ["1 May 2023 – 30 August", "2023-05-01", "2023-08-30", "day"],
    ["December 2025 to February", "2025-12-01", "2026-02-28", "month"],
    ["1 May 2023 – 30 May", "2023-05-01", "2023-05-30", "day"],
    // From the nearest part before: 1 May follows 1 April 2024, not 1 April 2023.
    ["1 April 2023, 1 April 2024 and 1 May", "2023-04-01", "2024-05-01", "day"],
    // Back, from the next part: the same month is the same year.
    ["1 May – 30 May 2023", "2023-05-01", "2023-05-30", "day"],
  ])("%p → %s to %s", (text, start, end, precision) => expect(read(text)).toEqual([start, end, precision]));

  it.each(["2021/22 and May", "May and Q3 2021/22"])("a quarter or year lends no year to a month: %p", (text) => {
    expect(refusal(text)).toContain("has no year");
  });
});

describe("how precise a range is", () => {
  it("as precise as its coarsest part", () => {
    expect(read("Sept 2025 – 1 December 2025")).toEqual(["2025-09-01", "2025-12-01", "month"]);
    expect(read("1 September 2025 – December 2025")).toEqual(["2025-09-01", "2025-12-31", "month"]);
    expect(read("Q3 2021/22 to 31 March 2022")).toEqual(["2021-10-01", "2022-03-31", "quarter"]);
    expect(read("1 October 2021 – 2021/22")).toEqual(["2021-10-01", "2022-03-31", "year"]);
  });
});

describe("Excel's first and last dates, and days that do not exist", () => {
  it("the years 1900 and 9999 are whole: serials 1 to 366 (Excel's 1900 has a 29 February) and to 2,958,465", () => {
    const first = parseUkDate("1900");
    expect(first.ok && [first.value.start, first.value.end]).toEqual([1, 366]);
    const last = parseUkDate("9999");
    expect(last.ok && last.value.end).toBe(2_958_465);
  });

  it.each([
    // A four-digit year before 1900 is before Excel's first date, not 1950 (JavaScript's Date.UTC reads 0–99 as
    // 1900–1999; this reader does not).
    ["1/1/0050", "before 1 January 1900"],
    ["0050", "before 1 January 1900"],
    ["Jan 0099", "before 1 January 1900"],
    ["0050/51", "before 1 January 1900"],
    ["31 December 1899 – 1 January 1900", "before 1 January 1900"], // one part before is enough
    ["Q3 9999/00 to Q4 9999/00", "past 31 December 9999"], // January–March 10000
    ["29 February 2023 – 1 March 2023", "names a day that does not exist"],
    ["32/1/2022", "names a day that does not exist"],
  ])("refuses %p: %s", (text, reason) => expect(refusal(text)).toContain(reason));

  it("blank text is #N/A, not #VALUE!", () => {
    expect(parseUkDate("   ")).toEqual({ ok: false, error: { kind: "na", message: "The date is blank." } });
    // A lone "." is no mark of a missing figure (".." is, and is blank-like before a date is read): it is no date.
    expect(parseUkDate(".")).toMatchObject({ ok: false, error: { kind: "value" } });
  });
});
