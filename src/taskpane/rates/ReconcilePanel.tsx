/** Reconciling published rates with the populations they imply. */
import { Button, Caption1, Card, CardHeader, Checkbox, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { reconcileActiveSheet, type ReconciledPair } from "../../app/reconcile";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { ErrorNote } from "../components/ErrorNote";
import { useTask } from "../useTask";
import { CardTitle } from "../components/CardTitle";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalM },
  periods: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  flagged: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // One line with an ellipsis, never cut mid-word; the whole name shows on hover (title) and while focused.
  pair: { minWidth: 0, ":focus-within label": { whiteSpace: "normal" } },
  pairBox: { display: "flex", minWidth: 0, maxWidth: "100%" },
  pairLabel: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
});

interface Found {
  readonly pairs: readonly ReconciledPair[];
}

const pairName = (pair: ReconciledPair) => `Row ${pair.countRow + 1} → row ${pair.rateRow + 1}: ${pair.rateMeasure}`;

/** Pairs count rows with their rate rows (suggested by name, confirmed by the analyst) and checks the populations they imply. */
export function ReconcilePanel({ workbook }: { workbook: WorkbookAdapter }) {
  const styles = useStyles();
  const [found, setFound] = useState<Found | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(new Set());
  const { busy, error, setError, run } = useTask();

  const suggest = () =>
    run("Reading the scorecard…", async () => {
      const pairs = await reconcileActiveSheet(workbook);
      // No pairs here: the last sheet's go, and the title says what was (not) found.
      if (!pairs.ok) {
        setFound(null);
        return setError(pairs.error.message, "No count and rate pairs on this sheet");
      }
      setFound({ pairs: pairs.value });
      setConfirmed(new Set());
    });

  return (
    <Card>
      <CardHeader header={<CardTitle>Reconcile published rates</CardTitle>} description={<Caption1>Which population did each rate use? Periods that disagree by more than 1% are flagged.</Caption1>} />
      <Button onClick={suggest} disabled={busy !== null}>Suggest count and rate pairs on this sheet</Button>
      {busy && <Spinner size="tiny" label={busy} />}
      {error && <ErrorNote title={error.title} message={error.message} />}
      {found && found.pairs.length === 0 && <Caption1>No rate rows ("per 100k", "per 10,000", "rate") were found.</Caption1>}
      {found && found.pairs.length > 0 && (
        <ul className={styles.list} aria-label="Rate pairs">
          {found.pairs.map((pair) => {
            const isConfirmed = confirmed.has(pair.rateRow);
            const periods = pair.periods;
            return (
              <li key={pair.rateRow} className={styles.pair}>
                <Checkbox
                  className={styles.pairBox}
                  checked={isConfirmed}
                  label={{ children: pairName(pair), title: pairName(pair), className: styles.pairLabel }}
                  onChange={(_, data) => {
                    const next = new Set(confirmed);
                    if (data.checked) next.add(pair.rateRow);
                    else next.delete(pair.rateRow);
                    setConfirmed(next);
                  }}
                />
                {isConfirmed && (
                  <ul className={styles.periods} aria-label={`Implied populations for row ${pair.rateRow + 1}`}>
                    {periods.map(({ period, population, flagged }) => (
                      <li key={period.period} className={flagged ? styles.flagged : undefined}>
                        {period.period}: {population === null ? "–" : Math.round(population).toLocaleString("en-GB")}
                        {flagged ? " — differs from the other periods" : ""}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
