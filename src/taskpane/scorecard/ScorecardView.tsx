/** The scorecard tab: the set-up wizard, the one-click refresh and its undo, as the analyst sees them. */
import { Button, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, ArrowUndoRegular, SearchRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState } from "react";
import { summarise } from "../../engine/scorecard/summary";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { PlanPreview } from "./PlanPreview";
import { SummaryCard } from "./SummaryCard";
import { useScorecard } from "./useScorecard";
import { CardTitle } from "../components/CardTitle";
// Rolling forward and the history are used once a quarter: their code loads with them, not with the first screen.
const LazyRollForwardCard = lazy(() => import(/* webpackChunkName: "quarter" */ "./RollForwardCard").then((m) => ({ default: m.RollForwardCard })));
const LazyHistoryCard = lazy(() => import(/* webpackChunkName: "quarter" */ "./HistoryCard").then((m) => ({ default: m.HistoryCard })));

const LazySetupCards = lazy(() => import(/* webpackChunkName: "setup" */ "./SetupCards"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

export interface ScorecardViewProps {
  readonly workbook: WorkbookAdapter;
  /** Called after the workbook has been written, so a preview can redraw it. */
  readonly onWorkbookChanged?: () => void;
}

/** Find → map → rules → preview → apply, and the one-click refresh of everything already set up. */
export function ScorecardView({ workbook, onWorkbookChanged }: ScorecardViewProps) {
  const styles = useStyles();
  // Bumped after every write, so the history card reads the history sheet again.
  const [writes, setWrites] = useState(0);
  const changed = () => {
    setWrites((n) => n + 1);
    onWorkbookChanged?.();
  };
  const { stage, setStage, undo, notice, ribbon, busy, error, find, preview, apply, refreshAll, undoLast, keepCopyAndStartAfresh, select } = useScorecard(workbook, changed);
  return (
    <section className={styles.root} aria-label="Scorecard">
      <Card>
        <CardHeader header={<CardTitle>Scorecard ratings</CardTitle>} description={<Caption1>RAG, direction of travel and benchmarks, explained for every measure.</Caption1>} />
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
        <MessageBar intent={ribbon.ok ? "success" : ribbon.notSetUp ? "info" : "error"}>
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
              kinds={stage.kinds}
              onKinds={(kinds) => setStage({ ...stage, kinds })}
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
        <SummaryCard summary={summarise(stage.refresh.tables, stage.refresh.lastTime)} log={stage.refresh.settings.log} noChange={stage.noChange} onSelect={select} />
      )}
      <Suspense fallback={null}>
        {stage?.kind !== "unreadable" && <LazyRollForwardCard workbook={workbook} onWorkbookChanged={changed} />}
        <LazyHistoryCard workbook={workbook} version={writes} />
      </Suspense>
    </section>
  );
}
