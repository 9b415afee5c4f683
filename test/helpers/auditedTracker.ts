/**
 * The funding appendix's layout (generateTrackers.ts) with a second spend column, "Spend to date (audited)", to its
 * right: the add-in takes "Expenditure to date" (F) as the spend, and an analyst corrects it to the audited figures
 * (H). Only Workforce Recruitment and Retention Fund Round 2 differs: £1,200,000 audited against £689,053 reported
 * (an invented figure, to tell the two columns apart).
 */
import type { CellValue } from "../../src/engine/sheet/workbook";
import { fundingTracker } from "./generateTrackers";

export const AUDITED_HEADER = "Spend to date (audited)";
/** Zero-based: column H. */
export const AUDITED_COLUMN = 7;

export function auditedTracker(): CellValue[][] {
  return fundingTracker("appendix").map((row, r) => {
    if (r === 3) return [...row, AUDITED_HEADER];
    // Stream rows 5–10 (zero-based 4–9): the audited spend is the reported one but for WRRF Round 2.
    if (r >= 4 && r <= 9) return [...row, row[2] === "Round 2" ? 1_200_000 : row[5]];
    return row;
  });
}
