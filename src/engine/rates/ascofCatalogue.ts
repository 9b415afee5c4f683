/**
 * The Adult Social Care Outcomes Framework measures a committee scorecard reports, in three frameworks: the 2014–22
 * ids that older workbooks use, the 2023-24 ids (six objectives) and 2024-25, where client level data replaced SALT
 * and 2E was broadened to everyone receiving long-term support. The same id can mean different measures in
 * different frameworks ("2B", and 2E between 2023-24 and 2024-25), so every entry names its framework.
 */
import {
  admissions, atHome91Days, carerQualityOfLife, carersEasyToFindInformation, carersIncluded, carersSocialContact,
  controlOverDailyLife, easyToFindInformation, feelSafe, inCommunity12Weeks, learningDisabilityHome,
  learningDisabilityWork, longTermSupportHome, qualityOfLife, qualityOfLifeImpact, ratedGoodOrOutstanding,
  reablementOutcome, selfDirected, servicesMadeSafe, socialContact, SOURCES, staffTurnover, type AscofDefinition,
} from "./ascofDefinitions";

export type { AscofUnit } from "./ascofDefinitions";

/** Oldest first: a fallback to another framework prefers the nearest one. */
export const ASCOF_FRAMEWORKS = ["2014-22", "2023-24", "2024-25"] as const;
export type AscofFramework = (typeof ASCOF_FRAMEWORKS)[number];

export interface AscofMeasure extends AscofDefinition {
  readonly framework: AscofFramework;
  /** As published: "2A(2)", "1C(1A)", "3D(2A)". */
  readonly id: string;
  /** Other spellings seen in workbooks; lenient matching covers case, spaces, "part" and brackets already. */
  readonly aliases: readonly string[];
  /**
   * The matching measure in the other framework: for a 2014–22 entry its 2023-24 id, for a 2023-24 or 2024-25
   * entry its 2014–22 id; null where there is none (or the measure changed too much to match).
   */
  readonly otherId: string | null;
}

type Entry = [id: string, otherId: string | null, definition: AscofDefinition, aliases?: readonly string[]];

const framework = (name: AscofFramework, entries: readonly Entry[]): AscofMeasure[] =>
  entries.map(([id, otherId, definition, aliases = []]) => ({ framework: name, id, aliases, otherId, ...definition }));

const { HANDBOOK_2023, SALT_2023, CLD_2024 } = SOURCES;
const SALT_3D = `${SALT_2023}, measure 3D (formerly 1C): part 1a people and 1b carers receiving self-directed support, 2a people and 2b carers receiving direct payments`;
const CLD_3D = `${CLD_2024}, ASCOF 3D (same four parts)`;
const OLD_1C = "Torbay Council's local account 2022/23, appendix 1 (torbay.gov.uk/council/policies/asc-policies/local-account-summary/las-appendix1), ASCOF table (1C parts 1A, 1B, 2A, 2B)";

/** 1C in 2014–22 as Torbay's local account prints it ("ASC 1C part 2A: …"), in the words NHS Digital's SALT pages use. */
const old1C = (part: "1A" | "1B" | "2A" | "2B"): AscofDefinition => {
  const what = part.startsWith("1") ? "self-directed support" : "direct payments";
  const who = {
    "1A": "adults aged over 18 receiving self-directed support",
    "1B": "carers receiving self-directed support",
    "2A": "adults receiving direct payments",
    "2B": "carers receiving direct payments for support direct to carer",
  }[part];
  return { ...selfDirected(part, OLD_1C), name: `The proportion of people using social care who receive ${what} (${who})` };
};

/** Shared by 2023-24 and 2024-25: the measures that did not change between them. */
const survey2023: readonly Entry[] = [
  ["1A", "1A", qualityOfLife],
  ["1B", "1B", controlOverDailyLife],
  ["1C", null, qualityOfLifeImpact],
  ["1D", "1D", carerQualityOfLife],
  ["3A", null, easyToFindInformation],
  ["3B", null, carersEasyToFindInformation],
  ["3C", null, carersIncluded],
  ["4A", null, feelSafe],
  ["4B", null, servicesMadeSafe],
  ["5A", null, socialContact],
  ["5B", null, carersSocialContact],
];

