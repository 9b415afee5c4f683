/**
 * The optional "trackers" section of the settings the add-in stores in the workbook (beside the scorecard's tables):
 * a funding tracker's columns as the analyst confirmed them on the Columns card, so the tracker is read the same
 * way next time, on a colleague's machine or from the command line. Columns are stored by their header text, not
 * their position: a column moved is still found, and a header no longer on the sheet stops the reading with its
 * name (src/engine/funding/storedColumns.ts) instead of reading another column.
 */
import { fail, ok, type Result } from "../core/result";

export interface StoredFundingColumns {
  readonly kind: "funding";
  readonly sheet: string;
  /** Zero-based header row. */
  readonly headerRow: number;
  /** Each role's column by its header text, keyed by role ("spent", "allocation"…). */
  readonly headers: Readonly<Record<string, string>>;
}

export type StoredTrackers = readonly StoredFundingColumns[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function validTracker(value: unknown): value is StoredFundingColumns {
  if (!isObject(value) || value.kind !== "funding" || typeof value.sheet !== "string") return false;
  if (typeof value.headerRow !== "number" || !Number.isInteger(value.headerRow) || value.headerRow < 0) return false;
  const headers = value.headers;
  return isObject(headers) && Object.values(headers).every((header) => typeof header === "string" && header.trim() !== "");
}

/** The stored trackers section (empty when absent); a damaged one is an error saying which, never dropped. */
export function parseTrackers(value: unknown): Result<StoredTrackers> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail("value", 'The stored tracker columns (sheet "ScorecardSettings") are damaged; choose the columns again on the Columns card.');
  const bad = value.findIndex((t) => !validTracker(t));
  if (bad >= 0) return fail("value", `Tracker ${bad + 1} in the stored settings is incomplete; choose its columns again on the Columns card.`);
  return ok(value as StoredFundingColumns[]);
}

/** The stored columns for a sheet's funding tracker, if any. */
export function storedFundingFor(trackers: StoredTrackers | undefined, sheet: string): StoredFundingColumns | undefined {
  return (trackers ?? []).find((t) => t.kind === "funding" && t.sheet === sheet);
}

/** The trackers section with this tracker's entry in place of its earlier one. */
export function withStoredFunding(trackers: StoredTrackers | undefined, entry: StoredFundingColumns): StoredTrackers {
  return [...(trackers ?? []).filter((t) => !(t.kind === "funding" && t.sheet === entry.sheet)), entry];
}
