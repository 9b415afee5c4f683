/**
 * The Report tab: the committee report read from the workbook (nothing written), then the Word paper as a
 * download where the host allows one, and the "Committee summary" sheet: a preview of what it adds, Apply, Undo.
 */
import { Button, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, ArrowUndoRegular, CheckmarkRegular, DocumentSearchRegular, TableAddRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { addSummarySheet, loadCommitteeReport, type LoadedReport } from "../../app/committeeReport";
import { writePlan } from "../../app/writePlan";
import { HIGHLIGHT_HEADINGS } from "../../engine/report/model";
import { planSummarySheet } from "../../engine/report/summarySheet";
import type { HostSupport, PageLayoutSupport, Plan, WorkbookAdapter } from "../../engine/sheet/workbook";
import { CardTitle } from "../components/CardTitle";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import { paperFileName, saveInBrowser, type SaveFile } from "./saveFile";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ReportViewProps {
  readonly workbook: WorkbookAdapter;
  /** Whether this host can save a download (Excel desktop cannot, reliably). */
  readonly downloads: HostSupport;
  readonly onWorkbookChanged?: () => void;
  /** Saves the paper; the browser's download by default, replaceable in tests. */
  readonly save?: SaveFile;
}

interface SheetPreview {
  readonly plan: Plan;
  readonly rows: number;
  readonly layout: PageLayoutSupport;
}

export function ReportView({ workbook, downloads, onWorkbookChanged, save = saveInBrowser }: ReportViewProps) {
  const styles = useStyles();
  const { busy, error, run } = useTask();
  const [loaded, setLoaded] = useState<LoadedReport | null>(null);
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [undo, setUndo] = useState<Plan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const read = () =>
    run("Reading the workbook…", async () => {
      const result = await loadCommitteeReport(workbook);
      if (!result.ok) throw new Error(result.error.message);
      setLoaded(result.value);
      setPreview(null);
      setNotice(null);
    });

  const download = (current: LoadedReport) =>
    run("Writing the Word paper…", async () => {
      // The Word writer is loaded only when a paper is made: it is most of the tab's code.
      const { committeePaperBytes } = await import(/* webpackChunkName: "docx" */ "../../adapters/docx/committeePaper");
      const name = paperFileName(current.report.title);
      save(await committeePaperBytes(current.report), name);
      setNotice(`Saved "${name}": check it in Word before it goes to committee.`);
    });

  const previewSheet = (current: LoadedReport) =>
    run("Planning the sheet…", async () => {
      const context = await workbook.readContext();
      const plan = planSummarySheet(current.report, context.sheetNames);
      const rows = plan.changes.reduce((last, c) => Math.max(last, c.row + 1), 0);
      setPreview({ plan, rows, layout: await workbook.pageLayoutSupport() });
      setNotice(null);
    });

  const apply = (current: SheetPreview) =>
    run("Adding the sheet…", async () => {
      setUndo(await addSummarySheet(workbook, current.plan));
      setPreview(null);
      setNotice(`Added "${current.plan.createSheets?.[0]}". Use File > Save As > PDF (or Print) in Excel to make the paper from it.`);
      onWorkbookChanged?.();
    });

  const undoApply = (plan: Plan) =>
    run("Undoing…", async () => {
      await writePlan(workbook, plan);
      setUndo(null);
      setNotice(`Removed "${plan.deleteSheets?.[0]}".`);
      onWorkbookChanged?.();
    });

  const report = loaded?.report;
  return (
    <section className={styles.root} aria-label="Report">
      <Card>
        <CardHeader header={<CardTitle>Committee report</CardTitle>} description={<Caption1>The areas for highlighting, funding and timeline summaries, and the scorecard as an appendix.</Caption1>} />
        <div className={styles.actions}>
          <Button icon={<DocumentSearchRegular />} onClick={read} disabled={busy !== null}>
            Read the report from this workbook
          </Button>
        </div>
      </Card>
      {busy && <Spinner size="small" label={busy} />}
      {error && <ErrorNote title={error.title} message={error.message} />}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {loaded && report && (
        <Card>
          <CardHeader header={<CardTitle>{report.title}</CardTitle>} description={<Caption1>{[report.committee, report.reportDate].filter((t) => t !== "").join(", ") || "No committee or date is stated above the table."}</Caption1>} />
          <Caption1>
            Red {report.counts.Red}, Amber {report.counts.Amber}, Green {report.counts.Green}, not rated {report.counts["Not rated"]}.
            {report.funding ? ` Funding from "${report.funding.sheet}".` : " No funding tracker found."}
            {report.timeline ? ` Timeline from "${report.timeline.sheet}".` : " No milestone table found."}
          </Caption1>
          <ol className={styles.list} aria-label="Areas for highlighting">
            {report.highlights.slice(0, 50).map((h) => (
              <li key={h.cell + h.reason}>
                {HIGHLIGHT_HEADINGS[h.reason]}: {h.measure} — {h.sentences[0] ?? ""}
              </li>
            ))}
          </ol>
          {report.highlights.length > 50 && <Caption1>…and {report.highlights.length - 50} more in the paper.</Caption1>}
          <div className={styles.actions}>
            <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={() => download(loaded)} disabled={busy !== null || !downloads.supported}>
              Download committee report
            </Button>
            <Button icon={<TableAddRegular />} onClick={() => previewSheet(loaded)} disabled={busy !== null}>
              Preview Committee summary sheet
            </Button>
          </div>
          {!downloads.supported && (
            <MessageBar intent="info">
              <MessageBarBody>{downloads.reason}</MessageBarBody>
            </MessageBar>
          )}
        </Card>
      )}
      {preview && (
        <Card aria-label="Sheet preview">
          <CardHeader header={<CardTitle>Adds the sheet "{preview.plan.createSheets?.[0]}"</CardTitle>} />
          <Caption1>
            {preview.rows} rows: the highlights, then the funding and timeline summaries. Printed on A4 landscape, one page wide, its header row on every page, the committee and date in the header; text wraps. Nothing else in the workbook changes.
          </Caption1>
          {!preview.layout.supported && (
            <MessageBar intent="warning">
              <MessageBarBody>{preview.layout.reason}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => apply(preview)} disabled={busy !== null}>
              Apply
            </Button>
          </div>
        </Card>
      )}
      {undo && (
        <Button icon={<ArrowUndoRegular />} onClick={() => undoApply(undo)} disabled={busy !== null}>
          Undo: remove the Committee summary sheet
        </Button>
      )}
    </section>
  );
}
