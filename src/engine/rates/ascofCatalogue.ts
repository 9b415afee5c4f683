/**
 * The Adult Social Care Outcomes Framework measures a committee scorecard reports, in both frameworks: the
 * 2014–22 ids that older workbooks use and the 2023-24 ids. The same id can mean different
 * measures in the two ("2B"), so every entry names its framework.
 */

export type AscofFramework = "2014-22" | "2023-24";
export type AscofUnit = "per 100,000" | "percentage" | "score";

export interface AscofMeasure {
  readonly framework: AscofFramework;
  /** As published: "2A(2)", "1C(1A)", "2C". */
  readonly id: string;
  /** Other spellings seen in workbooks; lenient matching covers case, spaces and brackets already. */
  readonly aliases: readonly string[];
  readonly name: string;
  readonly unit: AscofUnit;
  readonly polarity: "high" | "low";
  readonly numerator: string;
  readonly denominator: string;
  /** The age band the denominator covers, where it is a population or cohort. */
  readonly population: string;
  /** The matching measure in the other framework, or null where there is none. */
  readonly otherId: string | null;
  /** Words that identify the measure by name, for catching wrong labels ("1F" printed for 1G). */
  readonly keywords: readonly string[];
}

const admissions = (band: "18–64" | "65+") => ({
  name: `Long-term support needs of adults aged ${band} met by admission to residential and nursing care homes, per 100,000 population`,
  unit: "per 100,000" as const,
  polarity: "low" as const,
  numerator: `Council-supported permanent admissions of people aged ${band} to residential and nursing care in the financial year`,
  denominator: `ONS mid-year population estimate, aged ${band}`,
  population: band,
  keywords: ["admissions", "residential", "nursing", band === "65+" ? "65" : "18-64"],
});

const reablementOutcome = {
  name: "Proportion of people receiving short-term support (reablement) who needed no further request for support, or lower-level support",
  unit: "percentage" as const,
  polarity: "high" as const,
  numerator: "Episodes of short-term support ending with no further request made for support, or support of a lower level",
  denominator: "Episodes of short-term support ending in the year",
  population: "18+",
  keywords: ["short-term", "reablement", "further", "request"],
};

const atHome91Days = {
  name: "Proportion of older people (65+) still at home 91 days after discharge from hospital into reablement services",
  unit: "percentage" as const,
  polarity: "high" as const,
  numerator: "People aged 65+ at home 91 days after discharge into reablement",
  denominator: "People aged 65+ discharged from hospital into reablement in the three months to December",
  population: "65+",
  keywords: ["91", "days", "discharge", "home", "reablement"],
};

const learningDisabilityHome = {
  name: "Proportion of adults with a learning disability (18–64) who live in their own home or with their family",
  unit: "percentage" as const,
  polarity: "high" as const,
  numerator: "Adults aged 18–64 with a learning disability receiving long-term support who live in their own home or with family",
  denominator: "Adults aged 18–64 with a learning disability receiving long-term support",
  population: "18–64",
  keywords: ["learning", "disability", "own", "home", "family"],
};

const learningDisabilityWork = {
  name: "Proportion of adults with a learning disability in paid employment",
  unit: "percentage" as const,
  polarity: "high" as const,
  numerator: "Adults aged 18–64 with a learning disability receiving long-term support who are in paid employment",
  denominator: "Adults aged 18–64 with a learning disability receiving long-term support",
  population: "18–64",
  keywords: ["learning", "disability", "paid", "employment"],
};

const qualityOfLife = {
  name: "Social care-related quality of life score",
  unit: "score" as const,
  polarity: "high" as const,
  numerator: "Sum of social care-related quality of life scores from the Adult Social Care Survey",
  denominator: "Survey respondents",
  population: "18+",
  keywords: ["quality", "life", "survey"],
};

