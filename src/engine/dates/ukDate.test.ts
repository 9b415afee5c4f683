/** UK date text read as the span it means, day first. */
import fc from "fast-check";
import timelines from "../../../test/fixtures/timelines.json";
import funding from "../../../test/fixtures/funding-streams-2022.json";
import { calendarOf, serialOf } from "./serial";
import { parseUkDate, type DateSpan } from "./ukDate";

const iso = (serial: number) => {
  const { year, month, day } = calendarOf(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};
const read = (text: string) => {
  const result = parseUkDate(text);
  if (!result.ok) throw new Error(result.error.message);
  return { start: iso(result.value.start), end: iso(result.value.end), precision: result.value.precision };
};

describe("every date_text in the published timelines", () => {
  const milestones = timelines.timelines.flatMap((t) => t.milestones);
  it.each(milestones.map((m) => [m.date_text, m.start_iso, m.end_iso, m.precision]))(
    "%p → %s to %s (%s)",
    (text, start, end, precision) => {
      // The rules and the fixture agree on these. One reading to note: "until the end of October 2025" runs
      // through 31 October (month precision, as the fixture has it), not the fuzzy "end of" (21st–31st) that
      // The rules give the phrase on its own; the end date is the same either way.
      expect(read(text)).toEqual({ start, end, precision });
    },
  );
});

describe("the funding papers' period texts", () => {
  const rounds = funding.funds.flatMap((f) => f.rounds);
  it.each(rounds.map((r) => [r.period_text, r.start, r.end]))("%p covers %s to %s", (text, start, end) => {
    const span = read(text);
    // The fixture gives month-precision ends as "YYYY-MM": the span runs to the month's last day.
    expect(span.start.startsWith(start)).toBe(true);
    expect(span.end.startsWith(end)).toBe(true);
    if (end.length === 7) expect(calendarOf(parseUkDate(text).ok ? (parseUkDate(text) as { value: DateSpan }).value.end + 1 : 0).day).toBe(1);
  });
});

describe("the contract for UK date text", () => {
  it.each([
    ["1st September 2026", "2026-09-01", "2026-09-01", "day"],
    ["31/1/2022", "2022-01-31", "2022-01-31", "day"],
    ["31 Mar 20", "2020-03-31", "2020-03-31", "day"],
    ["Sept 2025", "2025-09-01", "2025-09-30", "month"],
    ["February 2024", "2024-02-01", "2024-02-29", "month"], // leap year
    ["February 2023", "2023-02-01", "2023-02-28", "month"],
    ["29/2/2024", "2024-02-29", "2024-02-29", "day"],
    ["early March 2026", "2026-03-01", "2026-03-10", "fuzzy"],
    ["beginning of June 2025", "2025-06-01", "2025-06-10", "fuzzy"],
    ["mid-June 2025", "2025-06-15", "2025-06-15", "fuzzy"],
    ["late February 2024", "2024-02-21", "2024-02-29", "fuzzy"],
    ["end of April 2025", "2025-04-21", "2025-04-30", "fuzzy"],
    ["spring 2025", "2025-03-01", "2025-05-31", "season"],
    ["summer 2025", "2025-06-01", "2025-08-31", "season"],
    ["autumn 2025", "2025-09-01", "2025-11-30", "season"],
    ["winter 2025", "2025-12-01", "2026-02-28", "season"], // meteorological: December to February
    ["2021/22", "2021-04-01", "2022-03-31", "year"],
    ["21/22", "2021-04-01", "2022-03-31", "year"],
    ["2021-22", "2021-04-01", "2022-03-31", "year"],
    ["Q1 2022/23", "2022-04-01", "2022-06-30", "quarter"],
    ["Q3 2021/22", "2021-10-01", "2021-12-31", "quarter"],
    ["Q4 2021/22", "2022-01-01", "2022-03-31", "quarter"],
    ["quarter 2 2025/26", "2025-07-01", "2025-09-30", "quarter"],
    ["first half of 2021/22", "2021-04-01", "2021-09-30", "half"],
    ["second half of 2021/22", "2021-10-01", "2022-03-31", "half"],
    ["April 2022 – August 2022", "2022-04-01", "2022-08-31", "month"],
    ["1 May – 30 August 2023", "2023-05-01", "2023-08-30", "day"], // year carried back
    ["December – March 2022", "2021-12-01", "2022-03-31", "month"], // carried back over the new year
    ["May/June 2022", "2022-05-01", "2022-06-30", "month"],
    ["Q3 2021/22 to Q4 2021/22", "2021-10-01", "2022-03-31", "quarter"],
    ["31 March 2022 – 1 April 2022", "2022-03-31", "2022-04-01", "day"], // across the financial year boundary
    ["2025-09-01", "2025-09-01", "2025-09-01", "day"],
    ["2026", "2026-01-01", "2026-12-31", "year"],
  ])("%p → %s to %s (%s)", (text, start, end, precision) => {
    expect(read(text)).toEqual({ start, end, precision });
  });

  it.each([
    ["AH/15/2025-26", "report reference"],
    ["Care Act 2014", "names an Act"],
    ["Click or tap to enter a date.", "form placeholder"],
    ["TBC", "not set"],
    ["31/2/2022", "does not exist"],
    ["30 February 2024", "does not exist"],
    ["May", "no year"],
    ["soonish", "not a date this add-in can read"],
    ["12/13/2022", "not a date this add-in can read"], // day-first: there is no 13th month
    ["August 2023 – March 2023", "ends before it starts"],
  ])("refuses %p (%s), quoting it", (text, reason) => {
    const result = parseUkDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(`"${text.replace(/\s+/g, " ").trim()}"`);
      expect(result.error.message).toContain(reason);
    }
  });

  it("any string gives a span with start ≤ end, or an error — never an exception", () => {
    const dateish = fc.oneof(
      fc.string(),
      fc.constantFrom("1st September 2026", "Q3 2021/22", "mid-", "– –", "/", "May/June", "2021/22", "winter", "31/1/22"),
    );
    fc.assert(
      fc.property(fc.array(dateish, { maxLength: 4 }), (parts) => {
        const result = parseUkDate(parts.join(" "));
        if (result.ok) expect(result.value.start).toBeLessThanOrEqual(result.value.end);
        else expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500), seed: 20261124 },
    );
  });

  it("serials match Excel's: 45536 is 1 September 2024", () => {
    expect(serialOf(2024, 9, 1)).toBe(45536);
  });
});
