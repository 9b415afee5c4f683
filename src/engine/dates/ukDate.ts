/**
 * Dates as committee papers write them, read day-first and never guessed: "1st September 2026",
 * "31/1/2022", "Sept 2025" (the whole month), "Mid-January 2026", "Q3 2021/22", "May/June 2022",
 * "All of November and December 2025 finishing Mid-January 2026". The result is a span of days (start ≤ end)
 * and how precise the text was; anything else is an error quoting the text.
 */
import { fail, ok, quote, type Result } from "../core/result";
import { daysInMonth, MAX_SERIAL, MIN_SERIAL, serialOf } from "./serial";

export type Precision = "day" | "fuzzy" | "month" | "quarter" | "season" | "half" | "year";

export interface DateSpan {
  /** Excel serials, inclusive. */
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/**
 * A comma between a month (or a month and its day) and the year belongs to the date, not a list: "1 September,
 * 2026", "September 1st, 2026", "5 May, 2022 – 1 June 2022". Without this the year would be a part of its own.
 */
const COMMA_BEFORE_YEAR = new RegExp(`(\\b${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?)\\s*,\\s*(?=(?:\\d{4}|'\\d{2})(?![\\d/-]))`, "g");
/**
 * A time after a date, as in "1/9/2026 10:30" or "2026-09-01T10:30:00": DATEVALUE ignores it, and so does the
 * reader. Only where a date part ends (the end, or a range or list connector), so "10:30" alone is not a date.
 */
const TIME_AFTER_DATE =
  /(?:(?<=[\da-z.])\s+|(?<=\d)t)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?=$|\s*[–,;]|\s+-\s|\s+(?:finishing|until|till|through|to|and|&)\s)/g;
const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const COARSENESS: readonly Precision[] = ["day", "month", "quarter", "season", "half", "year"];

/** A month, season or day that may still need its year from a neighbouring part ("1 May – 30 August 2023"). */
interface MonthAtom {
  readonly kind: "month";
  readonly month: number;
  /** 1 for a month, 3 for a season. */
  readonly months: number;
  readonly day?: number;
  readonly part?: "early" | "mid" | "late";
  readonly year: number | null;
  readonly precision: Precision;
}
type SpanAtom = { readonly kind: "span"; readonly span: DateSpan };
type Atom = MonthAtom | SpanAtom;
/** A part once its year is known. */
type DatedMonth = MonthAtom & { readonly year: number };
type DatedAtom = DatedMonth | SpanAtom;

const NOT_DATES: ReadonlyArray<readonly [RegExp, string]> = [
  [/click or tap|enter a date|dd\/mm\/yy/, "it is a form placeholder"],
  [/^(tbc|tbd|to be (confirmed|decided|agreed)|ongoing|n\/a|none)$/, "it says the date is not set"],
  [/\bacts?\b/, "it names an Act, not a date"],
  [/^[a-z]{1,6}\/\d+\/\d{4}[-/]\d{2,4}$/, "it looks like a report reference"],
];

/**
 * Lower case, one kind of dash, single spaces and no trailing full stop: the patterns after this match a single
 * space (" ") where the text may have had any run of white space.
 */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2013\u2014\u2212]/g, "–")
    .replace(/\bmid-\s*/g, "mid ")
    // "until the end of October" runs through October: the month's last day, not the fuzzy "end of" (21st–31st).
    .replace(/\b(until|till|to|through) the end of\b/g, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ ?[.,;]$/, "")
    .replace(TIME_AFTER_DATE, "")
    .replace(COMMA_BEFORE_YEAR, "$1 ")
    // A weekday name before a day says nothing the date does not: "Friday 1 April 2022", "Fri, 1 April 2022",
    // "As at Friday 1 April 2022", "Friday 1 April – Friday 8 April 2022".
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?,? (?=\d)/g, "");
}

/**
 * Splits into parts at range and list connectors, keeping "2021-22", "31/1/2022" and "2025-09-01" whole. A comma
 * may come before the last "and" ("June, July, and August 2025"). A connector with nothing after it ("April 2022 –")
 * leaves an empty part, which is no date: the text is refused, not read as its first half.
 */
function splitParts(text: string): string[] {
  return text.split(/ (?:finishing|until|till|through|to|and|&) | ?, ?(?:(?:and|&) )?| ?– ?| - |(?<=[a-z.]) ?\/ ?(?=[a-z])|(?<=[a-z.])-(?=[a-z])/);
}

const LEADING_WORDS = /^(?:all of|as of|as at|in|by|from|during|on|the|of|commencing|starting) /;

