import fixture from "../../../test/fixtures/scorecard-q3-2021-22.json";
import { detectMeasureKind, type MeasureKind } from "./measureKind";

/**
 * Each of the sample's 55 measures, its kind worked out by hand from its name, its figures and the report's own
 * description (the fixture's measure_type), in row order. Percentages that are snapshots at the quarter's end are
 * percentages: what matters for rating is that they are never scaled or summed.
 */
const EXPECTED: readonly MeasureKind[] = [
  "countCumulative", // 0 18-64 admissions "(total admissions year to date)": 7, 15, 18; YTD 18 = Q3
  "rate", // 1 "... per 100k population (ASCOF 2A1)"
  "countCumulative", // 2 65+ admissions year to date: 136, 290, 438; YTD 438
  "rate", // 3 "... per 100k population (ASCOF 2A2)"
  "snapshot", // 4 "currently in residential/ nursing care 18-64": 186, 187, 185
  "snapshot", // 5 "currently in residential/ nursing care 65+"
  "percentage", // 6 "Proportion of adults with a learning disability in paid employment"
  "percentage", // 7 "Proportion ... living in their own home"
  "percentage", // 8 "Proportion ... self-directed support - year to date"
  "percentage", // 9 "Proportion ... direct payments - year to date"
  "countInYear", // 10 new case contacts in period: 3,382 + 3,142 + 2,897 = 9,421 = YTD
  "percentage", // 11 "Percentage of all new contacts ..."
  "countInYear", // 12 contacts resulting in a new referral: 2,337 + 2,166 + 1,924 = 6,427
  "countInYear", // 13 assessments completed in period: 593 + 612 + 547 = 1,752
  "percentage", // 14 "Percentage of assessments ..."
  "countInYear", // 15 reviews completed in quarter: 1,158 + 803 + 794 = 2,755
  "percentage", // 16 "Percentage of clients ... 12 months"
  "percentage", // 17 "Percentage of clients ... 24 months"
  "percentage", // 18 "Proportion of service users in receipt of a community based service"
  "snapshot", // 19 "Number of service users in receipt of a community based service": 4,956, 4,895, 4,710; YTD = Q3
  "countInYear", // 20 MH reablement referrals received in quarter: 757 + 712 + 619 = 2,088
  "percentage", // 21 "Percentage of referrals where individual engaged"
  "percentage", // 22 "Percentage of completed interventions ..."
  "countInYear", // 23 dementia reablement referrals: 290 + 266 + 299 = 855
  "countInYear", // 24 community support reablement referrals: 277 + 334 + 251 = 862
  "percentage", // 25 "Percentage of community support reablement ..."
  "snapshot", // 26 "on the visual impairment register": 2,181, 2,226, 2,267
  "snapshot", // 27 clients with an active service (18-25): 221, 215, 223; YTD = Q3
  "snapshot", // 28 (26-64): 1,368, 1,367, 1,345
  "snapshot", // 29 (65-84): 1,536, 1,514, 1,499
  "snapshot", // 30 (85+): 1,240, 1,243, 1,193
  "snapshot", // 31 clients only receiving Telecare: 1,706, 1,703, 1,634
  "snapshot", // 32 clients receiving any service (65+): 4,387, 4,365, 4,236
  "countCumulative", // 33 distinct individuals through the Carers Hub: 417, 949, 1,038; YTD = Q3, 1,038 ≥ 1.5 × 417
  "rate", // 34 "Rate of carers receiving a carer service (per 10k population)"
  "countInYear", // 35 MHA assessments completed: 163 + 146 + 152 = 461
  "snapshot", // 36 S117 clients: 955, 971, 978; YTD = Q3, 978 < 1.5 × 955
  "countCumulative", // 37 "New DOLS requests (cumulative)"
  "rate", // 38 "New DOLS requests per 100,000 (cumulative)"
  "other", // 39 "Average days lapsed" (a time, averaged)
  "countInYear", // 40 substantiated S42 enquiries: 11 + 19 + 17 = 47
  "countInYear", // 41 safeguarding concerns received in a period: 1,330 + 1,310 + 1,211 = 3,851
  "countInYear", // 42 S42 enquiries starting in period: 442 + 425 + 291 = 1,158
  "countInYear", // 43 other enquiries starting in period: 46 + 66 + 47 = 159
  "countInYear", // 44 S42 enquiries concluded in the period: 380 + 428 + 333 = 1,141
  "percentage", // 45 "Percentage of S42 enquiries concluded ..."
  "percentage", // 46 "Of S42 enquiries ..., the percentage ..."
  "percentage", // 47 "Percentage of concluded S42 enquiries ..."
  "percentage", // 48 "Percentage of domiciliary care rated good or outstanding"
  "percentage", // 49 "Percentage of care homes rated good or outstanding"
  "percentage", // 50 "Percentage of complex care providers ..."
  "percentage", // 51 "Sexual Health – Percentage of LARCs ..."
  "snapshot", // 52 people awaiting a placement following hospital discharge (a snapshot at the quarter's end)
  "snapshot", // 53 people awaiting a placement in the community
  "percentage", // 54 "Percentage of domiciliary care hours delivered by Prime Providers"
];

describe("measure kinds on the sample's 55 measures", () => {
  it("has a hand-worked kind for every measure", () => {
    expect(fixture.rows).toHaveLength(55);
    expect(EXPECTED).toHaveLength(55);
  });

  it("detects every one right", () => {
    const detected = fixture.rows.map((r) => detectMeasureKind(r.measure, [r.q1, r.q2, r.q3, r.q4], r.ytd));
    const wrong = detected.flatMap((kind, i) => (kind === EXPECTED[i] ? [] : [`${i} ${fixture.rows[i].measure.slice(0, 60)}: ${kind}, expected ${EXPECTED[i]}`]));
    expect(wrong).toEqual([]);
  });

  it("reads a percentage typed as plain numbers from its name, and one with no name cue from its figures", () => {
    // 17.3, 17.8, 18.0 typed as numbers, "year to date" in the name: a percentage, never a running total.
    expect(detectMeasureKind("Proportion of adults receiving direct payments - year to date", [17.3, 17.8, 18], 18)).toBe("percentage");
    expect(detectMeasureKind("Carers assessed", ["61%", "64%"], "64%")).toBe("percentage");
  });

  it("tells a count in the period from a snapshot by whether the year to date adds them up", () => {
    // 10 + 12 + 9 = 31: summed. 40, 42, 39 with a year to date of 39: where things stood.
    expect(detectMeasureKind("Complaints", [10, 12, 9], 31)).toBe("countInYear");
    expect(detectMeasureKind("Clients", [40, 42, 39], 39)).toBe("snapshot");
  });
});