// "3D" alone has always meant the headline part, people receiving self-directed support.
const parts3D = (source: string): Entry[] => [
  ["3D(1A)", "1C(1A)", selfDirected("1A", source), ["3D"]],
  ["3D(1B)", "1C(1B)", selfDirected("1B", source)],
  ["3D(2A)", "1C(2A)", selfDirected("2A", source)],
  ["3D(2B)", "1C(2B)", selfDirected("2B", source)],
];

export const ASCOF_MEASURES: readonly AscofMeasure[] = [
  ...framework("2024-25", [
    ...survey2023,
    ["1E", "1E", { ...learningDisabilityWork, source: `${learningDisabilityWork.source}; the 2024-25 wording (from client level data) is not confirmed in the sources available` }],
    ["2A", "2D", reablementOutcome(CLD_2024)],
    ["2B", "2A(1)", admissions("18 to 64", CLD_2024)],
    ["2C", "2A(2)", admissions("65 and over", CLD_2024)],
    ["2D", null, inCommunity12Weeks],
    ["2E", null, longTermSupportHome],
    ...parts3D(CLD_3D),
    ["6A", null, staffTurnover],
    ["6B", null, ratedGoodOrOutstanding],
  ]),
  ...framework("2023-24", [
    ...survey2023,
    ["1E", "1E", learningDisabilityWork],
    ["2A", "2D", reablementOutcome(`${HANDBOOK_2023}, as quoted by NHS England's client level data code`)],
    ["2B", "2A(1)", admissions("18 to 64", SALT_2023)],
    ["2C", "2A(2)", admissions("65 and over", `${SALT_2023}, measure 2C (formerly 2A(2))`)],
    ["2D", "2B(1)", atHome91Days],
    ["2E", "1G", learningDisabilityHome],
    ...parts3D(SALT_3D),
  ]),
  ...framework("2014-22", [
    ["1A", "1A", qualityOfLife],
    ["1B", "1B", controlOverDailyLife],
    ["1C(1A)", "3D(1A)", old1C("1A"), ["1C(1)"]],
    ["1C(1B)", "3D(1B)", old1C("1B")],
    ["1C(2A)", "3D(2A)", old1C("2A"), ["1C(2)"]],
    ["1C(2B)", "3D(2B)", old1C("2B")],
    ["1D", "1D", carerQualityOfLife],
    ["1E", "1E", learningDisabilityWork],
    ["1F", null, {
      name: "Proportion of adults in contact with secondary mental health services in paid employment",
      unit: "percentage", polarity: "high",
      numerator: "Adults aged 18–69 in contact with secondary mental health services who are in paid employment",
      denominator: "Adults aged 18–69 in contact with secondary mental health services", population: "18–69",
      keywords: ["mental", "health", "secondary", "employment"], source: OLD_1C.replace("(1C parts 1A, 1B, 2A, 2B)", "(1F)"),
    }],
    ["1G", "2E", learningDisabilityHome],
    ["1H", null, {
      name: "Proportion of adults in contact with secondary mental health services living independently, with or without support",
      unit: "percentage", polarity: "high",
      numerator: "Adults aged 18–69 in contact with secondary mental health services living independently",
      denominator: "Adults aged 18–69 in contact with secondary mental health services", population: "18–69",
      keywords: ["mental", "health", "secondary", "independently"], source: OLD_1C.replace("(1C parts 1A, 1B, 2A, 2B)", "(1H)"),
    }],
    ["2A(1)", "2B", admissions("18 to 64", SALT_2023)],
    ["2A(2)", "2C", admissions("65 and over", SALT_2023)],
    ["2B(1)", "2D", atHome91Days, ["2B"]],
    ["2B(2)", null, {
      name: "Proportion of older people (65+) offered reablement services following discharge from hospital",
      unit: "percentage", polarity: "high",
      numerator: "People aged 65+ offered reablement after discharge from hospital",
      denominator: "People aged 65+ discharged from hospital", population: "65+",
      keywords: ["offered", "reablement", "discharge"], source: SOURCES.UNCONFIRMED,
    }],
    ["2D", "2A", {
      ...reablementOutcome("LG Inform metric 4283 (ASCOF 2D, 2014–22)"),
      name: "Proportion of those that received a short-term service during the year where the sequel to service was either no ongoing support or support of a lower level",
      keywords: ["short-term", "sequel", "ongoing", "lower"],
    }],
  ]),
];
