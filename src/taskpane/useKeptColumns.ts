/**
 * "Keep these columns" and its undo, for any tracker's view (Funding, Timeline): whether the columns on the card
 * differ from those the workbook reads, the undo of the last keep, and what the last keep or undo did, to say.
 * The view passes how its tracker's columns are stored (src/app/keepColumns.ts) and how it reads the tracker again.
 */
import { useState } from "react";
import { undoApply } from "../app/refreshWorkbook";
import type { Result } from "../engine/core/result";
import type { Plan, WorkbookAdapter } from "../engine/sheet/workbook";
import type { useTask } from "./useTask";

type Task = ReturnType<typeof useTask>;

export interface KeptColumnsOptions {
  readonly workbook: WorkbookAdapter;
  readonly run: Task["run"];
  readonly setError: Task["setError"];
  readonly onWorkbookChanged?: () => void;
  /** Reads the tracker again after an undo, as its view's Find does. */
  readonly readAgain: () => Promise<void>;
}

/** One keep: the sheet it names, how the columns are stored (returning the undo), and what the view does once kept. */
export interface Keep {
  readonly sheet: string;
  readonly store: () => Promise<Result<Plan>>;
  readonly kept: () => void;
}

/** What a refused keep is shown under, in either view: nothing was stored, and the card still shows the columns. */
export const KEEP_REFUSED_TITLE = "The columns were not kept";

export function useKeptColumns({ workbook, run, setError, onWorkbookChanged, readAgain }: KeptColumnsOptions) {
  // Columns corrected on the card and not yet kept; the undo of the last keep, and what it did.
  const [changed, setChanged] = useState(false);
  const [undo, setUndo] = useState<Plan | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** The corrected columns stored in the workbook, through a plan, with its undo. */
  const keep = ({ sheet, store, kept }: Keep) =>
    run("Keeping the columns…", async () => {
      const stored = await store();
      if (!stored.ok) return setError(stored.error.message, KEEP_REFUSED_TITLE);
      kept();
      setChanged(false);
      setUndo(stored.value);
      setDone(`Kept: "${sheet}" is read with these columns from now on, here and from the command line.`);
      onWorkbookChanged?.();
    });

  const undoKeep = () =>
    run("Undoing…", async () => {
      if (!undo) return;
      const undone = await undoApply(workbook, undo);
      if (!undone.ok) return setError(undone.error.message, "Not undone");
      setUndo(null);
      await readAgain();
      setDone("Undone: the stored columns are as they were.");
      onWorkbookChanged?.();
    });

  /** A new Find: the last keep is no longer on screen to undo or to speak of. */
  const forget = () => {
    setDone(null);
    setUndo(null);
  };

  return { changed, setChanged, done, setDone, canUndo: undo !== null, keep, undoKeep, forget };
}
