/** The totals a report states, each checked against the rows it should add up from, to the precision written. */
import { Body1, Caption1, Card, CardHeader, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { StreamAnalysis } from "../../engine/funding/fundingTable";
import { checkStatedTotal, reportTotals } from "../../engine/funding/statedTotal";
import { countedStreams, fundingTotals, leftOutNote } from "../../engine/funding/fundingSummary";
import { pounds } from "../components/money";
import { CardTitle } from "../components/CardTitle";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
  totals: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
});

/** What a stated total's check says: a match to the precision it was written to, or the difference. */
function totalVerdict(text: string, parts: readonly number[]): { readonly text: string; readonly invalid: boolean } | null {
  const check = checkStatedTotal(text, parts);
  if (!check) return null;
  if (!check.ok) return { text: check.error.message, invalid: true };
  if (!check.value.reconciles) return { text: `Differs by ${pounds(check.value.difference)}`, invalid: false };
  return { text: check.value.roundedTo > 1 ? `Matches, to the nearest ${pounds(check.value.roundedTo)}` : "Matches to the pound", invalid: false };
}

export function TotalsCard({ streams }: { readonly streams: readonly StreamAnalysis[] }) {
  const styles = useStyles();
  const [stated, setStated] = useState<Readonly<Record<string, string>>>({});
  const totals = fundingTotals(streams);
  const note = leftOutNote(totals.leftOut);
  return (
    <Card>
      <CardHeader
        header={
          <CardTitle>Totals</CardTitle>
        }
        description={
          <Caption1>Enter the totals the report states, as written: "£19.14m" or "£19.14 million" is checked to the nearest £10,000, "£22,936,177" to the pound.</Caption1>
        }
      />
      <Body1>Clawback risk: {pounds(totals.clawbackRisk)} (projected unspent in running streams, and what is left in ended ones).</Body1>
      {note && <Caption1 role="note">{note}</Caption1>}
      <ul className={styles.list} aria-label="Totals">
        {reportTotals(countedStreams(streams)).map((group) => {
          const text = stated[group.key] ?? "";
          const verdict = totalVerdict(text, group.parts);
          return (
            <li key={group.key} className={styles.totals}>
              <Field
                label={`${group.key}: rows add up to ${pounds(group.parts.reduce((a, b) => a + b, 0))}`}
                validationMessage={verdict?.invalid ? verdict.text : undefined}
              >
                <Input value={text} placeholder="Stated total, e.g. £19.14m" onChange={(_, data) => setStated({ ...stated, [group.key]: data.value })} />
              </Field>
              {verdict && !verdict.invalid && <Body1 aria-live="polite">{verdict.text}</Body1>}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
