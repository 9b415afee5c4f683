/** The scorecard tab's state and actions, as a hook: the view renders what it returns and nothing else. */
import { useEffect, useState } from "react";
import { applyRefresh, planFromInputs, planWorkbookRefresh, readRefreshInputs, refreshFromInputs, undoApply, type PlannedRefresh, type RefreshResult } from "../../app/refreshWorkbook";
import { lastRibbonRefresh, onRibbonRefresh, type RibbonRefreshStatus } from "../../app/ribbonStatus";
import { writePlan } from "../../app/writePlan";
import { findTableSetup, settingsWithTable, setupOn, tableOf, type TableSetup } from "../../app/tableSetup";
import type { RefreshPlan } from "../../engine/scorecard/refresh";
import { EMPTY_SETTINGS, parseSettings, planKeepUnreadableSettings, type StoredSettings } from "../../engine/scorecard/settings";
import type { Plan, SheetData, WorkbookAdapter } from "../../engine/sheet/workbook";
import { FAILURE_TITLES } from "../../engine/sheet/workbookErrors";
import { HISTORY_SHEET } from "../../engine/scorecard/history";
import { failureOf, useTask } from "../useTask";

export type Stage =
  | { readonly kind: "start"; readonly stored: StoredSettings }
  /** The stored settings do not read: nothing is written until the analyst chooses to keep a copy. */
  | { readonly kind: "unreadable"; readonly raw: string; readonly reason: string }
  | ({ readonly kind: "setup" } & TableSetup)
  | { readonly kind: "preview"; readonly setup: Extract<Stage, { kind: "setup" }>; readonly refresh: PlannedRefresh }
  | { readonly kind: "done"; readonly refresh: PlannedRefresh; readonly noChange: boolean };

export const NO_TABLE_TITLE = "No scorecard table on this sheet";

/** The stored settings a stage was made from, to go back to the start with when a newer step fails. */
function backToStart(stage: Stage | null): Stage | null {
  if (stage === null || stage.kind === "start" || stage.kind === "unreadable") return stage;
  const stored = stage.kind === "setup" ? stage.stored : stage.kind === "preview" ? stage.setup.stored : stage.refresh.settings;
  return { kind: "start", stored };
}

/** The ASCOF label check, loaded when the pane first plans: the catalogue stays out of the first screen's bundle. */
const loadLabelCheck = () => import(/* webpackChunkName: "ascof" */ "../../engine/rates/ascofLabelCheck").then((module) => module.ascofLabelFinding);

/**
 * The scorecard tab's state and actions: find → map → rules → preview → apply, the one-click refresh, undo, and
 * the unreadable-settings rescue. The view only renders what this returns.
 */
