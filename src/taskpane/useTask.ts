/** A hook for the pane's actions: one at a time, with failures shown under a title that says what happened. */
import { useCallback, useState } from "react";
import { FAILURE_TITLES, WorkbookError, messageOf } from "../engine/sheet/workbookErrors";

/** A failure to show: what happened, then the message naming the cell, sheet or text at fault. */
export interface TaskFailure {
  readonly title: string;
  readonly message: string;
}

/** A workbook's failure under its kind's title; anything else under the task it stopped. */
export function failureOf(caught: unknown, task: string): TaskFailure {
  if (caught instanceof WorkbookError) return { title: FAILURE_TITLES[caught.failure], message: caught.message };
  return { title: `${task.replace(/…$/, "")} did not finish`, message: messageOf(caught) };
}

/**
 * One piece of work at a time, with its label while it runs and its failure as a message to show: the views'
 * buttons disable while `busy`, and nothing a task throws is swallowed.
 */
export function useTask() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setFailure] = useState<TaskFailure | null>(null);
  // A plan that could not be made: nothing was written. Stable, as useState setters are.
  const setError = useCallback((message: string | null, title: string = FAILURE_TITLES.refused) => setFailure(message === null ? null : { title, message }), []);
  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setFailure(null);
    try {
      await work();
    } catch (caught) {
      setFailure(failureOf(caught, label));
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, error, setError, setFailure, run };
}
