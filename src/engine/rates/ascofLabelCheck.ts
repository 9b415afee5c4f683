/**
 * A scorecard label that prints an ASCOF id ("… own home or with their family (ASCOF 1F)") checked against its own
 * words: where, in every framework that has the printed id, the words describe another measure, the id is likely
 * wrong (published scorecards call the learning-disability "own home" measure 1F; it is 1G in 2014–22, 2E today).
 */
import type { Finding } from "../core/findings";
import { memoize } from "../core/memo";
import { findMeasure, measureByName } from "./ascof";
import { ASCOF_FRAMEWORKS, type AscofFramework, type AscofMeasure } from "./ascofCatalogue";

/** "ASCOF 2A1", "ASCOF 1C part 2A", "ASC 1F", "(ASCOF 2A(2))": the printed id after ASC or ASCOF. */
const PRINTED_ID = /\bASC(?:OF)?[\s-]*([1-6][A-J](?:\s*part\s*[12][AB]|\s*\(\s*[12][AB]?\s*\)|[12][AB]?)?)(?![A-Z0-9])/i;

const FRAMEWORK_NAMES: Readonly<Record<AscofFramework, string>> = { "2014-22": "2014–22", "2023-24": "2023-24", "2024-25": "2024-25" };

/** What a label's printed id and its words say, where they disagree; null where they agree or cannot be told. */
export function ascofLabelFinding(label: unknown, cell: string): Finding | null {
  if (typeof label !== "string") return null;
  const message = mismatchOf(label);
  return message === null ? null : { cell, severity: "warning", message };
}

// Each label is worked out once: a scorecard's refresh checks every row, and measureByName reads the whole catalogue.
const mismatchOf = memoize((label: string): string | null => {
  const printed = PRINTED_ID.exec(label)?.[1];
  if (!printed) return null;
  let mismatch: { framework: AscofFramework; printedMeasure: AscofMeasure; described: AscofMeasure } | null = null;
  for (const framework of ASCOF_FRAMEWORKS) {
    const found = findMeasure(printed, framework);
    // Only the frameworks that have the id: another would resolve it in its nearest framework.
    if (!found.ok || found.value.framework !== framework) continue;
    const described = measureByName(label, framework);
    if (described === null || described.id === found.value.id) return null;
    mismatch ??= { framework, printedMeasure: found.value, described };
  }
  if (!mismatch) return null;
  const { framework, printedMeasure, described } = mismatch;
  return `The label says ASCOF ${printed}, but its words describe ${described.id} in the ${FRAMEWORK_NAMES[framework]} ids ("${described.name}"); ${printedMeasure.id} there is "${printedMeasure.name}". Check the id before the figure is compared with published ASCOF data.`;
}, 1_000);
