/** The timeline tab: slippage against baselines, and recording new baselines. */
import { Button, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, CalendarLtrRegular, SaveRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState, type ComponentType } from "react";
import { parseRange } from "../../engine/sheet/address";
import type { Finding } from "../../engine/core/findings";
import { describeSerial, todaySerial } from "../../engine/dates/serial";
import { BASELINES_SHEET } from "../../engine/timeline/timeline";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { createMilestoneSheet, loadTimeline, recordBaseline, withColumns, type LoadedTimeline } from "../../app/timelineBaselines";
import { keepTimelineColumns } from "../../app/keepColumns";
import { columnsOfMapping, withRole, withVersion } from "../../engine/timeline/chooseColumns";
import { milestoneTableWith, type TimelineColumns, type TimelineRole } from "../../engine/timeline/milestoneTable";
import { KeepColumns } from "../funding/KeepColumns";
import { TimelineColumnsCard } from "./TimelineColumnsCard";
import { ReportDateField } from "../components/ReportDateField";
import { ErrorNote } from "../components/ErrorNote";
import { failureOf, useTask } from "../useTask";
import { useKeptColumns } from "../useKeptColumns";
import type { TimelineGanttProps } from "./TimelineGantt";
import { StagesCard, TimelineChecks } from "./StagesCard";
import { CardTitle } from "../components/CardTitle";

const LazyGantt = lazy(() => import(/* webpackChunkName: "charts" */ "./TimelineGantt"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

export interface TimelineViewProps {
  readonly workbook: WorkbookAdapter;
  readonly onWorkbookChanged?: () => void;
  /** The chart; lazily loaded by default, replaceable in tests. */
  readonly Gantt?: ComponentType<TimelineGanttProps>;
}

/** Slippage of every stage against its baseline and the recorded versions, drawn as a Gantt chart. */
export function TimelineView({ workbook, onWorkbookChanged, Gantt = LazyGantt }: TimelineViewProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<LoadedTimeline | null>(null);
  const { busy, error, setError, setFailure, run } = useTask();
  const [reportDate, setReportDate] = useState(() => todaySerial());
  const [notice, setNotice] = useState<string | null>(null);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const { changed, setChanged, done, setDone, canUndo, keep: keepColumns, undoKeep, forget } = useKeptColumns({ workbook, run, setError, onWorkbookChanged, readAgain: () => load() });

  /** Reads the timeline; `corrected`: columns chosen on the card and not kept, read with again where they still read. */
  const load = async (corrected?: { headerRow: number; columns: TimelineColumns }) => {
    const timeline = await loadTimeline(workbook);
    setChanged(false);
    setMappingError(null);
    // No table here: the last one's stages go, so nothing on screen is from another sheet.
    if (!timeline.ok) {
      setLoaded(null);
      return setError(timeline.error.message, "No milestone table on this sheet");
    }
    const again = corrected && milestoneTableWith(timeline.value.sheet, corrected.headerRow, corrected.columns);
    setLoaded(again?.ok ? withColumns(timeline.value, again.value) : timeline.value);
    setChanged(again?.ok === true);
    // The sheet's own report date, as Funding reads it; today only where the sheet states none.
    if (timeline.value.reportDate !== null) setReportDate(timeline.value.reportDate);
  };

  /** Columns chosen on the card: the timeline read and its slips worked out again with them, or why it cannot be. */
  const choose = (change: (columns: TimelineColumns) => TimelineColumns) => {
    if (!loaded) return;
    const table = milestoneTableWith(loaded.sheet, loaded.table.headerRow, change(columnsOfMapping(loaded.table.mapping)));
    setMappingError(table.ok ? null : table.error.message);
    if (table.ok) setLoaded(withColumns(loaded, table.value));
    setChanged(table.ok);
    setDone(null);
  };

  /** The corrected columns stored in the workbook, through a plan, with its undo. */
  const keep = (current: LoadedTimeline) =>
    keepColumns({
      sheet: current.sheet.name,
      store: () => keepTimelineColumns(workbook, current.sheet, current.table),
      kept: () => setLoaded({ ...current, stored: true }),
    });

  const find = () =>
    run("Reading the milestones…", async () => {
      forget();
      await load();
    });

  const record = (current: LoadedTimeline) =>
    run("Recording the baseline…", async () => {
      const { recorded } = await recordBaseline(workbook, current, reportDate);
      if (recorded === 0) {
        setNotice("Nothing recorded: every stage's forecast is as last recorded.");
        return;
      }
      setNotice(`Recorded ${recorded} stage${recorded === 1 ? "" : "s"} as at ${describeSerial(reportDate)} on "${BASELINES_SHEET}".`);
      onWorkbookChanged?.();
      // Columns corrected and not yet kept stay as chosen: recording wrote only the baselines sheet.
      await load(changed ? { headerRow: current.table.headerRow, columns: columnsOfMapping(current.table.mapping) } : undefined);
    });

  const create = () =>
    run("Creating a milestone sheet…", async () => {
      await createMilestoneSheet(workbook);
      setLoaded(null);
      setNotice(null);
      onWorkbookChanged?.();
    });

  const select = (finding: Finding) => {
    const cell = loaded && parseRange(finding.cell, loaded.table.sheet);
    if (!cell) return;
    workbook.select(cell.sheet, cell.top, cell.left).catch((caught: unknown) => setFailure(failureOf(caught, "Selecting the cell")));
  };

  return (
    <section className={styles.root} aria-label="Timeline">
      <Card>
        <CardHeader header={<CardTitle>Programme timeline</CardTitle>} description={<Caption1>Slippage against the baseline and every recorded version.</Caption1>} />
        <div className={styles.actions}>
          <Button icon={<CalendarLtrRegular />} onClick={find} disabled={busy !== null}>
            Find milestone table on this sheet
          </Button>
          {loaded && (
            <Button icon={<SaveRegular />} onClick={() => record(loaded)} disabled={busy !== null}>
              Record baseline
            </Button>
          )}
          <Button icon={<AddRegular />} onClick={create} disabled={busy !== null}>
            Create a milestone sheet
          </Button>
        </div>
        <ReportDateField date={reportDate} onChange={setReportDate} />
      </Card>
      {busy && <Spinner size="small" label={busy} />}
      {error && <ErrorNote title={error.title} message={error.message} />}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {loaded && (
        <>
          <TimelineColumnsCard
            sheet={loaded.sheet}
            table={loaded.table}
            onRole={(role: TimelineRole, column) => choose((columns) => withRole(columns, role, column))}
            onVersion={(index, column) => choose((columns) => withVersion(columns, index, column))}
            error={mappingError}
          />
          <KeepColumns changed={changed} stored={loaded.stored === true} done={done} canUndo={canUndo} busy={busy !== null} onKeep={() => keep(loaded)} onUndo={undoKeep} />
          <StagesCard milestones={loaded.analysis.milestones} />
          <TimelineChecks findings={loaded.analysis.findings} onSelect={select} />
          <Card>
            <Suspense fallback={<Spinner size="tiny" label="Loading the chart…" />}>
              <Gantt milestones={loaded.analysis.milestones} reportDate={reportDate} />
            </Suspense>
          </Card>
        </>
      )}
    </section>
  );
}
