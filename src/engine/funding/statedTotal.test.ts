/** Stated totals to the precision they are written to: the report's £19.14m against the DHSC rows. */
import { checkStatedTotal, readStatedTotal } from "./statedTotal";

// The sample tracker's DHSC streams, which add up to £19,136,177.
const DHSC = [5_320_292, 4_712_872, 1_807_449, 1_283_276, 2_128_810, 725_319, 982_203, 1_813_297, 362_659];

describe("a stated total", () => {
  it("is read with the precision it is written to", () => {
    expect(readStatedTotal("£19.14m")).toEqual({ ok: true, value: { amount: 19_140_000, roundedTo: 10_000 } });
    expect(readStatedTotal("19.14m")).toEqual({ ok: true, value: { amount: 19_140_000, roundedTo: 10_000 } });
    expect(readStatedTotal("£23m")).toEqual({ ok: true, value: { amount: 23_000_000, roundedTo: 1_000_000 } });
    expect(readStatedTotal("£22,936,177")).toEqual({ ok: true, value: { amount: 22_936_177, roundedTo: 1 } });
    // As the paper prints it: "£19.14 million" is "£19.14m", to the nearest £10,000 (refused before issue 27).
    expect(readStatedTotal("£19.14 million")).toEqual({ ok: true, value: { amount: 19_140_000, roundedTo: 10_000 } });
    expect(readStatedTotal("£2.82 Million")).toEqual({ ok: true, value: { amount: 2_820_000, roundedTo: 10_000 } });
    expect(readStatedTotal("£979 thousand")).toEqual({ ok: true, value: { amount: 979_000, roundedTo: 1_000 } });
    expect(readStatedTotal("19,140,000")).toEqual({ ok: true, value: { amount: 19_140_000, roundedTo: 1 } });
    expect(readStatedTotal("   ")).toBeNull();
    expect(readStatedTotal("about £19m")).toMatchObject({ ok: false, error: { message: '"about £19m" is not an amount of money, such as £19.14m or £22,936,177.' } });
    expect(readStatedTotal("85%")).toMatchObject({ ok: false });
  });

  it("matches the rows within half its rounding, and an exact total only to the penny", () => {
    expect(DHSC.reduce((a, b) => a + b, 0)).toBe(19_136_177);
    expect(checkStatedTotal("£19.14m", DHSC)).toMatchObject({ ok: true, value: { reconciles: true, roundedTo: 10_000 } });
    // Written to the pound, £19,140,000 is £3,823 more than the rows: no ±£5,000 of slack for an exact figure.
    expect(checkStatedTotal("£19,140,000", DHSC)).toMatchObject({ ok: true, value: { reconciles: false, difference: 3_823, roundedTo: 1 } });
    expect(checkStatedTotal("£19,136,177", DHSC)).toMatchObject({ ok: true, value: { reconciles: true } });
    expect(checkStatedTotal("£19.2m", DHSC)).toMatchObject({ ok: true, value: { reconciles: false } });
  });
});
