/**
 * What each ASCOF measure is, in the words of its published definition, shared by the frameworks that use it.
 * Every definition names the page its wording was checked against (`source`); where the sources available did not
 * show a detail, the source says so rather than the catalogue guessing silently.
 */

export type AscofUnit = "per 100,000" | "percentage" | "score";

export interface AscofDefinition {
  readonly name: string;
  readonly unit: AscofUnit;
  readonly polarity: "high" | "low";
  readonly numerator: string;
  readonly denominator: string;
  /** The age band the denominator covers, where it is a population or cohort. */
  readonly population: string;
  /** Words that identify the measure by name, for catching wrong labels ("1F" printed for 1G). */
  readonly keywords: readonly string[];
  /** Where the wording was checked, or that it could not be. */
  readonly source: string;
  /** A score's published decimal places, where not 1. */
  readonly decimals?: number;
}

const HANDBOOK_2023 = "ASCOF 2023 to 2024 handbook of definitions (DHSC, December 2023)";
const SALT_2023 = "NHS England, SALT data sources for ASCOF 2023-24";
const CLD_2024 = "NHS England, reproducing ASCOF metrics from client level data (2024-25 onwards), and the NHSDigital ASCOF client level data code";
const UNCONFIRMED = "Wording not confirmed against the handbook text (not in the sources available); name as ASCOF has published it for earlier years";
const ASCS = "Adult Social Care Survey";
const SACE = "Survey of Adult Carers in England";

export const admissions = (band: "18 to 64" | "65 and over", source: string): AscofDefinition => ({
  name: `The number of adults aged ${band} whose long-term support needs are met by admission to residential and nursing care homes, per 100,000 population`,
  unit: "per 100,000",
  polarity: "low",
  numerator: `Council-supported adults aged ${band} whose long-term support needs were met by a change of setting to residential or nursing care during the year (excluding transfers between residential and nursing care)`,
  denominator: `ONS mid-year population estimate, aged ${band}`,
  population: band === "65 and over" ? "65+" : "18–64",
  keywords: ["admissions", "residential", "nursing", band === "65 and over" ? "65" : "18-64"],
  source,
});

const reablementName = "The proportion of people who received short-term services during the year – who previously were not receiving services – where no further request was made for ongoing support";
export const reablementOutcome = (source: string): AscofDefinition => ({
  name: reablementName,
  unit: "percentage",
  polarity: "high",
  numerator: "New clients whose short-term support to maximise independence ended with no further request for ongoing support, or support of a lower level",
  denominator: "New clients (not receiving services before) who completed short-term support to maximise independence in the year",
  population: "18+",
  keywords: ["short-term", "reablement", "further", "request"],
  source,
});

export const atHome91Days: AscofDefinition = {
  name: "The proportion of older people (aged 65 and over) who were still at home 91 days after discharge from hospital into reablement/rehabilitation services",
  unit: "percentage",
  polarity: "high",
  numerator: "People aged 65 and over at home 91 days after discharge from hospital into reablement/rehabilitation",
  denominator: "People aged 65 and over discharged from hospital into reablement/rehabilitation between 1 October and 31 December",
  population: "65+",
  keywords: ["91", "days", "discharge", "home", "reablement"],
  source: "NHS Digital ASCOF measure lists (2B(1) in 2014–22); the 2023 to 2024 handbook keeps the measure as 2D with no redefinition shown",
};

export const inCommunity12Weeks: AscofDefinition = {
  name: "The proportion of people aged 65 and over discharged from hospital into reablement and who remained in the community within 12 weeks of discharge",
  unit: "percentage",
  polarity: "high",
  numerator: "People aged 65 and over discharged from hospital into reablement who remained in the community 12 weeks after discharge",
  denominator: "People aged 65 and over discharged from hospital into reablement",
  population: "65+",
  keywords: ["12", "weeks", "discharge", "community", "reablement"],
  source: CLD_2024,
};

export const learningDisabilityHome: AscofDefinition = {
  name: "The proportion of adults with a learning disability (aged 18 to 64) who live in their own home or with their family",
  unit: "percentage",
  polarity: "high",
  numerator: "Adults aged 18 to 64 with a learning disability receiving long-term support who live in their own home or with their family (settled accommodation)",
  denominator: "Adults aged 18 to 64 with a learning disability receiving long-term support",
  population: "18–64",
  keywords: ["learning", "disability", "own", "home", "family"],
  source: `${SALT_2023}; NHS England says 2023-24 2E is calculated from SALT on this, the original, definition`,
};

