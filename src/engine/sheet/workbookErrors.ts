/**
 * What can go wrong between the engine and a workbook, by kind, so callers decide on the kind and never on message
 * text: a plan the adapter refused (nothing written), a workbook or sheet that could not be read, a write that
 * failed part-way. The message texts quote the cell, sheet or file at fault.
 */

/** "not-set-up": the ribbon's refresh of a workbook with no scorecard set up, which writes nothing. */
export type WorkbookFailure = "refused" | "read" | "write" | "not-set-up";

export class WorkbookError extends Error {
  constructor(
    readonly failure: WorkbookFailure,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

/** The title the pane shows over each kind of failure. */
export const FAILURE_TITLES: Readonly<Record<WorkbookFailure, string>> = {
  refused: "Nothing was written",
  read: "The workbook could not be read",
  write: "Writing to the workbook failed",
  "not-set-up": "No scorecard set up yet",
};

/** "Nothing was written: …", said once for every plan an adapter refuses. */
export function planRefused(reason: string): WorkbookError {
  return new WorkbookError("refused", `Nothing was written: ${reason}`);
}

export function readFailed(reason: string): WorkbookError {
  return new WorkbookError("read", `The workbook could not be read: ${reason}`);
}

/** Anything thrown, as a sentence for the analyst: an Error's message, never "Error: …" or a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : "Something went wrong that the add-in did not expect.";
}