/** A two-digit year as Excel reads it: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function fullYear(text: string): number {
  const digits = text.replace("'", "");
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** "2021/22", "21/22", "2021-22", "2020-2021" → 2021 (the April it starts in), or null. */
function financialYear(text: string): number | null {
  // "the 2026/27 financial year", "financial year 2026/27", "FY 2026/27", "2026/27".
  const match = /^(?:the )?(?:fy ?|financial year )?(\d{4}|\d{2}) ?[/-] ?(\d{4}|\d{2})(?: (?:financial year|fy))?$/.exec(text);
  if (!match) return null;
  const first = fullYear(match[1]);
  const second = Number(match[2]);
  // The second year follows the first: "1999/00" and "1999/2000" both follow 1999.
  const follows = match[2].length === 2 ? second === (first + 1) % 100 : second === first + 1;
  return follows ? first : null;
}

function span(start: number, end: number, precision: Precision): Atom {
  return { kind: "span", span: { start, end, precision } };
}

function parseAtom(raw: string): Atom | null {
  let text = raw;
  while (LEADING_WORDS.test(text)) text = text.replace(LEADING_WORDS, "");
  let match: RegExpExecArray | null;

  const fy = financialYear(text);
  if (fy !== null) return span(serialOf(fy, 4, 1), serialOf(fy + 1, 3, 31), "year");
  // "Q3 2021/22", "Quarter 3 of 2021/22", "2021/22 Q3". The patterns' (.+) runs to the end of the text.
  if ((match = /^q(?:uarter)? ?([1-4]) (?:of )?(.+)/.exec(text)) || (match = /(.+?) q([1-4])$/.exec(text))) {
    const [quarterText, yearText] = /^\d$/.test(match[1]) ? [match[1], match[2]] : [match[2], match[1]];
    const year = financialYear(yearText);
    if (year === null) return null;
    const startMonth = 4 + (Number(quarterText) - 1) * 3; // Q1 = April
    const start = serialOf(year, startMonth, 1);
    return span(start, serialOf(year, startMonth + 3, 0), "quarter");
  }
  if ((match = /^(first half|second half|1st half|2nd half|h1|h2) (?:of )?(.+)/.exec(text))) {
    const year = financialYear(match[2]);
    if (year === null) return null;
    const first = /first|1st|h1/.test(match[1]);
    return first ? span(serialOf(year, 4, 1), serialOf(year, 9, 30), "half") : span(serialOf(year, 10, 1), serialOf(year + 1, 3, 31), "half");
  }
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) return dayAtom(Number(match[3]), Number(match[2]), Number(match[1]));
  // Excel's own display of a date: "22-May-2011", "1-Sep-26".
  if ((match = new RegExp(`^(\\d{1,2})-${MONTH}-(\\d{4}|\\d{2})$`).exec(text))) return dayAtom(Number(match[1]), MONTHS[match[2]], fullYear(match[3]));
  if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text))) return dayAtom(Number(match[1]), Number(match[2]), fullYear(match[3]));
  if ((match = /^(early|beginning of|start of|mid|middle of|late|end of) (.+)/.exec(text))) {
    const inner = parseAtom(match[2]);
    if (!inner || inner.kind !== "month" || inner.day !== undefined || inner.months !== 1) return null;
    const part = /early|beginning|start/.test(match[1]) ? "early" : /mid/.test(match[1]) ? "mid" : "late";
    return { ...inner, part, precision: "fuzzy" };
  }
  if ((match = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?(?:\\s+(\\d{4}|'?\\d{2}))?$`).exec(text))) {
    return dayAtom(Number(match[1]), MONTHS[match[2]], match[3] ? fullYear(match[3]) : null);
  }
  // "September 1st 2026", "September 1 2026"; without an ordinal only before a year ("Sept 25" is no day).
  if ((match = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:(?:st|nd|rd|th)(?:\\s+(\\d{4}))?|\\s+(\\d{4}))$`).exec(text))) {
    const year = match[3] ?? match[4];
    return dayAtom(Number(match[2]), MONTHS[match[1]], year ? Number(year) : null);
  }
  // "Sept 2025", "Sep '25", and Excel's "Sep-2026" (a two-digit "Sep-26" is refused: Excel reads it as 26 September).
  if ((match = new RegExp(`^${MONTH}(?:\\s+(\\d{4}|'\\d{2})|-(\\d{4}))?$`).exec(text))) {
    const year = match[2] ?? match[3];
    return { kind: "month", month: MONTHS[match[1]], months: 1, year: year ? fullYear(year) : null, precision: "month" };
  }
  if ((match = /^(spring|summer|autumn|fall|winter)(?: (\d{4})(?: ?[/-] ?\d{2,4})?)?$/.exec(text))) {
    return { kind: "month", month: SEASONS[match[1]], months: 3, year: match[2] ? Number(match[2]) : null, precision: "season" };
  }
  // A year before 1900 ("0050") is refused in parseUkDate, as before Excel's first date.
  if ((match = /^(\d{4})$/.exec(text))) return span(serialOf(Number(match[1]), 1, 1), serialOf(Number(match[1]), 12, 31), "year");
  return null;
}

function dayAtom(day: number, month: number, year: number | null): Atom | null {
  // A day past the month's end ("30 February", "32/1/2022") is refused once the year is known, in toSpan.
  if (month < 1 || month > 12 || day < 1) return null;
  return { kind: "month", month, months: 1, day, year, precision: "day" };
}

const hasYear = (atom: Atom): atom is DatedMonth => atom.kind === "month" && atom.year !== null;

/**
 * Gives yearless parts the year of the next month or day that has one (else the previous), keeping the order; null
 * when a part has none to take. A whole span ("Q3 2021/22") lends no year.
 */
function carryYears(atoms: readonly Atom[]): DatedAtom[] | null {
  const result = [...atoms];
  for (let i = result.length - 1; i >= 0; i--) {
    const atom = result[i];
    // A span has no year field, so `year !== null` passes it over too: the kind test is for the type.
    if (atom.kind !== "month" || atom.year !== null) continue;
    const next = result.slice(i + 1).find(hasYear);
    if (next) {
      result[i] = { ...atom, year: atom.month > next.month ? next.year - 1 : next.year };
      continue;
    }
    const previous = result.slice(0, i).reverse().find(hasYear);
    if (!previous) return null;
    result[i] = { ...atom, year: atom.month < previous.month ? previous.year + 1 : previous.year };
  }
  // Every month part now has a year.
  return result as DatedAtom[];
}

function toSpan(atom: DatedAtom): DateSpan | null {
  if (atom.kind === "span") return atom.span;
  const { year, month } = atom;
  if (atom.day !== undefined) {
    if (atom.day > daysInMonth(year, month)) return null;
    const day = serialOf(year, month, atom.day);
    return { start: day, end: day, precision: "day" };
  }
  if (atom.part === "early") return { start: serialOf(year, month, 1), end: serialOf(year, month, 10), precision: "fuzzy" };
  if (atom.part === "mid") return { start: serialOf(year, month, 15), end: serialOf(year, month, 15), precision: "fuzzy" };
  if (atom.part === "late") return { start: serialOf(year, month, 21), end: serialOf(year, month + 1, 0), precision: "fuzzy" };
  return { start: serialOf(year, month, 1), end: serialOf(year, month + atom.months, 0), precision: atom.precision };
}

/** Fuzzy if any part is; else the coarsest part's ("Sept 2025 – 1 December 2025" is as precise as a month). */
function combinedPrecision(spans: readonly DateSpan[]): Precision {
  if (spans.some((s) => s.precision === "fuzzy")) return "fuzzy";
  return COARSENESS[spans.reduce((coarsest, s) => Math.max(coarsest, COARSENESS.indexOf(s.precision)), 0)];
}

export function parseUkDate(input: string): Result<DateSpan> {
  if (input.trim() === "") return fail("na", "The date is blank.");
  // Only punctuation (",", " . ") normalises to nothing too, but it was typed: it goes on to be refused as no date.
  const text = normalise(input);
  for (const [pattern, reason] of NOT_DATES) {
    if (pattern.test(text)) return fail("value", `${quote(input)} is not a date: ${reason}.`);
  }
  const atoms = splitParts(text).map(parseAtom);
  if (atoms.length === 0 || atoms.some((atom) => atom === null)) {
    return fail("value", `${quote(input)} is not a date this add-in can read (try "1 September 2026", "Sept 2025" or "Q3 2021/22").`);
  }
  const dated = carryYears(atoms as Atom[]);
  if (!dated) return fail("value", `${quote(input)} has no year, so it could be any year.`);
  const spans = dated.map(toSpan);
  if (spans.some((s) => s === null)) return fail("value", `${quote(input)} names a day that does not exist.`);
  const valid = spans as DateSpan[];
  if (valid.some((s) => s.start < MIN_SERIAL)) return fail("value", `${quote(input)} is before 1 January 1900, the first date Excel has.`);
  if (valid.some((s) => s.end > MAX_SERIAL)) return fail("value", `${quote(input)} runs past 31 December 9999, the last date Excel has.`);
  const start = valid[0].start;
  const end = valid.reduce((latest, s) => Math.max(latest, s.end), -Infinity);
  if (valid[valid.length - 1].end < start) return fail("value", `${quote(input)} ends before it starts.`);
  return ok({ start, end, precision: combinedPrecision(valid) });
}