export const longTermSupportHome: AscofDefinition = {
  name: "The proportion of people who receive long-term support who live in their home or with family",
  unit: "percentage",
  polarity: "high",
  numerator: "People aged 18 and over receiving long-term support in the year whose accommodation is settled (their own home or with family)",
  denominator: "People aged 18 and over receiving long-term support in the year",
  population: "18+",
  keywords: ["long-term", "support", "home", "family"],
  source: `${CLD_2024}: all primary support reasons, aged 18 and over (a learning disability, 18 to 64, filter is kept as a breakdown)`,
};

export const learningDisabilityWork: AscofDefinition = {
  name: "The proportion of adults with a learning disability in paid employment",
  unit: "percentage",
  polarity: "high",
  numerator: "Adults aged 18 to 64 with a learning disability receiving long-term support who are in paid employment",
  denominator: "Adults aged 18 to 64 with a learning disability receiving long-term support",
  population: "18–64",
  keywords: ["learning", "disability", "paid", "employment"],
  source: "NHS Digital SALT LTS004 guidance (feeds ASCOF 1E)",
};

export const qualityOfLife: AscofDefinition = {
  name: "Social care-related quality of life score",
  unit: "score",
  polarity: "high",
  numerator: `Sum of the social care-related quality of life scores (0 to 24) of ${ASCS} respondents who answered all eight questions`,
  denominator: `${ASCS} respondents who answered all eight questions`,
  population: "18+",
  keywords: ["social", "care-related", "quality", "life"],
  source: "LG Inform metric 1091 (ASCOF 1A): a score out of 24, each of eight domains scored 0 to 3",
};

export const carerQualityOfLife: AscofDefinition = {
  name: "Carer-reported quality of life score",
  unit: "score",
  polarity: "high",
  numerator: `Sum of the carer-reported quality of life scores (0 to 12) of ${SACE} respondents`,
  denominator: `${SACE} respondents who answered all six questions`,
  population: "18+",
  keywords: ["carer-reported", "quality", "life"],
  source: "Named in Torbay's ASCOF table and NHS Digital measure lists; a score out of 12 per the OHID carer quality of life indicator. Handbook text not in the sources available",
};

export const qualityOfLifeImpact: AscofDefinition = {
  name: "Adjusted social care-related quality of life – impact of adult social care services",
  unit: "score",
  polarity: "high",
  numerator: `Sum over ${ASCS} respondents of the gain in social care-related quality of life attributed to services (adjusted)`,
  denominator: `${ASCS} respondents`,
  population: "18+",
  // 1A's four keywords and two of its own: a label naming the adjustment is 1C on more words, one without it is 1A.
  keywords: ["social", "care-related", "quality", "life", "adjusted", "impact"],
  decimals: 3,
  source: `${UNCONFIRMED} (1J in 2014–22, published to 3 decimal places)`,
};

const survey = (
  name: string,
  people: "people who use services" | "carers",
  respondents: string,
  keywords: readonly string[],
  source: string,
): AscofDefinition => ({
  name,
  unit: "percentage",
  polarity: "high",
  numerator: `${people === "carers" ? SACE : ASCS} respondents who ${respondents}`,
  denominator: `${people === "carers" ? SACE : ASCS} respondents who answered the question`,
  population: "18+",
  keywords,
  source,
});

export const controlOverDailyLife = survey(
  "The proportion of people who use services who have control over their daily life", "people who use services",
  "say they have as much control over their daily life as they want, or adequate control", ["control", "daily", "life"],
  "Named in Torbay's and West Sussex's ASCOF tables; handbook text not in the sources available",
);
// The survey questions behind 3A–3C, 4A, 4B and 5B as councils and NHS Digital publish them; the 2023-24 ids
// themselves are still not checked against the handbook text, which the sources available do not reach.
const EALING_3A = "Ealing Council's performance page for the measure (ealingperformance.inphase.com/Detail/895_6134): Adult Social Care Survey question 12, the share of all responding who answer \"very easy to find\" or \"fairly easy to find\"";
const QUALITYWATCH_CARERS = "Nuffield Trust QualityWatch, carers' views of social care quality (qualitywatch.org.uk/indicator/quality-social-care-carers-perspective), from the Survey of Adult Carers in England";
const ASCS_SAFE = "NHS Digital, Personal Social Services Adult Social Care Survey, England 2016-17 (digital.nhs.uk news archive, 5 October 2017)";
const SACE_CONTACT = "HSCIC, Personal Social Services Survey of Adult Carers in England 2012-13 (as reported by careappointments.com)";
const idUnconfirmed = (id: string) => `; the id ${id} and the measure's name are not confirmed against the handbook text`;

