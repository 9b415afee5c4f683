/**
 * The optional "trackers" section of the settings the add-in stores in the workbook (beside the scorecard's tables):
 * a funding tracker's or a timeline's columns as the analyst confirmed them on the Columns card, so the tracker is
 * read the same way next time, on a colleague's machine or from the command line. Columns are stored by their
 * header text, not their position: a column moved is still found, and a header no longer on the sheet stops the
 * reading with its name (src/engine/funding/storedColumns.ts, src/engine/timeline/storedTimeline.ts) instead of
 * reading another column.
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

/** A timeline's columns: its roles by header, and (a column per version layout) each version column's header. */
export interface StoredTimelineColumns {
  readonly kind: "timeline";
  readonly sheet: string;
  /** Zero-based header row. */
  readonly headerRow: number;
  readonly layout: "columns" | "byReport";
  /** Each role's column by its header text, keyed by role ("milestone", "baseline", "status"…). */
  readonly headers: Readonly<Record<string, string>>;
  /** The forecast or revised columns after the baseline, by header (the "columns" layout; empty for "byReport"). */
  readonly versions: readonly string[];
  /**
   * Headers that read as versions but which the analyst took off (a "Latest update" comment column): a version
   * column added to the sheet later, in neither list, is read as a new version and said.
   */
  readonly notVersions: readonly string[];
}

export type StoredTracker = StoredFundingColumns | StoredTimelineColumns;
export type StoredTrackers = readonly StoredTracker[];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const isHeader = (header: unknown): header is string => typeof header === "string" && header.trim() !== "";
const isHeaderList = (value: unknown): boolean => Array.isArray(value) && value.every(isHeader);

function validTracker(value: unknown): value is StoredTracker {
  if (!isObject(value) || (value.kind !== "funding" && value.kind !== "timeline") || typeof value.sheet !== "string") return false;
  if (typeof value.headerRow !== "number" || !Number.isInteger(value.headerRow) || value.headerRow < 0) return false;
  const headers = value.headers;
  if (!isObject(headers) || !Object.values(headers).every(isHeader)) return false;
  if (value.kind === "funding") return true;
  return (value.layout === "columns" || value.layout === "byReport") && isHeaderList(value.versions) && isHeaderList(value.notVersions);
}

/** The stored trackers section (empty when absent); a damaged one is an error saying which, never dropped. */
export function parseTrackers(value: unknown): Result<StoredTrackers> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail("value", 'The stored tracker columns (sheet "ScorecardSettings") are damaged; choose the columns again on the Columns card.');
  const bad = value.findIndex((t) => !validTracker(t));
  if (bad >= 0) return fail("value", `Tracker ${bad + 1} in the stored settings is incomplete; choose its columns again on the Columns card.`);
  return ok(value as StoredTracker[]);
}

/** The stored columns for a sheet's funding tracker, if any. */
export function storedFundingFor(trackers: StoredTrackers | undefined, sheet: string): StoredFundingColumns | undefined {
  return (trackers ?? []).find((t): t is StoredFundingColumns => t.kind === "funding" && t.sheet === sheet);
}

/** The stored columns for a sheet's timeline, if any. */
export function storedTimelineFor(trackers: StoredTrackers | undefined, sheet: string): StoredTimelineColumns | undefined {
  return (trackers ?? []).find((t): t is StoredTimelineColumns => t.kind === "timeline" && t.sheet === sheet);
}

/** The trackers section with this tracker's entry in place of its earlier one. */
export function withStoredFunding(trackers: StoredTrackers | undefined, entry: StoredFundingColumns): StoredTrackers {
  return withStoredTracker(trackers, entry);
}

/** The trackers section with this entry in place of the earlier one of its kind on its sheet. */
export function withStoredTracker(trackers: StoredTrackers | undefined, entry: StoredTracker): StoredTrackers {
  return [...(trackers ?? []).filter((t) => !(t.kind === entry.kind && t.sheet === entry.sheet)), entry];
}
