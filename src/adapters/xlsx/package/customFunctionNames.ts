/**
 * How the add-in's functions are spelled in a file. Excel keeps a custom function in the sheet XML as
 * `_xldudf_SCORECARD_RAG(…)`, not as typed (`SCORECARD.RAG(…)`). A formula stored as typed opens as #NAME? and stays
 * so, recalculation or not, until each cell is entered again, even with the add-in loaded. So the package reader
 * gives the typed form (what Excel shows, and what the planner compares its formulas with), and the editor writes
 * the file's. String literals are left as they are.
 */
import { FUNCTION_NAMESPACE as NAMESPACE } from "../../../engine/sheet/workbook";

const FILE_PREFIX = `_xldudf_${NAMESPACE}_`;

// A string literal (kept whole), or one of the add-in's functions in the other spelling.
const TYPED = new RegExp(`"(?:[^"]|"")*"|\\b${NAMESPACE}\\.([A-Z][A-Z0-9]*)\\(`, "gi");
const FILED = new RegExp(`"(?:[^"]|"")*"|\\b${FILE_PREFIX}([A-Z][A-Z0-9]*)\\(`, "gi");

/** `SCORECARD.RAG(K6,E6,B6,0.05)` as the file keeps it: `_xldudf_SCORECARD_RAG(K6,E6,B6,0.05)`. */
export function formulaForFile(formula: string): string {
  if (!formula.toUpperCase().includes(`${NAMESPACE}.`)) return formula;
  return formula.replace(TYPED, (match, name: string | undefined) => (name ? `${FILE_PREFIX}${name.toUpperCase()}(` : match));
}

/** A formula from the file as Excel shows it: `_xldudf_SCORECARD_RAG(…)` reads `SCORECARD.RAG(…)`. */
export function formulaFromFile(formula: string): string {
  if (!formula.includes("_xldudf_")) return formula;
  return formula.replace(FILED, (match, name: string | undefined) => (name ? `${NAMESPACE}.${name.toUpperCase()}(` : match));
}
