/**
 * Groups a plan's cell changes into runs of consecutive rows in one column, so a refresh of thousands of cells is
 * a few dozen range writes in one request (well under Office's 5 MB request limit) instead of one per cell.
 */
import { looksLikeFormula } from "../../engine/sheet/checkPlan";
import type { CellChange, CellValue } from "../../engine/sheet/workbook";

export interface WriteRun {
  readonly sheet: string;
  readonly column: number;
  readonly top: number;
  readonly kind: "value" | "formula";
  readonly values: (CellValue | string)[];
  /** Per cell: a number format to set first, or null to leave the cell's own. */
  readonly formats: (string | null)[];
}

export function writeRuns(changes: readonly CellChange[]): WriteRun[] {
  const sorted = [...changes].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row,
  );
  const runs: { sheet: string; column: number; top: number; kind: "value" | "formula"; values: (CellValue | string)[]; formats: (string | null)[] }[] = [];
  for (const change of sorted) {
    const last = runs[runs.length - 1];
    const value = change.kind === "formula" ? change.formula : change.value;
    // Office.js reads "=…", "+…", "-…" in `values` as a formula; the text format keeps such text as text.
    const format = change.kind === "value" && looksLikeFormula(change.value) ? "@" : (change.numberFormat ?? null);
    if (last && last.sheet === change.sheet && last.column === change.column && last.kind === change.kind && last.top + last.values.length === change.row) {
      last.values.push(value);
      last.formats.push(format);
    } else {
      runs.push({ sheet: change.sheet, column: change.column, top: change.row, kind: change.kind, values: [value], formats: [format] });
    }
  }
  return runs;
}

/** Each write request's budget: under Office's 5 MB limit with room for the request's own framing. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * The bytes text takes in a request: UTF-8, as a JSON string with its quotes and escapes. Stored settings are
 * JSON themselves, so their quotes double in the request; a rough "length × 1.2" let a 4 MB budget become 4.9 MB.
 */
export function requestBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34 || code === 92) bytes += 2;
    else if (code === 8 || code === 9 || code === 10 || code === 12 || code === 13) bytes += 2; // \b \t \n \f \r
    else if (code < 32) bytes += 6; // \u00XX
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2; // half of a four-byte pair
    else bytes += 3;
  }
  return bytes;
}

/**
 * What one range object costs a request before its values: its action and object path. Runs are short where
 * section headings break a column (about nine cells at a time in a published scorecard), so this adds up.
 */
const RANGE_OVERHEAD_BYTES = 192;

/** The JSON size of a run as Office.js sends it: the range, then values and formats with brackets and separators. */
function runBytes(run: WriteRun): number {
  let bytes = RANGE_OVERHEAD_BYTES;
  for (let i = 0; i < run.values.length; i++) {
    const value = run.values[i];
    const format = run.formats[i];
    bytes += (typeof value === "string" ? requestBytes(value) + 4 : 24) + (format === null ? 0 : requestBytes(format) + 4);
  }
  return bytes;
}

export function batchBytes(batch: readonly WriteRun[]): number {
  return batch.reduce((total, run) => total + runBytes(run), 0);
}

/** Consecutive text chunks (the settings) in groups whose request stays under `budget` bytes. */
export function chunkGroups(chunks: readonly string[], budget: number): { first: number; chunks: string[]; bytes: number }[] {
  const groups: { first: number; chunks: string[]; bytes: number }[] = [];
  chunks.forEach((chunk, i) => {
    const bytes = requestBytes(chunk) + 16;
    const last = groups[groups.length - 1];
    if (last && last.bytes + bytes <= budget) {
      last.chunks.push(chunk);
      last.bytes += bytes;
    } else groups.push({ first: i, chunks: [chunk], bytes: bytes + 64 });
  });
  return groups;
}

/** The runs, grouped so each group's request stays under `budget` bytes; a run too big alone is split. */
export function writeBatches(changes: readonly CellChange[], budget: number): WriteRun[][] {
  const batches: WriteRun[][] = [[]];
  let used = 0;
  for (const whole of writeRuns(changes)) {
    for (const run of splitRun(whole, budget)) {
      const bytes = runBytes(run);
      if (used + bytes > budget && batches[batches.length - 1].length > 0) {
        batches.push([]);
        used = 0;
      }
      batches[batches.length - 1].push(run);
      used += bytes;
    }
  }
  return batches;
}

function splitRun(run: WriteRun, budget: number): WriteRun[] {
  const bytes = runBytes(run);
  if (bytes <= budget) return [run];
  const parts = Math.ceil(bytes / budget) * 2;
  const size = Math.ceil(run.values.length / parts);
  const pieces: WriteRun[] = [];
  for (let start = 0; start < run.values.length; start += size) {
    pieces.push({ ...run, top: run.top + start, values: run.values.slice(start, start + size), formats: run.formats.slice(start, start + size) });
  }
  return pieces;
}