export const ASCOF_MEASURES: readonly AscofMeasure[] = [
  { framework: "2014-22", id: "1A", aliases: [], otherId: "1A", ...qualityOfLife },
  {
    framework: "2014-22", id: "1C(1A)", aliases: ["1C1A", "1C(1)"], otherId: "3D",
    name: "Proportion of people who use services who receive self-directed support",
    unit: "percentage", polarity: "high",
    numerator: "Adults receiving long-term community support who receive self-directed support",
    denominator: "Adults receiving long-term community support", population: "18+",
    keywords: ["self-directed", "support"],
  },
  {
    framework: "2014-22", id: "1C(2A)", aliases: ["1C2A", "1C(2)"], otherId: "3D",
    name: "Proportion of people who use services who receive direct payments",
    unit: "percentage", polarity: "high",
    numerator: "Adults receiving long-term community support who receive direct payments",
    denominator: "Adults receiving long-term community support", population: "18+",
    keywords: ["direct", "payments"],
  },
  { framework: "2014-22", id: "1E", aliases: [], otherId: "1E", ...learningDisabilityWork },
  {
    framework: "2014-22", id: "1F", aliases: [], otherId: null,
    name: "Proportion of adults in contact with secondary mental health services in paid employment",
    unit: "percentage", polarity: "high",
    numerator: "Adults aged 18–69 in contact with secondary mental health services who are in paid employment",
    denominator: "Adults aged 18–69 in contact with secondary mental health services", population: "18–69",
    keywords: ["mental", "health", "secondary", "employment"],
  },
  { framework: "2014-22", id: "1G", aliases: [], otherId: "2E", ...learningDisabilityHome },
  {
    framework: "2014-22", id: "1H", aliases: [], otherId: null,
    name: "Proportion of adults in contact with secondary mental health services living independently, with or without support",
    unit: "percentage", polarity: "high",
    numerator: "Adults aged 18–69 in contact with secondary mental health services living independently",
    denominator: "Adults aged 18–69 in contact with secondary mental health services", population: "18–69",
    keywords: ["mental", "health", "secondary", "independently"],
  },
  { framework: "2014-22", id: "2A(1)", aliases: ["2A1"], otherId: "2B", ...admissions("18–64") },
  { framework: "2014-22", id: "2A(2)", aliases: ["2A2"], otherId: "2C", ...admissions("65+") },
  { framework: "2014-22", id: "2B(1)", aliases: ["2B1", "2B"], otherId: "2D", ...atHome91Days },
  {
    framework: "2014-22", id: "2B(2)", aliases: ["2B2"], otherId: null,
    name: "Proportion of older people (65+) offered reablement services following discharge from hospital",
    unit: "percentage", polarity: "high",
    numerator: "People aged 65+ offered reablement after discharge from hospital",
    denominator: "People aged 65+ discharged from hospital", population: "65+",
    keywords: ["offered", "reablement", "discharge"],
  },
  { framework: "2014-22", id: "2D", aliases: [], otherId: "2A", ...reablementOutcome },

  { framework: "2023-24", id: "1A", aliases: [], otherId: "1A", ...qualityOfLife },
  { framework: "2023-24", id: "1E", aliases: [], otherId: "1E", ...learningDisabilityWork },
  { framework: "2023-24", id: "2A", aliases: [], otherId: "2D", ...reablementOutcome },
  { framework: "2023-24", id: "2B", aliases: [], otherId: "2A(1)", ...admissions("18–64") },
  { framework: "2023-24", id: "2C", aliases: [], otherId: "2A(2)", ...admissions("65+") },
  { framework: "2023-24", id: "2D", aliases: [], otherId: "2B(1)", ...atHome91Days, name: `${atHome91Days.name} (redefined for 2023-24)` },
  { framework: "2023-24", id: "2E", aliases: [], otherId: "1G", ...learningDisabilityHome },
  {
    framework: "2023-24", id: "3D", aliases: [], otherId: "1C(1A)",
    name: "Proportion of people who use services who receive self-directed support and direct payments",
    unit: "percentage", polarity: "high",
    numerator: "Adults receiving long-term community support who receive self-directed support (or direct payments)",
    denominator: "Adults receiving long-term community support", population: "18+",
    keywords: ["self-directed", "direct", "payments"],
  },
];
