/** Reading figures as councils type them, and refusing text that is not one. */
import { isBlankLike, readFigure, readNumber } from "./cellNumber";

describe("readNumber reads the figures councils type", () => {
  it.each([
    ["86.90%", 0.869],
    ["5.0%", 0.05],
    ["3,382", 3382],
    ["4238", 4238],
    ["87,009", 87009],
    ["£1,807,449", 1807449],
    ["£19.14m", 19_140_000],
    ["£2.82m", 2_820_000],
    ["<30", 30],
    ["<530", 530],
    ["≤ 40", 40],
    ["40 (Average over year)", 40],
    ["50% (89%)", 0.5],
    ["8.3", 8.3],
    [" 13,000 ", 13000],
    ["-5", -5],
    ["(1,234)", -1234],
    ["85.0%*", 0.85],
    [503.4, 503.4],
    [0, 0],
  ])("%p → %p", (input, expected) => {
    const result = readNumber(input);
    expect(result).toEqual({ ok: true, value: expected });
  });

  it.each(["80%–90%", "2021/22", "AH/15/2025-26", "Q3", "1,2345", "12 months", "abc", "5m", "£", "1.2.3"])(
    "%p is not a number, and the message quotes it",
    (input) => {
      const result = readNumber(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe("value");
        expect(result.error.message).toContain(`"${input}"`);
      }
    },
  );

  it.each([null, undefined, "", "  ", "N/A", "n/a", "NA", "-", "–", "—", "[c]"])("%p is blank-like → #N/A", (input) => {
    expect(isBlankLike(input)).toBe(true);
    const result = readNumber(input);
    expect(result.ok === false && result.error.kind).toBe("na");
  });

  it("keeps the comparator and the percent sign of a target", () => {
    expect(readFigure("<30")).toEqual({ ok: true, value: { value: 30, percent: false, comparator: "<" } });
    expect(readFigure(">= 87%")).toEqual({ ok: true, value: { value: 0.87, percent: true, comparator: ">=" } });
  });

  it("refuses booleans and non-finite numbers with a reason", () => {
    expect(readNumber(true)).toMatchObject({ ok: false, error: { kind: "value", message: "TRUE is not a number." } });
    // Past Excel's largest number is text in Excel, whatever a "%" would scale it back to.
    expect(readFigure("1e309%")).toMatchObject({ ok: false, error: { kind: "num", message: '"1e309%" is too large a number: Excel reads it as text.' } });
    expect(readFigure("1e309")).toMatchObject({ ok: false, error: { kind: "num" } });
    expect(readFigure("NaN")).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(readFigure("Infinity")).toMatchObject({ ok: false, error: { kind: "value" } });
    expect(readFigure("1e308%")).toMatchObject({ ok: true, value: { value: 1e306, percent: true } });
    expect(readNumber(Number.NaN)).toMatchObject({ ok: false, error: { kind: "num" } });
  });
});
