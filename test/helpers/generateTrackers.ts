/**
 * Funding and timeline trackers as councils type them, in their own wordings, from the published figures in
 * test/fixtures. Allocations and periods are the funding appendix's (28 March 2022); receipt dates and spend were
 * never published and are the sample workbook's invented ones. The timeline's first two versions are the
 * committee reports' own dates (28 March 2022 and 23 June 2025); the third (September 2025) is invented, so that a
 * stage re-planned three times can be tested.
 */
import type { CellValue } from "../../src/engine/sheet/workbook";

/** 28 March 2022, the committee's report date, as an Excel serial. */
export const REPORT_DATE = 44648;

interface Stream {
  readonly fund: string;
  readonly funder: string;
  readonly round: string;
  /** As the appendix prints it. */
  readonly period: string;
  readonly start: string;
  readonly end: string;
  readonly allocation: number | string;
  readonly received: string | null;
  readonly spent: number;
  readonly returned: number;
}

export const STREAMS: readonly Stream[] = [
  { fund: "Infection Control Fund", funder: "DHSC", round: "Round 5", period: "Jul–Sept 2021", start: "1 July 2021", end: "30 September 2021", allocation: 1_283_276, received: "1 July 2021", spent: 1_249_911, returned: 33_365 },
  { fund: "Workforce Recruitment and Retention Fund", funder: "DHSC", round: "Round 2", period: "10 Dec 2021 – 31 Mar 2022", start: "10 December 2021", end: "31 March 2022", allocation: 1_813_297, received: "10 December 2021", spent: 689_053, returned: 0 },
  { fund: "Care at Home Incentive Fund", funder: "NHS", round: "Single allocation", period: "Dec 2021 – Mar 2022", start: "1 December 2021", end: "31 March 2022", allocation: 800_000, received: "1 December 2021", spent: 480_000, returned: 0 },
  { fund: "Market Sustainability Fund", funder: "DLUHC", round: "2022/23 (year 1)", period: "2022/23", start: "1 April 2022", end: "31 March 2023", allocation: 979_000, received: null, spent: 0, returned: 0 },
  { fund: "Adult Social Care Omicron Support Fund", funder: "DHSC", round: "Single allocation", period: "Jan – Mar 2022", start: "1 January 2022", end: "31 March 2022", allocation: 362_659, received: "1 January 2022", spent: 199_462, returned: 0 },
  // Year 2's allocation was not announced: a tracker holds an estimate, as text, that is not yet a figure.
  { fund: "Market Sustainability Fund", funder: "DLUHC", round: "2023/24 (year 2)", period: "2023/24", start: "1 April 2023", end: "31 March 2024", allocation: "Estimated £3.6 million", received: null, spent: 0, returned: 0 },
];

export type FundingWording = "appendix" | "deadlines" | "rules";

/**
 * "appendix": the published appendix's own layout ("Name of fund", a "Funding period" span, "Expenditure to date").
 * "deadlines": "Grant", two date columns, "Amount spent", and a "Passport deadline" beside a "Spend deadline".
 * "rules": "Scheme", "Spend to date", and each row's own rule ("Passport within (working days)", "Spend within (months)").
 */
export function fundingTracker(wording: FundingWording): CellValue[][] {
  const rows: CellValue[][] = [["Adult Social Care short-term funding streams"], ["Report date", REPORT_DATE], []];
  if (wording === "appendix") {
    rows.push(["Name of fund", "Source", "Round", "Funding period", "Allocation (£)", "Expenditure to date", "Returned (£)"]);
    for (const s of STREAMS) rows.push([s.fund, s.funder, s.round, s.period, s.allocation, s.spent, s.returned]);
  } else if (wording === "deadlines") {
    rows.push(["Grant", "Funded by", "Round", "Period start", "Period end", "Allocation", "Date received", "Passport deadline", "Spend deadline", "Amount spent", "Returned"]);
    // The deadlines this council types: passport 20 days after receipt; 31 March where the grant letter says so.
    for (const s of STREAMS) {
      const [passport, spend] = s.round === "Round 2" ? ["30/12/2021", "31/03/2022"] : s.fund.startsWith("Care at Home") ? ["21/12/2021", "31/03/2022"] : [null, null];
      rows.push([s.fund, s.funder, s.round, s.start, s.end, s.allocation, s.received, passport, spend, s.spent, s.returned]);
    }
  } else {
    rows.push(["Scheme", "Department", "Round", "Start", "End", "Grant value", "Received", "Spend to date", "Returned", "Passport within (working days)", "Spend within (months)"]);
    for (const s of STREAMS) {
      const passportRule = s.fund.startsWith("Adult Social Care Omicron") ? 10 : null;
      const spendRule = s.fund.startsWith("Care at Home") ? 4 : null;
      rows.push([s.fund, s.funder, s.round, s.start, s.end, s.allocation, s.received, s.spent, s.returned, passportRule, spendRule]);
    }
  }
  rows.push(["Total"], [], ["Market Sustainability Fund 2024/25: conditional allocation not yet announced."]);
  return rows;
}

/** One stage of the recommission, as each of three committee reports dates it. */
interface Stage {
  readonly stage: string;
  readonly march2022: string;
  readonly june2025: string;
  readonly september2025: string;
}

export const STAGES: readonly Stage[] = [
  { stage: "Market engagement", march2022: "April 2022 – August 2022", june2025: "June, July and August 2025", september2025: "June, July and August 2025" },
  { stage: "Tender go live", march2022: "January 2023", june2025: "September 2025 until the end of October 2025", september2025: "November 2025" },
  { stage: "Evaluation of tenders", march2022: "March 2023", june2025: "All of November and December 2025 finishing Mid-January 2026", september2025: "January 2026 – February 2026" },
  { stage: "Award", march2022: "April 2023", june2025: "March 2026", september2025: "May 2026" },
  { stage: "Mobilisation", march2022: "1 May – 30 August 2023", june2025: "All of April, May, June, July, August 2026", september2025: "June – November 2026" },
  { stage: "Contract start", march2022: "31 August 2023", june2025: "1st September 2026", september2025: "1 December 2026" },
];

export type TimelineWording = "revised" | "committees" | "byReport";

/**
 * "revised": "Baseline", "Revised (Jun 2025)", "Revised (Sep 2025)".
 * "committees": no baseline column; "Forecast at 28 Mar 2022", "Forecast at 23 Jun 2025", "Forecast at 15 Sep 2025".
 * "byReport": one row per stage per committee report ("Milestone", "Committee report", "Date").
 */
export function timelineTracker(wording: TimelineWording): CellValue[][] {
  const rows: CellValue[][] = [["Care at Home recommission – timeline"], ["Report date", 45915], []];
  if (wording === "revised") {
    rows.push(["Milestone", "Baseline", "Revised (Jun 2025)", "Revised (Sep 2025)", "Status"]);
    for (const s of STAGES) rows.push([s.stage, s.march2022, s.june2025, s.september2025, null]);
  } else if (wording === "committees") {
    rows.push(["Stage", "Forecast at 28 Mar 2022", "Forecast at 23 Jun 2025", "Forecast at 15 Sep 2025"]);
    for (const s of STAGES) rows.push([s.stage, s.march2022, s.june2025, s.september2025]);
  } else {
    rows.push(["Milestone", "Committee report", "Date"]);
    for (const [report, key] of [["28 March 2022", "march2022"], ["23 June 2025", "june2025"], ["15 September 2025", "september2025"]] as const) {
      for (const s of STAGES) rows.push([s.stage, report, s[key]]);
    }
  }
  return rows;
}