export const easyToFindInformation = survey(
  "The proportion of people who use services who find it easy to find information about support", "people who use services",
  "say it was very or fairly easy to find information about support", ["easy", "information", "services"],
  `${EALING_3A}${idUnconfirmed("3A")}`,
);
export const carersEasyToFindInformation = survey(
  "The proportion of carers who find it easy to find information about support", "carers",
  "say it was very or fairly easy to find information about support", ["carers", "easy", "information"],
  `${QUALITYWATCH_CARERS}: carers "who found it very or fairly easy to access information"${idUnconfirmed("3B")}`,
);
export const carersIncluded = survey(
  "The proportion of carers who report that they have been included or consulted in discussion about the person they care for", "carers",
  "say they were always or usually involved or consulted", ["carers", "included", "consulted"],
  `${QUALITYWATCH_CARERS}: carers who "always or usually felt involved or consulted"${idUnconfirmed("3C")}`,
);
export const feelSafe = survey(
  "The proportion of people who use services who feel safe", "people who use services",
  "say they feel as safe as they want", ["feel", "safe"],
  `${ASCS_SAFE}: service users who feel "as safe as they want" (Q7a)${idUnconfirmed("4A")}`,
);
export const servicesMadeSafe = survey(
  "The proportion of people who use services who say that those services have made them feel safe and secure", "people who use services",
  "say the care and support services they receive help them to feel safe", ["services", "safe", "secure"],
  `${ASCS_SAFE}: service users who say the care and support services they receive have helped them in feeling safe (Q7b)${idUnconfirmed("4B")}`,
);
export const socialContact = survey(
  "The proportion of people who use services who reported that they had as much social contact as they would like", "people who use services",
  "say they have as much social contact as they would like", ["social", "contact", "services"],
  "Named in West Sussex's 2023-24 ASCOF table and NHS Digital's 2022-23 ASCOF publication (then 1I(1)); handbook text not in the sources available",
);
export const carersSocialContact = survey(
  "The proportion of carers who reported that they had as much social contact as they would like", "carers",
  "say they have as much social contact as they want with people they like", ["carers", "social", "contact"],
  `${SACE_CONTACT}: carers who "had as much social contact as they wanted with people they liked"${idUnconfirmed("5B")}`,
);

export const staffTurnover: AscofDefinition = {
  name: "Adult social care workforce: staff turnover rate",
  unit: "percentage",
  polarity: "low",
  numerator: "Care staff who left their role in the year (Skills for Care Adult Social Care Workforce Data Set)",
  denominator: "Care staff in post",
  population: "workforce",
  keywords: ["workforce", "turnover", "staff"],
  source: "The 2024 to 2025 ASCOF statistical commentary names Skills for Care workforce turnover as a source; the id and exact wording are not confirmed in the sources available",
};

export const ratedGoodOrOutstanding: AscofDefinition = {
  name: "The proportion of adult social care providers rated good or outstanding by the Care Quality Commission",
  unit: "percentage",
  polarity: "high",
  numerator: "Adult social care locations rated good or outstanding by the CQC",
  denominator: "Adult social care locations with a CQC rating",
  population: "providers",
  keywords: ["cqc", "rated", "good", "outstanding"],
  source: "The 2024 to 2025 ASCOF statistical commentary names CQC care provider ratings as a source; the id and exact wording are not confirmed in the sources available",
};

/** 3D and the 2014–22 1C it replaced: self-directed support and direct payments, for people and for carers. */
export const selfDirected = (part: "1A" | "1B" | "2A" | "2B", source: string): AscofDefinition => {
  const carers = part.endsWith("B");
  const directPayments = part.startsWith("2");
  const what = directPayments ? "direct payments" : "self-directed support";
  const receiving = directPayments ? "a direct payment (in full or in part)" : "a direct payment, a part direct payment or a council-managed personal budget";
  return {
    name: carers ? `The proportion of carers receiving ${what}` : `The proportion of people who use services who receive ${what}`,
    unit: "percentage",
    polarity: "high",
    numerator: carers
      ? `Carers aged 18 and over (caring for someone aged 18 or over) receiving ${receiving} for support direct to the carer in the year to 31 March`
      : `Adults aged 18 and over receiving long-term community support through ${receiving} at 31 March`,
    denominator: carers
      ? "Carers aged 18 and over receiving support direct to the carer in the year to 31 March"
      : "Adults aged 18 and over receiving long-term community support at 31 March",
    population: "18+",
    keywords: carers ? ["carers", ...what.split(" ")] : what.split(" "),
    source,
  };
};

export const SOURCES = { HANDBOOK_2023, SALT_2023, CLD_2024, UNCONFIRMED } as const;
