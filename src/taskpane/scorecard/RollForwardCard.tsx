/**
 * "Start next quarter" and "Start next financial year": each a small wizard (choices, a preview of what will
 * change, Apply) with an Undo afterwards, like the scorecard's own. Only draws what src/app/rollForward.ts plans.
 */
import { Body1, Button, Caption1, Card, CardHeader, Checkbox, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, CalendarArrowRightRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { applyNextQuarter, applyNextYear, planNextQuarter, planNextYear, undoRoll, type PlannedQuarterRoll, type PlannedYearRoll, type RollUndo } from "../../app/rollForward";
import { periodName } from "../../engine/scorecard/reportingPeriod";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { CardTitle } from "../components/CardTitle";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalXS },
});

type Step =
  | { readonly kind: "year-choices" }
  | { readonly kind: "year-preview"; readonly planned: PlannedYearRoll; readonly keepTargets: boolean; readonly keepComments: boolean }
  | { readonly kind: "quarter-preview"; readonly planned: PlannedQuarterRoll };

export interface RollForwardCardProps {
  readonly workbook: WorkbookAdapter;
  readonly onWorkbookChanged?: () => void;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function RollForwardCard({ workbook, onWorkbookChanged }: RollForwardCardProps) {
  const styles = useStyles();
  const [step, setStep] = useState<Step | null>(null);
  const [keepTargets, setKeepTargets] = useState(true);
  const [keepComments, setKeepComments] = useState(true);
  const [done, setDone] = useState<{ readonly message: string; readonly undo: RollUndo } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, setError, run } = useTask();

  const previewQuarter = () =>
    run("Planning the next quarter…", async () => {
      setNotice(null);
      const planned = await planNextQuarter(workbook);
      if (!planned.ok) return setError(planned.error.message);
      setStep({ kind: "quarter-preview", planned: planned.value });
    });

  const previewYear = () =>
    run("Planning the next financial year…", async () => {
      setNotice(null);
      const planned = await planNextYear(workbook, { keepTargets, keepComments });
      if (!planned.ok) return setError(planned.error.message);
      setStep({ kind: "year-preview", planned: planned.value, keepTargets, keepComments });
    });

  const apply = (current: Step) =>
    run("Writing…", async () => {
      if (current.kind === "year-preview") {
        await applyNextYear(workbook, current.planned);
        const { roll } = current.planned;
        setDone({ message: `Started ${periodName(roll.to).slice(3)} on the new sheet "${roll.sheet}". "${roll.source}" is as it was.`, undo: current.planned.undo });
        await workbook.select(roll.sheet, 0, 0);
      } else if (current.kind === "quarter-preview") {
        await applyNextQuarter(workbook, current.planned);
        const { roll } = current.planned;
        setDone({ message: `"${roll.sheet}" now reports ${periodName(roll.to)}.`, undo: current.planned.undo });
      }
      setStep(null);
      onWorkbookChanged?.();
    });

  const undo = (last: RollUndo) =>
    run("Putting back what the roll forward changed…", async () => {
      await undoRoll(workbook, last);
      setDone(null);
      setNotice(last.removeSheet ? `Undone: the sheet "${last.removeSheet}" was taken away and the settings restored.` : "Undone: the report date, the history rows and the settings are as they were.");
      onWorkbookChanged?.();
    });

  return (
    <Card>
      <CardHeader header={<CardTitle>Roll forward</CardTitle>} description={<Caption1>Start the next quarter, or a new sheet for the next financial year. You see what changes before anything is written.</Caption1>} />
      <div className={styles.actions}>
        <Button icon={<CalendarArrowRightRegular />} onClick={previewQuarter} disabled={busy !== null}>
          Start next quarter
        </Button>
        <Button icon={<CalendarArrowRightRegular />} onClick={() => setStep({ kind: "year-choices" })} disabled={busy !== null}>
          Start next financial year
        </Button>
        {done && (
          <Button icon={<ArrowUndoRegular />} onClick={() => undo(done.undo)} disabled={busy !== null}>
            Undo roll forward
          </Button>
        )}
      </div>
      {busy && <Spinner size="small" label={busy} />}
      {error && <ErrorNote title={error.title} message={error.message} />}
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done.message}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {step?.kind === "year-choices" && (
        <>
          <Body1>The new year&apos;s sheet is a copy of this one. The quarters, the year to date and the ratings are cleared; last year&apos;s year to date becomes the year-end outturn.</Body1>
          <Checkbox label="Keep the targets" checked={keepTargets} onChange={(_, data) => setKeepTargets(data.checked === true)} />
          <Checkbox label="Keep the comments" checked={keepComments} onChange={(_, data) => setKeepComments(data.checked === true)} />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={previewYear} disabled={busy !== null}>
              Preview the new year
            </Button>
            <Button onClick={() => setStep(null)}>Cancel</Button>
          </div>
        </>
      )}
      {step?.kind === "year-preview" && (
        <>
          <Body1>
            <b>{`A new sheet "${step.planned.roll.sheet}" for ${periodName(step.planned.roll.to).slice(3)}`}</b>, a copy of &quot;{step.planned.roll.source}&quot;, which is left as it is.
          </Body1>
          <ul className={styles.list} aria-label="Headers renamed">
            {step.planned.roll.headers.map((h) => (
              <li key={h.cell}>
                {h.cell}: {h.from} → {h.to}
              </li>
            ))}
          </ul>
          <Caption1>
            {`${count(step.planned.roll.outturns, "year-to-date figure")} become the year-end outturn; ${count(step.planned.roll.cleared, "cell")} cleared; targets ${step.keepTargets ? "kept" : "cleared"}, comments ${step.keepComments ? "kept" : "cleared"}.`}
          </Caption1>
          <Notes notes={step.planned.roll.notes} />
          <Actions busy={busy !== null} onApply={() => apply(step)} onBack={() => setStep({ kind: "year-choices" })} />
        </>
      )}
      {step?.kind === "quarter-preview" && (
        <>
          <Body1>
            <b>{`${periodName(step.planned.roll.from)} → ${periodName(step.planned.roll.to)}`}</b> on &quot;{step.planned.roll.sheet}&quot;.
          </Body1>
          <ul className={styles.list} aria-label="What changes">
            {step.planned.roll.reportDate && <li>{`Report date (${step.planned.roll.reportDate.cell}): ${step.planned.roll.reportDate.from} → ${step.planned.roll.reportDate.to}`}</li>}
            <li>
              {step.planned.roll.rated === 0
                ? "The sheet has no ratings yet to keep."
                : step.planned.roll.recorded > 0
                  ? `${count(step.planned.roll.recorded, "rating")} kept in "Scorecard history" as ${periodName(step.planned.roll.from)}'s, for "worse than last time".`
                  : `${periodName(step.planned.roll.from)}'s ratings are already in "Scorecard history".`}
            </li>
          </ul>
          <Notes notes={step.planned.roll.notes} />
          <Actions busy={busy !== null} onApply={() => apply(step)} onBack={() => setStep(null)} />
        </>
      )}
    </Card>
  );
}

function Notes({ notes }: { readonly notes: readonly string[] }) {
  return (
    <>
      {notes.map((note) => (
        <Caption1 key={note}>{note}</Caption1>
      ))}
    </>
  );
}

function Actions({ busy, onApply, onBack }: { readonly busy: boolean; readonly onApply: () => void; readonly onBack: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" onClick={onApply} disabled={busy}>
        Apply
      </Button>
      <Button onClick={onBack} disabled={busy}>
        Back
      </Button>
    </div>
  );
}
