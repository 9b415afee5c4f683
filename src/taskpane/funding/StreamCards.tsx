/** The funding tab's lists: each stream's status against its profile, and the deadlines coming up. */
import { Badge, Body1, Caption1, Card, CardHeader, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { StreamAnalysis } from "../../engine/funding/fundingTable";
import { fundingDeadlines } from "../../engine/funding/fundingSummary";
import { streamName } from "../../engine/funding/streamName";
import { describeSerial } from "../../engine/dates/serial";
import { pounds } from "../components/money";
import { CardTitle } from "../components/CardTitle";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
});

const STATUS_COLOUR = { Green: "success", Amber: "warning", Red: "danger", Complete: "informative", "Not started": "subtle", Overspent: "danger" } as const;

/** Each stream with its status, or "Check" and what is wrong with its row. */
export function StreamsCard({ streams }: { readonly streams: readonly StreamAnalysis[] }) {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader header={<CardTitle>Streams</CardTitle>} />
      <ul className={styles.list} aria-label="Streams">
        {streams.map((s) => (
          <li key={s.row}>
            {s.status && !s.problem ? <Badge appearance="filled" color={STATUS_COLOUR[s.status]}>{s.status}</Badge> : <Badge color="danger">Check {s.problemCell}</Badge>}{" "}
            <Body1>{streamName(s)}</Body1>
            <br />
            <Caption1>
              {s.problem ? `${s.problem} Left out of the totals and the chart.` : `${pounds(s.spent)} spent of ${pounds(s.allocation)}; expected by now ${s.expected === null ? "–" : pounds(s.expected)}${s.underspend ? `; projected unspent ${pounds(s.underspend)}` : ""}`}
            </Caption1>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** Deadlines already passed with money unspent, first; then those falling within the days chosen after the report date. */
export function DeadlinesCard({ streams, asOf }: { readonly streams: readonly StreamAnalysis[]; readonly asOf: number | null }) {
  const styles = useStyles();
  const [withinDays, setWithinDays] = useState("30");
  const days = Number(withinDays);
  const deadlines = asOf !== null && Number.isFinite(days) && days >= 0 ? fundingDeadlines(streams, asOf, days) : [];
  return (
    <Card>
      <CardHeader header={<CardTitle>Deadlines</CardTitle>} description={<Caption1>Overdue first, each with the money still unspent.</Caption1>} />
      <Field label="Due within (days)">
        <Input type="number" min={0} value={withinDays} onChange={(_, data) => setWithinDays(data.value)} />
      </Field>
      {deadlines.length === 0 ? (
        <Caption1>None overdue, and none due in the next {withinDays} days.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Deadlines">
          {deadlines.map((d) => (
            <li key={`${d.row}-${d.kind}`}>
              {d.overdue && <Badge color="danger">Overdue</Badge>} <Body1>{describeSerial(d.due)}</Body1>{" "}
              <Caption1>
                {d.kind}: {d.fund}; {pounds(d.unspent)} unspent ({d.rule})
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
