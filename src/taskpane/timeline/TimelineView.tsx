/** The timeline tab: slippage against baselines, and recording new baselines. */
import { Body1, Button, Caption1, Card, CardHeader, Field, Input, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, CalendarLtrRegular, SaveRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState, type ComponentType } from "react";
import { parseRange } from "../../engine/sheet/address";
import type { Finding } from "../../engine/core/findings";
import { readDate } from "../../engine/dates/dateInput";
import { describeSerial, shortDateOf, todaySerial } from "../../engine/dates/serial";
import { statedReportDate } from "../../engine/sheet/reportDate";
import { analyseTimeline, BASELINES_SHEET, detectMilestoneTable, planNewMilestoneSheet, planRecordBaseline, readVersions, unchangedSinceLastRecord, type MilestoneTable, type TimelineAnalysis } from "../../engine/timeline/timeline";
import type { SheetData, WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { failureOf, useTask } from "../useTask";
import type { TimelineGanttProps } from "./TimelineGantt";
import { writePlan } from "../../app/writePlan";
import { StagesCard, TimelineChecks } from "./StagesCard";

const LazyGantt = lazy(() => import(/* webpackChunkName: "charts" */ "./TimelineGantt"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

interface Loaded {
  readonly sheet: SheetData;
  readonly table: MilestoneTable;
  readonly versionsSheet: SheetData | null;
  readonly analysis: TimelineAnalysis;
}

export interface TimelineViewProps {
  readonly workbook: WorkbookAdapter;
  readonly onWorkbookChanged?: () => void;
  /** The chart; lazily loaded by default, replaceable in tests. */
  readonly Gantt?: ComponentType<TimelineGanttProps>;
}

/** Slippage of every stage against its baseline and the recorded versions, drawn as a Gantt chart. */
export function TimelineView({ workbook, onWorkbookChanged, Gantt = LazyGantt }: TimelineViewProps) {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const { busy, error, setFailure, run } = useTask();
  const [reportDate, setReportDate] = useState(() => todaySerial());
  const [reportDateText, setReportDateText] = useState(() => shortDateOf(todaySerial()));
  const [reportDateError, setReportDateError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = async () => {
    const context = await workbook.readContext();
    const names = context.sheetNames.includes(BASELINES_SHEET) && context.activeSheet !== BASELINES_SHEET ? [context.activeSheet, BASELINES_SHEET] : [context.activeSheet];
    const [sheet, versionsSheet = null] = await workbook.readSheets(names);
    const table = detectMilestoneTable(sheet);
    if (!table) throw new Error(`No milestone table was found on "${sheet.name}": it needs Milestone, Baseline and Forecast columns.`);
    setLoaded({ sheet, table, versionsSheet, analysis: analyseTimeline(sheet, table, readVersions(versionsSheet)) });
    // The sheet's own report date, as Funding reads it; today only where the sheet states none.
    const stated = statedReportDate(sheet, table.headerRow);
    if (stated !== null) {
      setReportDate(stated);
      setReportDateText(shortDateOf(stated));
      setReportDateError(null);
    }
  };

  const record = (current: Loaded) =>
    run("Recording the baseline…", async () => {
      if (unchangedSinceLastRecord(current.analysis)) {
        setNotice("Nothing recorded: every stage's forecast is as last recorded.");
        return;
      }
      const plan = planRecordBaseline(current.analysis, current.versionsSheet, reportDate);
      await writePlan(workbook, plan);
      const stages = current.analysis.milestones.filter((m) => m.forecast).length;
      setNotice(`Recorded ${stages} stage${stages === 1 ? "" : "s"} as at ${describeSerial(reportDate)} on "${BASELINES_SHEET}".`);
      onWorkbookChanged?.();
      await load();
    });

  const create = () =>
    run("Creating a milestone sheet…", async () => {
      const plan = planNewMilestoneSheet(await workbook.sheetNames());
      await writePlan(workbook, plan);
      onWorkbookChanged?.();
      await workbook.select(plan.createSheets?.[0] ?? "", 1, 0);
    });

  const select = (finding: Finding) => {
    const cell = loaded && parseRange(finding.cell, loaded.table.sheet);
    if (!cell) return;
    workbook.select(cell.sheet, cell.top, cell.left).catch((caught: unknown) => setFailure(failureOf(caught, "Selecting the cell")));
  };

  return (
    <section className={styles.root} aria-label="Timeline">
      <Card>
        <CardHeader header={<Body1 as="h2"><b>Programme timeline</b></Body1>} description={<Caption1>Slippage against the baseline and every recorded version.</Caption1>} />
        <div className={styles.actions}>
          <Button icon={<CalendarLtrRegular />} onClick={() => run("Reading the milestones…", load)} disabled={busy !== null}>
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
        <Field label="Report date" validationMessage={reportDateError ?? undefined} hint="Day first, e.g. 23/06/2025 or 23 June 2025">
          <Input
            value={reportDateText}
            onChange={(_, data) => setReportDateText(data.value)}
            onBlur={() => {
              const read = readDate(reportDateText, "report date", "start");
              if (read.ok) {
                setReportDate(read.value);
                setReportDateText(shortDateOf(read.value));
                setReportDateError(null);
              } else setReportDateError(read.error.message);
            }}
          />
        </Field>
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
