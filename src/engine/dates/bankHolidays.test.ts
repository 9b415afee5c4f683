/**
 * Bank holidays by rule, checked against gov.uk's published lists (www.gov.uk/bank-holidays and its
 * bank-holidays.json): England and Wales 2017–2026, Scotland 2017–2023, Northern Ireland 2017–2023 and 2026, the
 * years copied below. 2023's coronation day (8 May) was added to the lists after they were first published.
 */
import { BANK_HOLIDAY_YEARS, bankHolidaysOf, easterSunday, type HolidayRegion } from "./bankHolidays";
import { calendarOf, serialOf } from "./serial";

const iso = (serial: number) => {
  const { year, month, day } = calendarOf(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};
const listed = (year: number, region: HolidayRegion) => bankHolidaysOf(year, region).map(iso);

/** gov.uk's England and Wales lists. */
const ENGLAND_AND_WALES: Readonly<Record<number, readonly string[]>> = {
  // New Year's Day on a Sunday: Monday 2 January.
  2017: ["2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26"],
  2018: ["2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"],
  2019: ["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"],
  // Early May moved to Friday 8 May (VE Day); Boxing Day (Saturday) substituted on Monday 28 December.
  2020: ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"],
  // Christmas on a Saturday and Boxing Day on a Sunday: Monday 27th and Tuesday 28th.
  2021: ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"],
  // New Year's Day (Saturday) on Monday 3 January; spring moved to Thursday 2 June, Platinum Jubilee Friday 3 June;
  // the state funeral Monday 19 September; Christmas on a Sunday: Boxing Day Monday 26th, Christmas's substitute 27th.
  2022: ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
  2023: ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"],
  2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
  2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
  // Boxing Day on a Saturday: Monday 28 December.
  2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
};

/** gov.uk's Scotland lists: 2 January, no Easter Monday, summer on the first Monday in August, St Andrew's Day. */
const SCOTLAND: Readonly<Record<number, readonly string[]>> = {
  // 1 January on a Sunday: 2 January (Monday) is its own holiday, and New Year's substitute is Tuesday 3rd.
  2017: ["2017-01-02", "2017-01-03", "2017-04-14", "2017-05-01", "2017-05-29", "2017-08-07", "2017-11-30", "2017-12-25", "2017-12-26"],
  // St Andrew's Day on a Saturday: Monday 2 December.
  2019: ["2019-01-01", "2019-01-02", "2019-04-19", "2019-05-06", "2019-05-27", "2019-08-05", "2019-12-02", "2019-12-25", "2019-12-26"],
  2021: ["2021-01-01", "2021-01-04", "2021-04-02", "2021-05-03", "2021-05-31", "2021-08-02", "2021-11-30", "2021-12-27", "2021-12-28"],
  2022: ["2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-01", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"],
  2023: ["2023-01-02", "2023-01-03", "2023-04-07", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-07", "2023-11-30", "2023-12-25", "2023-12-26"],
};

/** gov.uk's Northern Ireland lists: England and Wales's, with St Patrick's Day and the Battle of the Boyne. */
const NORTHERN_IRELAND: Readonly<Record<number, readonly string[]>> = {
  2017: ["2017-01-02", "2017-03-17", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-07-12", "2017-08-28", "2017-12-25", "2017-12-26"],
  // St Patrick's Day on a Saturday: Monday 19 March.
  2018: ["2018-01-01", "2018-03-19", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-07-12", "2018-08-27", "2018-12-25", "2018-12-26"],
  // The Boyne (12 July) on a Sunday: Monday 13 July.
  2020: ["2020-01-01", "2020-03-17", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-07-13", "2020-08-31", "2020-12-25", "2020-12-28"],
  2022: ["2022-01-03", "2022-03-17", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-07-12", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"],
  2026: ["2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"],
};

describe("bank holidays by rule agree with gov.uk's lists", () => {
  it.each(Object.entries(ENGLAND_AND_WALES))("England and Wales %s", (year, expected) => {
    expect(listed(Number(year), "england-and-wales")).toEqual(expected);
  });
  it.each(Object.entries(SCOTLAND))("Scotland %s", (year, expected) => {
    expect(listed(Number(year), "scotland")).toEqual(expected);
  });
  it.each(Object.entries(NORTHERN_IRELAND))("Northern Ireland %s", (year, expected) => {
    expect(listed(Number(year), "northern-ireland")).toEqual(expected);
  });

  it("every bank holiday is a weekday, eight to twelve a year, in each known year and region", () => {
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++) {
      for (const region of ["england-and-wales", "scotland", "northern-ireland"] as const) {
        const days = bankHolidaysOf(year, region);
        for (const day of days) expect([1, 2, 3, 4, 5]).toContain(new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).getUTCDay());
        expect(days.length).toBeGreaterThanOrEqual(region === "england-and-wales" ? 8 : 9);
        expect(days.length).toBeLessThanOrEqual(12);
      }
    }
  });
});

describe("Easter Sunday by the Gregorian computus", () => {
  // Published Easter dates (Church of England tables): 2000 was 23 April; 2008, 23 March (early); 2011, 24 April
  // (late); 2019, 21 April; 2024, 31 March; 2025, 20 April; 2027, 28 March; 2038, 25 April. The 1900s and 2100s
  // (another century's corrections): 1900, 15 April; 1913, 23 March; 1943, 25 April; 1961, 2 April; 2100, 28 March.
  // Years whose golden number is 1 (2014, 20 April; 2033, 17 April), and the years the computus moves Easter back a
  // week from 25 or 26 April: 1954, 18 April; 1981, 19 April; 2049, 18 April; 2076, 19 April.
  it.each([
    [2000, 4, 23], [2008, 3, 23], [2011, 4, 24], [2019, 4, 21], [2024, 3, 31], [2025, 4, 20], [2027, 3, 28], [2038, 4, 25],
    [1900, 4, 15], [1913, 3, 23], [1943, 4, 25], [1961, 4, 2], [2100, 3, 28],
    [2014, 4, 20], [2033, 4, 17], [1954, 4, 18], [1981, 4, 19], [2049, 4, 18], [2076, 4, 19],
  ])("%s: %s/%s", (year, month, day) => expect(easterSunday(year)).toBe(serialOf(year, month, day)));
});
