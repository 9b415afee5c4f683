/** The committee summary after a refresh: counts, areas for highlighting and data checks. */
import { Badge, Body1, Caption1, Card, CardHeader, Link, makeStyles, tokens } from "@fluentui/react-components";
import { parseRange } from "../../engine/sheet/address";
import type { ChangeLogEntry } from "../../engine/scorecard/settings";
import type { ScorecardSummary } from "../../engine/scorecard/summary";
import { RatingBadge } from "./RatingBadge";
import { CardTitle } from "../components/CardTitle";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  // The pane scrolls as a whole: a list with its own scroll box cut off its last items.
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalXS },
  // A link that wraps sits on the bullet's line at its top, not its last line.
  link: { verticalAlign: "top", textAlign: "start" },
});

export interface SummaryCardProps {
  readonly summary: ScorecardSummary;
  readonly log: readonly ChangeLogEntry[];
  readonly noChange: boolean;
  readonly onSelect: (sheet: string, row: number, column: number) => void;
}

/** The committee's view: counts, areas for highlighting and data checks, each a link to its cell. */
/** "L8 Amber → Green; L9 blank → Red", shortened to the first five with the count of the rest. */
function describeLogEntry(entry: ChangeLogEntry): string {
  if (entry.changes.length === 0) return "outputs set up";
  const shown = entry.changes.slice(0, 5).map((c) => `${c.cell} ${c.from || "blank"} → ${c.to || "blank"}`);
  const rest = (entry.total ?? entry.changes.length) - shown.length;
  return rest > 0 ? `${shown.join("; ")} and ${rest.toLocaleString("en-GB")} more` : shown.join("; ");
}

export function SummaryCard({ summary, log, noChange, onSelect }: SummaryCardProps) {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader header={<CardTitle>{noChange ? "No changes" : "Summary"}</CardTitle>} description={noChange ? <Caption1>Every rating is already up to date.</Caption1> : undefined} />
      <div className={styles.counts} aria-label="Rating counts">
        {(["Green", "Amber", "Red", "Not rated"] as const).map((rating) => (
          <span key={rating}>
            <RatingBadge rating={rating} /> {summary.counts[rating]}
          </span>
        ))}
      </div>
      <Body1><b>Areas for highlighting</b></Body1>
      {summary.highlights.length === 0 ? (
        <Caption1>None: no Reds, nothing worsening, nothing worse than last time.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Areas for highlighting">
          {summary.highlights.map((h) => (
            <li key={`${h.sheet}-${h.row}-${h.reason}`}>
              <Link className={styles.link} onClick={() => onSelect(h.sheet, h.row, h.column)}>{h.measure}</Link> <Badge appearance="tint" color={h.reason === "Red" ? "danger" : h.reason === "Amber" ? "warning" : "important"}>{h.reason}</Badge>
              <br />
              <Caption1>{h.detail}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <Body1><b>Data checks</b></Body1>
      {summary.findings.length === 0 ? (
        <Caption1>No problems found in the figures.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Data checks">
          {summary.findings.map((f) => {
            const target = parseRange(f.cell, "");
            return (
              <li key={`${f.cell}-${f.message}`}>
                <Badge appearance="outline" color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"}>{f.severity}</Badge>{" "}
                {target ? <Link onClick={() => onSelect(target.sheet, target.top, target.left)}>{f.cell}</Link> : f.cell}: <Caption1>{f.message}</Caption1>
              </li>
            );
          })}
        </ul>
      )}
      {log.length > 0 && (
        <>
          <Body1><b>Change log</b></Body1>
          <ul className={styles.list} aria-label="Change log">
            {log.slice(0, 5).map((entry) => (
              <li key={entry.at}>
                <Caption1>
                  {new Date(entry.at).toLocaleString("en-GB")}: {describeLogEntry(entry)}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
