/** The timeline tab: slippage against baselines, and recording new baselines. */
import { Badge, Body1, Button, Caption1, Card, CardHeader, Field, Input, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, CalendarLtrRegular, SaveRegular } from "@fluentui/react-icons";
import { Suspense, lazy, useState, type ComponentType } from "react";
import { parseRange } from "../../engine/sheet/address";
import type { Finding } from "../../engine/core/findings";
import { readDate } from "../../engine/dates/dateInput";
import { describeSerial, shortDateOf, todaySerial } from "../../engine/dates/serial";
import { statedReportDate } from "../../engine/sheet/reportDate";
import { analyseTimeline, BASELINES_SHEET, detectMilestoneTable, planNewMilestoneSheet, planRecordBaseline, readVersions, unchangedSinceLastRecord, type MilestoneAnalysis, type MilestoneTable, type TimelineAnalysis } from "../../engine/timeline/timeline";
import type { SheetData, WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { failureOf, useTask } from "../useTask";
import type { TimelineGanttProps } from "./TimelineGantt";
import { writePlan } from "../../app/writePlan";
import { DEFAULT_SLIP_THRESHOLDS } from "../../engine/timeline/slippage";

const LazyGantt = lazy(() => import(/* webpackChunkName: "charts" */ "./TimelineGantt"));

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

const RATING_COLOUR = { Green: "success", Amber: "warning", Red: "danger", Complete: "informative" } as const;

const days = (n: number) => `${n > 0 ? "+" : ""}${n.toLocaleString("en-GB")} days`;

/** "1 April 2023 → 1 March 2026: +1,065 days (35 months)", or what is missing: no slip is claimed without both. */
function slipText(m: MilestoneAnalysis): string {
  if (m.baseline && m.forecast && m.slipDays !== null) {
    return `${describeSerial(m.baseline.start)} → ${describeSerial(m.forecast.start)}: ${days(m.slipDays)}${m.slipMonths !== null ? ` (${m.slipMonths} months)` : ""}`;
  }
  if (m.forecast) return `no baseline; forecast ${describeSerial(m.forecast.start)}`;
  return m.baseline ? `baseline ${describeSerial(m.baseline.start)}; no forecast` : "no baseline and no forecast";
}

/** How the forecast has moved since it was first recorded, and since the last record. */
function recordedText(m: MilestoneAnalysis): string {
  if (m.slipSinceOriginal === null) return "not yet recorded";
  const sinceFirst = m.slipSinceOriginal === 0 ? "unchanged since first recorded" : `${days(m.slipSinceOriginal)} since first recorded`;
  if (m.slipSincePrevious === null || m.slipSincePrevious === m.slipSinceOriginal) return sinceFirst;
  return `${sinceFirst}, ${m.slipSincePrevious === 0 ? "unchanged since the last record" : `${days(m.slipSincePrevious)} since the last record`}`;
}

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
          <Card>
            <CardHeader header={<Body1 as="h2"><b>Stages</b></Body1>} description={<Caption1>Slip = forecast start − baseline start; Green up to {DEFAULT_SLIP_THRESHOLDS.amberDays} days, Amber up to {DEFAULT_SLIP_THRESHOLDS.redDays}, Red beyond.</Caption1>} />
            <ul className={styles.list} aria-label="Stages">
              {loaded.analysis.milestones.map((m) => (
                <li key={m.row}>
                  {m.rating ? <Badge appearance="filled" color={RATING_COLOUR[m.rating]}>{m.rating}</Badge> : <Badge appearance="outline" color="informative">No baseline</Badge>}{" "}
                  <Body1>{m.milestone}</Body1>
                  <br />
                  <Caption1>
                    {slipText(m)}; {recordedText(m)}
                  </Caption1>
                </li>
              ))}
            </ul>
          </Card>
          {loaded.analysis.findings.length > 0 && (
            <Card>
              <CardHeader header={<Body1 as="h2"><b>Checks</b></Body1>} />
              <ul className={styles.list} aria-label="Timeline checks">
                {loaded.analysis.findings.map((f) => (
                  <li key={`${f.cell}-${f.message}`}>
                    <Badge appearance="outline" color={f.severity === "error" ? "danger" : "warning"}>{f.severity}</Badge> <Link onClick={() => select(f)}>{f.cell}</Link>: <Caption1>{f.message}</Caption1>
                  </li>
                ))}
              </ul>
            </Card>
          )}
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
