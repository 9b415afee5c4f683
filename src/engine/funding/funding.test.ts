/** Funding statuses and projections, worked by hand. */
import funding from "../../../test/fixtures/funding-streams-2022.json";
import { addMonths, checkTotal, fundStatus, passportBy, profile, spendBy, underspend } from "./funding";
import { serialOf } from "../dates/serial";

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const allocations = (fund: string) => funding.funds.find((f) => f.name === fund)!.rounds.map((r) => r.allocation_gbp ?? 0);

describe("the published funding streams reconcile with the report's stated totals", () => {
  const TEN_THOUSAND = 10_000; // "£19.14m" is printed to the nearest £10,000
  const infection = [...allocations("Infection Control Fund"), ...allocations("Adult Social Care Omicron Support Fund")];
  const workforce = [...allocations("Workforce Capacity Grant"), ...allocations("Workforce Recruitment and Retention Fund")];
  const local = [...allocations("Local Authority Financial Support"), ...allocations("Care at Home Incentive Fund")];
  const totals = funding.stated_totals_gbp;

  it.each([
    ["infection control, testing, vaccination and Omicron", infection, totals.infection_control_testing_vaccination_omicron, 15_615_358],
    ["workforce capacity, recruitment and retention", workforce, totals.workforce_capacity_recruitment_retention, 3_520_819],
    ["council and CCG local support", local, totals.council_and_ccg_local_support, 2_821_000],
    ["government funding", [...infection, ...workforce], totals.government_funding_total, 19_136_177],
    ["Market Sustainability 2022/23", allocations("Market Sustainability Fund"), totals.market_sustainability_2022_23, 979_000],
  ])("%s: £%p in parts", (_, parts, stated, sum) => {
    const check = checkTotal(parts, stated, TEN_THOUSAND);
    expect(check.sum).toBe(sum);
    expect(check.reconciles).toBe(true);
  });

  it("flags a total that does not add up, with the difference", () => {
    const check = checkTotal(allocations("Infection Control Fund"), funding.stated_totals_gbp.infection_control_testing_vaccination_omicron, 10_000);
    expect(check).toMatchObject({ reconciles: false, difference: 15_620_000 - 15_252_699 });
  });
});

describe("FUNDSTATUS at each boundary (Round 4: £1,807,449, April–June 2021; spend is illustrative)", () => {
  const allocation = "£1,807,449";
  const status = (spent: unknown, asOf: number, tolerance: unknown = null) => value(fundStatus(allocation, spent, "Apr 2021", "Jun 2021", asOf, tolerance));
  const start = serialOf(2021, 4, 1);
  const end = serialOf(2021, 6, 30);
  const halfway = Math.round((start + end) / 2);

  it.each([
    ["before the start", 0, start - 1, "Not started"],
    ["on the start date, nothing spent", 0, start, "Green"],
    ["halfway, on profile", 903_725, halfway, "Green"],
    ["halfway, ahead of profile", 1_200_000, halfway, "Green"],
    ["halfway, behind by under 10% of the allocation", 800_000, halfway, "Amber"],
    ["halfway, behind by more", 500_000, halfway, "Red"],
    ["exactly spent", 1_807_449, halfway, "Complete"],
    ["spent to the penny after the end", "£1,807,449", end + 10, "Complete"],
    ["over the allocation", 1_807_450, halfway, "Overspent"],
    ["after the end with money unspent", 1_800_000, end + 1, "Red"],
    // On the end date itself the period is not yet over: £107,449 behind is within 10% (£180,745), so Amber.
    ["on the end date, a little unspent", 1_700_000, end, "Amber"],
  ])("%s", (_, spent, asOf, expected) => {
    expect(status(spent, asOf)).toBe(expected);
  });

  it("takes another tolerance", () => {
    expect(status(800_000, halfway, "5%")).toBe("Red");
  });

  it("projects the clawback risk at the current rate, never negative", () => {
    expect(value(underspend(allocation, 451_862, "Apr 2021", "Jun 2021", halfway))).toBeCloseTo(903_725, -1);
    expect(value(underspend(allocation, 1_500_000, "Apr 2021", "Jun 2021", halfway))).toBe(0);
    expect(value(underspend(allocation, 1_000_000, "Apr 2021", "Jun 2021", end + 5))).toBe(807_449);
    expect(value(profile(allocation, "Apr 2021", "Jun 2021", halfway))).toBeCloseTo(903_724.5, 1);
  });

  it("refuses an end before the start and unreadable amounts", () => {
    expect(fundStatus(100, 0, "Jun 2021", "Apr 2021", start, null)).toMatchObject({ ok: false, error: { message: "The end date is before the start date." } });
    expect(fundStatus("lots", 0, "Apr 2021", "Jun 2021", start, null)).toMatchObject({ ok: false, error: { message: 'The allocation "lots" is not a number.' } });
  });
});

describe("deadlines", () => {
  it.each([
    [serialOf(2021, 11, 30), 3, serialOf(2022, 2, 28)], // month end clamps, like EDATE
    [serialOf(2023, 11, 30), 3, serialOf(2024, 2, 29)], // leap year
    [serialOf(2021, 12, 10), 3, serialOf(2022, 3, 10)], // across the year and financial year
    [serialOf(2022, 1, 31), 1, serialOf(2022, 2, 28)],
  ])("SPENDBY(%p, %p) = %p", (received, months, expected) => {
    expect(addMonths(received, months)).toBe(expected);
    expect(value(spendBy(received, months))).toBe(expected);
  });

  it("counts months back too, for the engine's own use, and refuses negative months in SPENDBY", () => {
    expect(addMonths(serialOf(2022, 3, 31), -1)).toBe(serialOf(2022, 2, 28));
    expect(spendBy(serialOf(2022, 3, 31), -1)).toMatchObject({ ok: false, error: { kind: "value" } });
  });

  it("defaults to three months after receipt", () => {
    expect(value(spendBy("10 Dec 2021", null))).toBe(serialOf(2022, 3, 10));
  });

  it("passports within 20 calendar days, or 20 working days skipping weekends and bank holidays", () => {
    expect(value(passportBy("Friday 1 April 2022".replace("Friday ", ""), null, null))).toBe(serialOf(2022, 4, 21));
    expect(value(passportBy(serialOf(2022, 4, 1), 20, true, "none"))).toBe(serialOf(2022, 4, 29)); // Friday + 20 weekdays
    // With England and Wales bank holidays (the default): Good Friday 15 April, Easter Monday 18 April and the early
    // May bank holiday 2 May 2022 are skipped. 4–8 Apr (5), 11–14 (9), 19–22 (13), 25–29 (18), 3 May (19), 4 May (20).
    expect(value(passportBy(serialOf(2022, 4, 1), 20, true))).toBe(serialOf(2022, 5, 4));
    expect(value(passportBy(serialOf(2022, 4, 2), 1, true))).toBe(serialOf(2022, 4, 4)); // Saturday → Monday
  });
});
