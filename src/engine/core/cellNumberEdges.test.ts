/**
 * The figure reader at each of its edges: every blank-like mark and Excel error, every comparator, the parts VALUE
 * reads ("+5", "1e3", "1E-3"), money with a multiplier, footnote tails, and what is refused. Expected values are the
 * figures as written (README, NUMBER): "£2.82m" is 2,820,000; "5e2%" is 500% = 5.
 */
import { excelErrorIn, isBlankLike, readFigure, readFigureInto, readNumber, showsAsPercent, startsPrintable, type FigureSlot } from "./cellNumber";

const number = (input: unknown) => {
  const result = readNumber(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("blank-like cells", () => {
  it.each(["", "n/a", "N/A", "na", "NA", "n.a.", "N.A.", "-", "–", "—", "..", "x", "X", "[x]", "[c]", "[z]", "*", "  n/a", "n/a  ", " [c] ", "\tN/A\n"])(
    "%p says there is no figure",
    (text) => {
      expect(isBlankLike(text)).toBe(true);
      expect(readFigure(text)).toMatchObject({ ok: false, error: { kind: "na" } });
    },
  );

  it.each(["n/a please", "0", "9", "4238", "85%", "[y]", "xx", "Nil", "  438  ", 0, 438, false, true])("%p is not blank-like", (input) => {
    expect(isBlankLike(input)).toBe(false);
  });

  it("reads a mark with a trailing no-break space, as text pasted from a web page carries, as blank-like", () => {
    // "n.a." and U+00A0: five characters, the last past ASCII, which trimming removes like a space.
    expect(isBlankLike("n.a.\u00a0")).toBe(true);
    expect(readFigure("n.a.\u00a0")).toMatchObject({ ok: false, error: { kind: "na" } });
  });

  it("counts null and undefined as blank", () => {
    expect(isBlankLike(null)).toBe(true);
    expect(isBlankLike(undefined)).toBe(true);
  });

  it("says whether text starts with a printable character", () => {
    expect(startsPrintable("!a")).toBe(true); // 33, the first printable
    expect(startsPrintable("~a")).toBe(true); // 126, the last
    expect(startsPrintable(" a")).toBe(false); // 32, a space
    expect(startsPrintable("\u007fa")).toBe(false); // 127, DEL
    expect(startsPrintable("£5")).toBe(false); // past ASCII: look closer
    expect(startsPrintable("")).toBe(false);
  });
});

describe("Excel errors", () => {
  it.each(["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"])(
    "%p is an error cell, not a figure",
    (text) => {
      expect(excelErrorIn(text)).toBe(text);
      expect(readFigure(text)).toEqual({ ok: false, error: { kind: "value", message: `The cell holds the Excel error ${text}, not a figure.` } });
    },
  );

  it("reads an error with trailing space as the error", () => {
    expect(excelErrorIn("#GETTING_DATA ")).toBe("#GETTING_DATA"); // 14 characters with the space
    expect(excelErrorIn("#N/A ")).toBe("#N/A");
  });

  it.each(["#N/A!", "#NA", "#VALUE", "N/A", "#Hashtag", "x#N/A", "#N/A and more", "#GETTING_DATA  ", 35, null])("%p is not an error cell", (input) => {
    expect(excelErrorIn(input)).toBeNull();
  });
});

describe("figures as councils and VALUE write them", () => {
  it.each([
    // comparators, in ASCII and as printed symbols, with or without a space
    ["<=30", 30, "<="],
    [">=30", 30, ">="],
    ["≤30", 30, "<="],
    ["≥ 30", 30, ">="],
    ["< 30", 30, "<"],
    [">30", 30, ">"],
  ] as const)("%p is %p with comparator %p", (text, value, comparator) => {
    expect(readFigure(text)).toEqual({ ok: true, value: { value, percent: false, comparator } });
  });

  it.each([
    ["+5", 5],
    ["1e3", 1000],
    ["1E-3", 0.001],
    ["2.5E-2", 0.025],
    ["1e+3", 1000],
    ["1e12", 1e12], // up to three exponent digits
    ["2E100", 2e100],
    ["5e2%", 5], // 500%
    [".5", 0.5],
    ["0.5", 0.5],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["12345", 12345],
    ["−5", -5], // the typographic minus
    ["- 5", -5],
    ["-£5", -5],
    ["£-5", -5],
    ["£ - 5", -5], // spaces either side of a sign after the £
    ["- £5", -5], // and between a sign and the £
    ["£ −1,000", -1000],
    ["£500k", 500_000],
    ["£1.5K", 1500],
    ["£19.14M", 19_140_000],
    ["£2.82bn", 2_820_000_000],
    ["£2.82 BN", 2_820_000_000],
    ["£ 1,807,449", 1807449],
    ["5 %", 0.05],
    ["86.90 %", 0.869],
    ["(5%)", -0.05], // accounting negative
    ["(£1,234)", -1234],
    ["40 (Average over year)", 40],
    ["40 [note 3]", 40],
    ["85.0%†", 0.85],
    ["85.0% ‡", 0.85],
    ["85.0%**", 0.85],
    ["438 ", 438],
  ])("%p is %p", (text, expected) => {
    expect(number(text)).toBe(expected);
  });

  it("reads a target or an accounting negative with spaces around it, and a signed figure after a comparator", () => {
    expect(readFigure(" <530 ")).toEqual({ ok: true, value: { value: 530, percent: false, comparator: "<" } });
    expect(readFigure(" (1,234) ")).toEqual({ ok: true, value: { value: -1234, percent: false } });
    expect(readFigure("≥ +2%")).toEqual({ ok: true, value: { value: 0.02, percent: true, comparator: ">=" } }); // VALUE reads "+2%" as 0.02
  });

  it("keeps the % of a percentage and the comparator of a target, and no comparator on a plain figure", () => {
    expect(readFigure("5%")).toEqual({ ok: true, value: { value: 0.05, percent: true } });
    expect(readFigure("5")).toEqual({ ok: true, value: { value: 5, percent: false } });
    expect(readFigure("<5%")).toEqual({ ok: true, value: { value: 0.05, percent: true, comparator: "<" } });
    expect(readFigure("(5)")).toEqual({ ok: true, value: { value: -5, percent: false } });
  });

  it.each([
    // Two signs: reading a double minus, or a minus inside accounting brackets, as plus would be a silent guess.
    ["+-5", "is not a number (it has two signs)."],
    ["+−5", "is not a number (it has two signs)."],
    ["--5", "is not a number (it has two signs)."],
    ["-£-5", "is not a number (it has two signs)."],
    ["(-5)", "is not a number (it has two signs)."], // an accounting negative is already a sign
    ["(£-1,234)", "is not a number (it has two signs)."],
    ["(+5)", "is not a number (it has two signs)."],
    ["1e1234", "is not a number."], // the exponent is at most three digits
    ["1e", "is not a number."],
    ["5m", 'is not a number (a "m" suffix needs a £ sign).'],
    ["5k", 'is not a number (a "k" suffix needs a £ sign).'],
    ["£5 million", "is not a number."],
    ["5 apples", "is not a number."],
    ["40 (note) and more", "is not a number."],
    ["40 (note)x", "is not a number."], // a note closes the figure
    ["40 [1]x", "is not a number."],
    ["85%*x", "is not a number."],
    ["1,23", "is not a number."],
    ["12,3456", "is not a number."],
    ["5.", "is not a number."],
    ["%5", "is not a number."],
    ["<(5)", "is not a number."], // a comparator with an accounting negative is not a target councils write
    ["(1,234) restated", "is not a number."], // brackets make a negative only when they hold the whole cell
    ["abc 5", "is not a number."],
    ["5x", "is not a number."],
  ])("%p is refused: %p", (text, message) => {
    expect(readFigure(text)).toEqual({ ok: false, error: { kind: "value", message: `"${text}" ${message}` } });
  });

  it("reads a figure only past Excel's largest number as too large", () => {
    expect(readFigure("1e308")).toEqual({ ok: true, value: { value: 1e308, percent: false } });
    expect(readFigure("£1e306bn")).toMatchObject({ ok: false, error: { kind: "num" } }); // 1e315 after the multiplier
    expect(readFigure("1e309")).toMatchObject({ ok: false, error: { kind: "num" } });
  });

  it("refuses what is neither a number nor text, saying what it is", () => {
    expect(readFigure(false)).toEqual({ ok: false, error: { kind: "value", message: "FALSE is not a number." } });
    expect(readFigure({})).toEqual({ ok: false, error: { kind: "value", message: "The cell holds something that is not a number or text." } });
    expect(readFigure(undefined)).toEqual({ ok: false, error: { kind: "na", message: "The cell is blank or says the figure is not available." } });
    expect(readFigure(Number.POSITIVE_INFINITY)).toEqual({ ok: false, error: { kind: "num", message: "Infinity is not a finite number." } });
  });
});

describe("readFigureInto reads as readFigure does, without a result", () => {
  it.each([[438], ["86.90%"], ["<530"], ["3,382"], ["N/A"], ["lots"], [Number.NaN], [null], [true]])("%p", (input) => {
    const slot: FigureSlot = { value: -99, percent: true };
    const figure = readFigure(input);
    expect(readFigureInto(input, slot)).toBe(figure.ok);
    if (figure.ok) expect(slot).toEqual({ value: figure.value.value, percent: figure.value.percent });
    else expect(slot).toEqual({ value: -99, percent: true }); // untouched
  });

  it("sets a plain number as not a percentage", () => {
    const slot: FigureSlot = { value: 0, percent: true };
    expect(readFigureInto(74.8, slot)).toBe(true);
    expect(slot).toEqual({ value: 74.8, percent: false });
  });
});

describe("showsAsPercent", () => {
  it.each([
    ["0.0%", true],
    ["0%", true],
    ['0.0%" of target"', true],
    ["General", false],
    ["#,##0", false],
    ['0 "% of target"', false],
    ['0"%"', false],
    ['"a" 0 "b%"', false],
    ['"x"0%', true],
  ])("%p → %p", (format, expected) => {
    expect(showsAsPercent(format)).toBe(expected);
  });
});
