/**
 * Reading arguments: a blank takes the declared default or is #N/A; unreadable or negative input is #VALUE! naming
 * the argument; the first argument that cannot be read is the result. Messages quote the text as typed.
 */
import { readArgument } from "./arguments";
import { amountParameter, callDeclared, cellParameter, declareFunction, parameter, readParameters, rowParameter } from "./parameters";
import { fail, finite, ok, quote } from "./result";

describe("readArgument", () => {
  it("reads numbers and figures as typed", () => {
    expect(readArgument("3,382", "count")).toEqual({ ok: true, value: 3382 });
    expect(readArgument(0, "count")).toEqual({ ok: true, value: 0 }); // zero is not negative
    expect(readArgument("-3", "decimals", { allowNegative: true })).toEqual({ ok: true, value: -3 });
  });

  it("gives the default for a blank, and #N/A naming the argument without one", () => {
    expect(readArgument(null, "rate base", { fallback: 100_000 })).toEqual({ ok: true, value: 100_000 });
    expect(readArgument("N/A", "amount spent", { fallback: 0 })).toEqual({ ok: true, value: 0 }); // a default of 0 is a default
    expect(readArgument("", "count")).toEqual({ ok: false, error: { kind: "na", message: "The count is blank." } });
  });

  it("refuses unreadable and negative input, quoting what was typed", () => {
    expect(readArgument("lots", "count")).toEqual({ ok: false, error: { kind: "value", message: 'The count "lots" is not a number.' } });
    expect(readArgument(true, "count")).toEqual({ ok: false, error: { kind: "value", message: "The count true is not a number." } });
    expect(readArgument(-1, "population")).toEqual({ ok: false, error: { kind: "value", message: "The population -1 is negative." } });
    expect(readArgument("-0.5", "population")).toEqual({ ok: false, error: { kind: "value", message: "The population -0.5 is negative." } });
  });
});

describe("declared parameters", () => {
  const count = amountParameter("count", "count");
  const per = amountParameter("per", "rate base (per)", { fallback: 100_000 });
  const months = amountParameter("months", "number of months", {
    fallback: 3,
    check: (value) => (Number.isInteger(value) ? ok(value) : fail("value", `The number of months (${value}) must be a whole number.`)),
  });

  it("reads each in order, blanks taking their defaults", () => {
    expect(readParameters([count, per], [12, null])).toEqual({ ok: true, value: [12, 100_000] });
    // An argument left off the end is blank too.
    expect(readParameters([count, per], [12])).toEqual({ ok: true, value: [12, 100_000] });
  });

  it("stops at the first argument that cannot be read", () => {
    expect(readParameters([count, per], ["lots", "more"])).toEqual({ ok: false, error: { kind: "value", message: 'The count "lots" is not a number.' } });
    expect(readParameters([count, per], [1, "more"])).toEqual({ ok: false, error: { kind: "value", message: 'The rate base (per) "more" is not a number.' } });
  });

  it("applies a check after reading, but not to a value that did not read", () => {
    expect(months.read(2.5)).toEqual({ ok: false, error: { kind: "value", message: "The number of months (2.5) must be a whole number." } });
    expect(months.read(null)).toEqual({ ok: true, value: 3 });
    expect(months.read(-1)).toEqual({ ok: false, error: { kind: "value", message: "The number of months -1 is negative." } });
    expect(months.fallback).toBe(3);
    expect(count.fallback).toBeUndefined();
  });

  it("declares a parameter with or without a default", () => {
    const read = (input: unknown) => ok(String(input));
    expect(parameter("name", read, "x")).toMatchObject({ name: "name", fallback: "x" });
    expect(parameter("name", read).fallback).toBeUndefined();
    expect(parameter("name", read).read(5)).toEqual({ ok: true, value: "5" });
    expect(cellParameter("value").read("86.90%")).toEqual({ ok: true, value: "86.90%" });
  });

  it("reads a row parameter a row at a time, a lone cell as a row of one", () => {
    const periods = rowParameter("periods");
    expect(periods.perRow).toBe(true);
    expect(periods.read([1, 2, 3])).toEqual({ ok: true, value: [1, 2, 3] });
    expect(periods.read(7)).toEqual({ ok: true, value: [7] });
  });

  it("calls a declared function with its arguments read, and a blank in its whenBlank parameter as that result", () => {
    const ratio = declareFunction("RATIO", [count, per], (a, b) => finite(a / b, "ratio"), { whenBlank: { parameter: 0, result: -1 } });
    expect(ratio.name).toBe("RATIO");
    expect(callDeclared(ratio, [50, 200])).toEqual({ ok: true, value: 0.25 });
    expect(callDeclared(ratio, ["N/A", "lots"])).toEqual({ ok: true, value: -1 }); // blank first: nothing else is read
    expect(callDeclared(ratio, [50, "lots"])).toMatchObject({ ok: false, error: { kind: "value" } });
    const plain = declareFunction("PLAIN", [count], (a) => ok(a));
    expect(callDeclared(plain, [null])).toEqual({ ok: false, error: { kind: "na", message: "The count is blank." } });
  });
});

describe("result helpers", () => {
  it("quotes text with its white space tidied and long text shortened to 60 characters", () => {
    expect(quote("  <530\n ")).toBe('"<530"');
    expect(quote("a \t\n b")).toBe('"a b"');
    const sixty = "x".repeat(60);
    expect(quote(sixty)).toBe(`"${sixty}"`);
    // 61 characters: the first 59 and an ellipsis, 60 in all.
    expect(quote("y".repeat(61))).toBe(`"${"y".repeat(59)}…"`);
    expect(quote("abcdef", 4)).toBe('"abc…"');
  });

  it("turns a number Excel cannot hold into #NUM!", () => {
    expect(finite(1e308, "rate")).toEqual({ ok: true, value: 1e308 });
    expect(finite(Number.POSITIVE_INFINITY, "rate")).toEqual({ ok: false, error: { kind: "num", message: "The rate is too large for Excel to hold." } });
    expect(finite(Number.NaN, "rate")).toMatchObject({ ok: false, error: { kind: "num" } });
  });
});
