/** The scorecard wizard's preview of a refresh, before anything is written. */
import { Body1, Button, Caption1, Card, CardHeader, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { formulasOverwritten, overwrittenFormulasNote, type RefreshPlan } from "../../engine/scorecard/refresh";
import { countRatings } from "../../engine/scorecard/summary";
import { mergedRatingCells, mergedRatingCellsNote } from "../../engine/scorecard/mergedRatingCells";
import { RatingBadge } from "./RatingBadge";
import { CardTitle } from "../components/CardTitle";

const SHOWN_CHANGES = 40;
/** A council's scorecard has a few hundred measures at most; a longer table shows its first ones and counts the rest. */
const SHOWN_MEASURES = 300;

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalXS, maxHeight: "320px", overflowY: "auto" },
  measure: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
  // A formula has no spaces to break at: it wraps anywhere rather than running out of the pane.
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  wrap: { overflowWrap: "anywhere" },
});

export interface PlanPreviewProps {
  readonly refresh: RefreshPlan;
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onBack: () => void;
}

/** What a refresh will do, before anything is written: counts, each rating with its reason, and the cell changes. */
export function PlanPreview({ refresh, busy, onApply, onBack }: PlanPreviewProps) {
  const styles = useStyles();
  // Counts only: the highlights and the data checks are for the summary once applied.
  const counts = countRatings(refresh.tables);
  const described = refresh.tables.flatMap((t) => t.described);
  const outcomes = refresh.tables.flatMap((t) => t.outcomes);
  const overwritten = overwrittenFormulasNote(formulasOverwritten(refresh.tables), false, (them) => `. Applying writes over ${them}; Undo last apply puts ${them} back.`);
  const merged = mergedRatingCells(refresh.tables);
  const mergedNote = mergedRatingCellsNote(merged);
  return (
    <Card>
      <CardHeader header={<CardTitle>Preview</CardTitle>} description={<Caption1>Nothing has been written yet.</Caption1>} />
      <div className={styles.counts} aria-label="Ratings">
        {(["Green", "Amber", "Red", "Not rated"] as const).map((rating) => (
          <span key={rating}>
            <RatingBadge rating={rating} /> {counts[rating]}
          </span>
        ))}
      </div>
      <Body1>
        {described.length === 0 ? "No cells will change." : `${described.length.toLocaleString("en-GB")} cells will change.`}
      </Body1>
      {refresh.moved.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody className={styles.wrap}>
            {refresh.moved.map((line) => (
              <div key={line}>{line}. Applying stores where it is now.</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {overwritten && (
        <MessageBar intent="warning">
          <MessageBarBody className={styles.wrap}>{overwritten}</MessageBarBody>
        </MessageBar>
      )}
      {mergedNote && (
        <MessageBar intent="warning">
          <MessageBarBody className={styles.wrap}>
            {mergedNote}
            <ul aria-label="Rating cells inside merged cells">
              {merged.slice(0, SHOWN_CHANGES).map((cell) => (
                <li key={cell.cell}>{cell.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {described.length > 0 && (
        <ul className={styles.list} aria-label="Cell changes" tabIndex={0}>
          {described.slice(0, SHOWN_CHANGES).map((change) => (
            <li key={change.cell} className={styles.code}>
              {change.cell}: {change.from || "(blank)"} → {change.to || "(blank)"}
            </li>
          ))}
          {described.length > SHOWN_CHANGES && <li><Caption1>and {described.length - SHOWN_CHANGES} more</Caption1></li>}
        </ul>
      )}
      <ul className={styles.list} aria-label="Measures" tabIndex={0}>
        {outcomes.slice(0, SHOWN_MEASURES).map((o) => (
          <li key={o.row} className={styles.measure}>
            <RatingBadge rating={o.rating} />
            <div>
              <Body1>{o.measure}</Body1>
              <br />
              <Caption1>{o.explanation}</Caption1>
            </div>
          </li>
        ))}
        {outcomes.length > SHOWN_MEASURES && (
          <li>
            <Caption1>and {(outcomes.length - SHOWN_MEASURES).toLocaleString("en-GB")} more measures</Caption1>
          </li>
        )}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onApply} disabled={busy}>
          Apply to the workbook
        </Button>
        <Button onClick={onBack} disabled={busy}>
          Back
        </Button>
        {busy && <Spinner size="tiny" label={`Writing ${described.length.toLocaleString("en-GB")} cells…`} />}
      </div>
    </Card>
  );
}
