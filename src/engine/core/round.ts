/**
 * Rounds half away from zero, as official statistics (and Excel's ROUND) do: 2.25 → 2.3, -2.25 → -2.3.
 * Math.round rounds half up (-2.5 → -2) and binary floating point stores 1.005 as 1.00499…, so we round on the
 * decimal string representation instead of multiplying and hoping. Negative places round to tens, hundreds, …
 * by the same path: 3,792,499.9999999995 (7585000 ÷ 200000 × 100000 in binary) is 3,792,500 to 15 digits, a tie.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.trunc(decimals);
  const magnitude = Math.abs(value);
  // toPrecision(15) strips binary noise (1.00499999… → 1.005) the way Excel does before rounding.
  const cleaned = Number(magnitude.toPrecision(15));
  const rounded = shiftDecimal(Math.round(shiftDecimal(cleaned, places)), -places);
  const result = Math.sign(value) * rounded;
  return result === 0 ? 0 : result;
}

/** value × 10^places done on the decimal exponent, so no binary error creeps in. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
