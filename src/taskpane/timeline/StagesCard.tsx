/** The timeline's stages, each slip said in words, and its checks, each a link to its cell. */
import { Badge, Body1, Caption1, Card, CardHeader, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../engine/core/findings";
import { describeSerial } from "../../engine/dates/serial";
import { DEFAULT_SLIP_THRESHOLDS } from "../../engine/timeline/slippage";
import type { MilestoneAnalysis } from "../../engine/timeline/timeline";
import { CardTitle } from "../components/CardTitle";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
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

/** Which version the forecast is, and how it has moved since each earlier version the sheet holds. */
function versionsText(m: MilestoneAnalysis): string {
  if (!m.currentVersion || m.slipsSinceEach.length < 2) return "";
  const since = m.slipsSinceEach.slice(1).map((s) => `${s.days === 0 ? "unchanged" : days(s.days)} since ${s.label}`);
  return `; forecast from ${m.currentVersion}: ${since.join(", ")}`;
}

/** How the forecast has moved since it was first recorded, and since the last record. */
function recordedText(m: MilestoneAnalysis): string {
  if (m.slipSinceOriginal === null) return "not yet recorded";
  const sinceFirst = m.slipSinceOriginal === 0 ? "unchanged since first recorded" : `${days(m.slipSinceOriginal)} since first recorded`;
  if (m.slipSincePrevious === null || m.slipSincePrevious === m.slipSinceOriginal) return sinceFirst;
  return `${sinceFirst}, ${m.slipSincePrevious === 0 ? "unchanged since the last record" : `${days(m.slipSincePrevious)} since the last record`}`;
}

export function StagesCard({ milestones }: { readonly milestones: readonly MilestoneAnalysis[] }) {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader
        header={
          <CardTitle>Stages</CardTitle>
        }
        description={
          <Caption1>
            Slip = forecast start − baseline start; Green up to {DEFAULT_SLIP_THRESHOLDS.amberDays} days, Amber up to {DEFAULT_SLIP_THRESHOLDS.redDays}, Red
            beyond.
          </Caption1>
        }
      />
      <ul className={styles.list} aria-label="Stages">
        {milestones.map((m) => (
          <li key={m.row}>
            {m.rating ? (
              <Badge appearance="filled" color={RATING_COLOUR[m.rating]}>
                {m.rating}
              </Badge>
            ) : (
              <Badge appearance="outline" color="informative">
                No baseline
              </Badge>
            )}{" "}
            <Body1>{m.milestone}</Body1>
            <br />
            <Caption1>
              {slipText(m)}
              {versionsText(m)}; {recordedText(m)}
            </Caption1>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function TimelineChecks({ findings, onSelect }: { readonly findings: readonly Finding[]; readonly onSelect: (finding: Finding) => void }) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <Card>
      <CardHeader
        header={
          <CardTitle>Checks</CardTitle>
        }
      />
      <ul className={styles.list} aria-label="Timeline checks">
        {findings.map((f) => (
          <li key={`${f.cell}-${f.message}`}>
            <Badge appearance="outline" color={f.severity === "error" ? "danger" : "warning"}>
              {f.severity}
            </Badge>{" "}
            <Link onClick={() => onSelect(f)}>{f.cell}</Link>: <Caption1>{f.message}</Caption1>
          </li>
        ))}
      </ul>
    </Card>
  );
}