export function useScorecard(workbook: WorkbookAdapter, onWorkbookChanged?: () => void) {
  const [stage, setStage] = useState<Stage | null>(null);
  // What the last apply or refresh changed, to put back: kept for this session only, like Excel's own undo.
  const [undo, setUndo] = useState<Plan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, setError, setFailure, run } = useTask();

  const [ribbon, setRibbon] = useState<RibbonRefreshStatus | null>(lastRibbonRefresh);
  useEffect(() => onRibbonRefresh(setRibbon), []);

  useEffect(() => {
    let current = true;
    workbook.readContext().then(
      (context) => {
        const parsed = parseSettings(context.settings);
        if (!current) return;
        if (parsed.ok) setStage({ kind: "start", stored: parsed.value });
        else setStage({ kind: "unreadable", raw: context.settings ?? "", reason: parsed.error.message });
      },
      (caught: unknown) => current && setFailure(failureOf(caught, "Reading the stored settings")),
    );
    return () => {
      current = false;
    };
  }, [workbook, setFailure]);

  /** The wizard's first step on a sheet already read: its table and the default rules, or why there is none. */
  const setupOf = (stored: StoredSettings, sheet: SheetData): Extract<Stage, { kind: "setup" }> | null => {
    const setup = setupOn(stored, sheet);
    if (!setup.ok) {
      setStage(backToStart);
      setError(setup.error.message);
    }
    return setup.ok ? { kind: "setup", ...setup.value } : null;
  };

  /** Shows a refresh's failure under its kind's title; true when it failed. */
  const failed = <T,>(result: RefreshResult<T>): result is Extract<RefreshResult<T>, { ok: false }> => {
    if (!result.ok) setError(result.error.message, FAILURE_TITLES[result.failure]);
    return !result.ok;
  };

  const find = () =>
    run("Looking for a scorecard on this sheet…", async () => {
      setNotice(null);
      const start = await findTableSetup(workbook);
      if (start.kind === "unreadable") setStage(start);
      else if (!start.setup.ok) {
        // Find writes nothing: the title says what it found. No earlier table's wizard or plan stays to Apply.
        setStage(backToStart);
        setError(start.setup.error.message, NO_TABLE_TITLE);
      } else setStage({ kind: "setup", ...start.setup.value });
    });

  const planSetup = async (setup: Extract<Stage, { kind: "setup" }>) => {
    const planned = await planWorkbookRefresh(workbook, { scope: "active", settings: settingsWithTable(setup), withUndo: true, justMapped: tableOf(setup).id, labelCheck: await loadLabelCheck() });
    if (!failed(planned)) setStage({ kind: "preview", setup, refresh: planned.value });
  };

  const preview = (setup: Extract<Stage, { kind: "setup" }>) => run("Planning…", () => planSetup(setup));

  /** After writing: the undo kept, the workbook redrawn, and the first changed cell selected (and so scrolled to). */
  const afterWrite = async (refresh: PlannedRefresh) => {
    setUndo(refresh.undo);
    onWorkbookChanged?.();
    const first = refresh.plan.changes.reduce<RefreshPlan["plan"]["changes"][number] | null>(
      // The history rows an Apply appends are not where the analyst looks first.
      (best, change) => (change.sheet !== HISTORY_SHEET && (best === null || change.row < best.row || (change.row === best.row && change.column < best.column)) ? change : best),
      null,
    );
    if (first) await workbook.select(first.sheet, first.row, first.column);
  };

  const apply = (refresh: PlannedRefresh) =>
    run("Writing…", async () => {
      if (failed(await applyRefresh(workbook, refresh))) return;
      setStage({ kind: "done", refresh, noChange: false });
      await afterWrite(refresh);
    });

  const refreshAll = () =>
    run("Refreshing every scorecard table…", async () => {
      setNotice(null);
      const read = await readRefreshInputs(workbook, { scope: "active" });
      if (failed(read)) return;
      const { stored, sheets, storedText } = read.value;
      // A workbook never set up is not written at once: its table is found and the plan shown first, from the
      // sheet just read.
      if (stored.tables.length === 0) {
        const setup = sheets[0] ? setupOf(stored, sheets[0]) : null;
        if (!setup) return;
        const planned = planFromInputs({ stored: settingsWithTable(setup), sheets, storedText }, { withUndo: true, justMapped: tableOf(setup).id, labelCheck: await loadLabelCheck() });
        if (!failed(planned)) setStage({ kind: "preview", setup, refresh: planned.value });
        return;
      }
      const result = await refreshFromInputs(workbook, read.value, { withUndo: true, labelCheck: await loadLabelCheck() });
      if (failed(result)) return;
      setStage({ kind: "done", refresh: result.value.refresh, noChange: result.value.noChange });
      // Columns found again elsewhere since set-up are said, each in a sentence of its own; the settings now say so too.
      if (result.value.refresh.moved.length > 0) setNotice(result.value.refresh.moved.map((line) => `${line}.`).join(" "));
      if (result.value.applied) await afterWrite(result.value.refresh);
    });

  const undoLast = (undo: Plan) =>
    run("Putting back what the last apply changed…", async () => {
      if (failed(await undoApply(workbook, undo))) return;
      setUndo(null);
      const parsed = parseSettings((await workbook.readContext()).settings);
      setStage(parsed.ok ? { kind: "start", stored: parsed.value } : null);
      // The history rows the apply recorded are said apart from the scorecard's own cells.
      let cells = 0;
      for (const change of undo.changes) if (change.sheet !== HISTORY_SHEET) cells++;
      const history = cells < undo.changes.length ? ", the rows it added to the history taken away" : "";
      setNotice(`Undone: ${cells.toLocaleString("en-GB")} cell${cells === 1 ? "" : "s"} put back as they were${undo.removeFills ? ", their colour rules taken away" : ""}${history}, and the settings restored.`);
      onWorkbookChanged?.();
    });

  const keepCopyAndStartAfresh = (raw: string) =>
    run("Keeping a copy of the unreadable settings…", async () => {
      const plan = planKeepUnreadableSettings(raw, await workbook.sheetNames());
      await writePlan(workbook, plan);
      setStage({ kind: "start", stored: EMPTY_SETTINGS });
      onWorkbookChanged?.();
    });

  const select = (sheet: string, row: number, column: number) => {
    workbook.select(sheet, row, column).catch((caught: unknown) => setFailure(failureOf(caught, "Selecting the cell")));
  };

  return { stage, setStage, undo, notice, ribbon, busy, error, find, preview, apply, refreshAll, undoLast, keepCopyAndStartAfresh, select };
}
