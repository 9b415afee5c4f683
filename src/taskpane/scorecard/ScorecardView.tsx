/** The scorecard tab: the set-up wizard and the one-click refresh. */
import { Body1, Button, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, ArrowUndoRegular, SearchRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useEffect, useState } from "react";
import { applyRefresh, planWorkbookRefresh, refreshWorkbook, undoApply, type PlannedRefresh } from "../../app/refreshWorkbook";
import { lastRibbonRefresh, onRibbonRefresh, type RibbonRefreshStatus } from "../../app/ribbonStatus";
import { detectTables } from "../../engine/scorecard/detect";
import type { DetectedTable, TableMapping } from "../../engine/sheet/table";
import type { RefreshPlan } from "../../engine/scorecard/refresh";
import { buildTableSettings, defaultTableSettings, EMPTY_SETTINGS, parseSettings, planKeepUnreadableSettings, rulesFormFor, type RulesForm, type StoredSettings, type TableSettings } from "../../engine/scorecard/settings";
import { summarise } from "../../engine/scorecard/summary";
import type { Plan, SheetData, WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { FAILURE_TITLES } from "../../engine/sheet/workbookErrors";
import { failureOf, useTask } from "../useTask";
import { PlanPreview } from "./PlanPreview";
import { SummaryCard } from "./SummaryCard";
import { writePlan } from "../../app/writePlan";

const LazySetupCards = lazy(() => import(/* webpackChunkName: "setup" */ "./SetupCards"));

type Stage =
  | { readonly kind: "start"; readonly stored: StoredSettings }
  /** The stored settings do not read: nothing is written until the analyst chooses to keep a copy. */
  | { readonly kind: "unreadable"; readonly raw: string; readonly reason: string }
  | { readonly kind: "setup"; readonly stored: StoredSettings; readonly sheet: SheetData; readonly table: DetectedTable; readonly mapping: TableMapping; readonly form: RulesForm }
  | { readonly kind: "preview"; readonly setup: Extract<Stage, { kind: "setup" }>; readonly refresh: PlannedRefresh }
  | { readonly kind: "done"; readonly refresh: RefreshPlan; readonly noChange: boolean };

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface ScorecardViewProps {
  readonly workbook: WorkbookAdapter;
  /** Called after the workbook has been written, so a preview can redraw it. */
  readonly onWorkbookChanged?: () => void;
}


/** Merges the wizard's table into the stored settings, keeping other tables and the colours already added. */
function withTable(stored: StoredSettings, table: TableSettings): StoredSettings {
  const existing = stored.tables.find((t) => t.id === table.id);
  const fillsApplied = existing !== undefined && existing.fillsApplied && existing.rules.outputs.rag === table.rules.outputs.rag;
  return { ...stored, tables: [...stored.tables.filter((t) => t.id !== table.id), { ...table, fillsApplied }] };
}

/** Find → map → rules → preview → apply, and the one-click refresh of everything already set up. */
export function ScorecardView({ workbook, onWorkbookChanged }: ScorecardViewProps) {
  const styles = useStyles();
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

  /** Finds the table on the active sheet and its default rules: the wizard's first step. */
  const setUp = async (): Promise<Extract<Stage, { kind: "setup" }> | null> => {
    const context = await workbook.readContext();
    // The settings are read again here, so a table set up is added to what is stored now, and unreadable
    // settings stop Find before anything can overwrite them.
    const parsed = parseSettings(context.settings);
    if (!parsed.ok) {
      setStage({ kind: "unreadable", raw: context.settings ?? "", reason: parsed.error.message });
      return null;
    }
    const sheet = await workbook.readSheet(context.activeSheet);
    const [table] = detectTables(sheet);
    if (!table) {
      setError(`No scorecard table was found on "${sheet.name}": it needs a header row with a measure column and period, year-to-date or target columns.`);
      return null;
    }
    return { kind: "setup", stored: parsed.value, sheet, table, mapping: table.mapping, form: rulesFormFor(defaultTableSettings(sheet, table)) };
  };

  const find = () =>
    run("Looking for a scorecard on this sheet…", async () => {
      setNotice(null);
      const setup = await setUp();
      if (setup) setStage(setup);
    });

  const planSetup = async (setup: Extract<Stage, { kind: "setup" }>) => {
    const table = buildTableSettings(setup.sheet, setup.table, setup.mapping, setup.form);
    const planned = await planWorkbookRefresh(workbook, { scope: "active", settings: withTable(setup.stored, table), withUndo: true });
    if (!planned.ok) setError(planned.error.message, FAILURE_TITLES[planned.failure]);
    else setStage({ kind: "preview", setup, refresh: planned.value });
  };

  const preview = (setup: Extract<Stage, { kind: "setup" }>) => run("Planning…", () => planSetup(setup));

  /** After writing, the analyst sees the result: the first changed cell is selected (and so scrolled to). */
  const showFirstChange = async (refresh: RefreshPlan) => {
    const first = refresh.plan.changes.reduce<RefreshPlan["plan"]["changes"][number] | null>(
      (best, change) => (best === null || change.row < best.row || (change.row === best.row && change.column < best.column) ? change : best),
      null,
    );
    if (first) await workbook.select(first.sheet, first.row, first.column);
  };

  const apply = (refresh: PlannedRefresh) =>
    run("Writing…", async () => {
      const applied = await applyRefresh(workbook, refresh);
      if (!applied.ok) {
        setError(applied.error.message, FAILURE_TITLES[applied.failure]);
        return;
      }
      setUndo(refresh.undo);
      setStage({ kind: "done", refresh, noChange: false });
      onWorkbookChanged?.();
      await showFirstChange(refresh);
    });

  const refreshAll = () =>
    run("Refreshing every scorecard table…", async () => {
      setNotice(null);
      // A workbook never set up is not written at once: its table is found and the plan shown first.
      const stored = parseSettings((await workbook.readContext()).settings);
      if (stored.ok && stored.value.tables.length === 0) {
        const setup = await setUp();
        if (setup) await planSetup(setup);
        return;
      }
      const result = await refreshWorkbook(workbook, { scope: "active", withUndo: true });
      if (!result.ok) {
        setError(result.error.message, FAILURE_TITLES[result.failure]);
        return;
      }
      setStage({ kind: "done", refresh: result.value.refresh, noChange: result.value.noChange });
      if (result.value.applied) {
        setUndo(result.value.refresh.undo);
        onWorkbookChanged?.();
        await showFirstChange(result.value.refresh);
      }
    });

  const undoLast = (undo: Plan) =>
    run("Putting back what the last apply changed…", async () => {
      const undone = await undoApply(workbook, undo);
      if (!undone.ok) {
        setError(undone.error.message, FAILURE_TITLES[undone.failure]);
        return;
      }
      setUndo(null);
      const parsed = parseSettings((await workbook.readContext()).settings);
      setStage(parsed.ok ? { kind: "start", stored: parsed.value } : null);
      setNotice(`Undone: ${undo.changes.length.toLocaleString("en-GB")} cell${undo.changes.length === 1 ? "" : "s"} put back as they were${undo.removeFills ? ", their colour rules taken away" : ""}, and the settings restored.`);
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

  return (
    <section className={styles.root} aria-label="Scorecard">
      <Card>
        <CardHeader header={<Body1 as="h2"><b>Scorecard ratings</b></Body1>} description={<Caption1>RAG, direction of travel and benchmarks, explained for every measure.</Caption1>} />
        <div className={styles.actions}>
          <Button icon={<SearchRegular />} onClick={find} disabled={busy !== null || stage?.kind === "unreadable"}>
            Find scorecard on this sheet
          </Button>
          <Button appearance="primary" icon={<ArrowSyncRegular />} onClick={refreshAll} disabled={busy !== null || stage?.kind === "unreadable"}>
            Refresh scorecards
          </Button>
          {undo && (
            <Button icon={<ArrowUndoRegular />} onClick={() => undoLast(undo)} disabled={busy !== null}>
              Undo last apply
            </Button>
          )}
        </div>
        {stage?.kind === "start" && (
          <Caption1>
            {stage.stored.tables.length === 0
              ? "No scorecard is set up in this workbook yet. Refresh finds one with the default rules and shows what it would write; Find lets you check the columns first."
              : `Set up: ${stage.stored.tables.map((t) => `"${t.sheet}" (header row ${t.headerRow + 1})`).join(", ")}.`}
          </Caption1>
        )}
      </Card>
      {ribbon && (
        <MessageBar intent={ribbon.ok ? "success" : "error"}>
          <MessageBarBody>
            Refresh scorecards (ribbon, {new Date(ribbon.at).toLocaleTimeString("en-GB")}): {ribbon.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {stage?.kind === "unreadable" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The scorecard settings stored in this workbook (very hidden sheet &quot;ScorecardSettings&quot;, column A) cannot be read: {stage.reason} Nothing
            has been changed. Keep a copy of them on a visible sheet and start afresh, or close the pane and ask whoever set the workbook up.
          </MessageBarBody>
          <Button onClick={() => keepCopyAndStartAfresh(stage.raw)} disabled={busy !== null}>
            Keep a copy and start afresh
          </Button>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="small" label={busy} />}
      {error && <ErrorNote title={error.title} message={error.message} />}
      {stage?.kind === "setup" && (
        <>
          <Suspense fallback={<Spinner size="small" label="Loading the set-up…" />}>
            <LazySetupCards
              sheet={stage.sheet}
              headerRow={stage.table.headerRow}
              mapping={stage.mapping}
              form={stage.form}
              onMapping={(mapping) => setStage({ ...stage, mapping })}
              onForm={(form) => setStage({ ...stage, form })}
            />
          </Suspense>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => preview(stage)} disabled={busy !== null}>
              Preview
            </Button>
          </div>
        </>
      )}
      {stage?.kind === "preview" && (
        <PlanPreview refresh={stage.refresh} busy={busy !== null} onApply={() => apply(stage.refresh)} onBack={() => setStage(stage.setup)} />
      )}
      {stage?.kind === "done" && (
        <SummaryCard summary={summarise(stage.refresh.tables)} log={stage.refresh.settings.log} noChange={stage.noChange} onSelect={select} />
      )}
    </section>
  );
}
