/**
 * Financial years as scorecards write them in headers and sheet names, and moving them on a year in the same
 * style: "21-22 Target" → "22-23 Target", "Q1 21/22" → "Q1 22/23", "Year end 2020-2021" → "Year end 2021-2022",
 * "2021/22" → "2022/23". Two years count as a financial year only when the second follows the first, so an age
 * band ("18-64") or a range ("10-12") is never taken for one.
 */

/** A financial year found in text: where it is, the year it starts in, and how it is written. */
export interface YearToken {
  readonly index: number;
  readonly length: number;
  /** The calendar year the financial year starts in (2021 for 2021/22). */
  readonly start: number;
  /** The digits of each half (2 or 4) and the separator: "21-22" is 2, "-", 2. */
  readonly firstDigits: 2 | 4;
  readonly secondDigits: 2 | 4;
  readonly separator: string;
}

// Not inside a longer number: "2021-22" is one token, "12021-22" none.
const YEAR_PAIR = /(?<!\d)(\d{4}|\d{2})\s?([-/–])\s?(\d{4}|\d{2})(?!\d)/g;

function fullYear(digits: string): number {
  const n = Number(digits);
  // Two-digit years as Excel reads them: 00–29 are 2000–2029, 30–99 are 1930–1999.
  return digits.length === 4 ? n : n < 30 ? 2000 + n : 1900 + n;
}

/** Every financial year written in the text, in order. */
export function yearTokens(text: string): YearToken[] {
  const tokens: YearToken[] = [];
  for (const match of text.matchAll(YEAR_PAIR)) {
    const [whole, first, separator, second] = match;
    const start = fullYear(first);
    // "2021-22": the second half's last two digits; "21-2022" is not a way anyone writes a year.
    const next = second.length === 4 ? Number(second) : Number(second) === (start + 1) % 100 ? start + 1 : NaN;
    if (next !== start + 1 || (first.length === 2 && second.length === 4)) continue;
    tokens.push({ index: match.index, length: whole.length, start, firstDigits: first.length as 2 | 4, secondDigits: second.length as 2 | 4, separator });
  }
  return tokens;
}

/** A financial year written in a token's style. */
export function writeYear(start: number, style: Pick<YearToken, "firstDigits" | "secondDigits" | "separator">): string {
  const digits = (year: number, n: 2 | 4) => (n === 4 ? String(year) : String(year % 100).padStart(2, "0"));
  return `${digits(start, style.firstDigits)}${style.separator}${digits(start + 1, style.secondDigits)}`;
}

/** The text with every financial year in it moved on by `years` (1 = the next year); null when it names none. */
export function shiftYears(text: string, years = 1): string | null {
  const tokens = yearTokens(text);
  if (tokens.length === 0) return null;
  let out = "";
  let at = 0;
  for (const token of tokens) {
    out += text.slice(at, token.index) + writeYear(token.start + years, token);
    at = token.index + token.length;
  }
  return out + text.slice(at);
}

/** "2021/22", the way the add-in names a financial year itself (as FINYEAR does). */
export function financialYearName(start: number): string {
  return writeYear(start, { firstDigits: 4, secondDigits: 2, separator: "/" });
}

/** The financial year named by the first of these texts that names one (the headers, then the title). */
export function firstYearIn(texts: readonly string[]): number | null {
  for (const text of texts) {
    const [token] = yearTokens(text);
    if (token) return token.start;
  }
  return null;
}
