/**
 * The Gantt chart: each stage named in full beside its baseline (grey) and forecast (blue) bars on one time
 * axis with month or quarter ticks, and a line at the sheet's report date. Each stage's dates are its bars'
 * accessible names, so the chart reads as a list.
 */
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { describeSerial } from "../../engine/dates/serial";
import type { DateSpan } from "../../engine/dates/ukDate";
import type { MilestoneAnalysis } from "../../engine/timeline/timeline";
import { monthTicks } from "../components/chartScale";
import { ChartKey } from "../components/ChartKey";

export interface TimelineGanttProps {
  readonly milestones: readonly MilestoneAnalysis[];
  /** Excel serial of the report date, drawn as a line across the stages. */
  readonly reportDate: number;
}

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  stages: { margin: 0, padding: 0, listStyleType: "none" },
  // Each stage is a row of two columns: its name, and its bars; the axis row below lines up with the bars.
  row: { display: "grid", gridTemplateColumns: "minmax(90px, 38%) 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { overflowWrap: "anywhere", paddingBlock: "2px" },
  track: { position: "relative", alignSelf: "stretch", minHeight: "24px" },
  // Marks of at least 3:1 against the card (WCAG 1.4.11): the baseline dark grey (#616161, about 6:1) and 6 px
  // high, the forecast brand blue (#0f6cbd, about 5:1) and 8 px; both at least 3 px wide however short.
  baseline: { position: "absolute", top: "calc(50% - 8px)", height: "6px", minWidth: "3px", borderRadius: "2px", backgroundColor: tokens.colorNeutralStrokeAccessible },
  forecast: { position: "absolute", top: "calc(50% - 1px)", height: "8px", minWidth: "3px", borderRadius: "2px", backgroundColor: tokens.colorBrandBackground },
  line: { position: "absolute", top: 0, bottom: 0, width: 0 },
  tickLine: { borderLeft: `1px dashed ${tokens.colorNeutralStroke2}` },
  quarterLine: { borderLeft: `1px dotted ${tokens.colorNeutralStroke3}` },
  reportLine: { borderLeft: `2px solid ${tokens.colorPaletteRedBorder2}` },
  axis: { position: "relative", height: "16px", borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  tick: { position: "absolute", top: "2px", transform: "translateX(-50%)", whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
});

const spanText = (span: DateSpan) => (span.start === span.end ? describeSerial(span.start) : `${describeSerial(span.start)} to ${describeSerial(span.end)}`);

export default function TimelineGantt({ milestones, reportDate }: TimelineGanttProps) {
  const styles = useStyles();
  let first = reportDate;
  let last = reportDate;
  for (const m of milestones) {
    for (const span of [m.baseline, m.forecast]) {
      if (!span) continue;
      first = Math.min(first, span.start);
      last = Math.max(last, span.end + 1);
    }
  }
  const ticks = monthTicks(first, last);
  // A little room either side, so the first and last bars do not touch the edges.
  const margin = Math.max(15, (last - first) * 0.03);
  const from = first - margin;
  const width = last + margin - from;
  const fraction = (serial: number) => (serial - from) / width;
  const at = (serial: number) => `${fraction(serial) * 100}%`;
  const length = (span: DateSpan) => `${((span.end + 1 - span.start) / width) * 100}%`;
  /** A stage's baseline or forecast as a bar, named with its dates. */
  const bar = (kind: "Baseline" | "Forecast", span: DateSpan, className: string) => (
    <div role="img" aria-label={`${kind}: ${spanText(span)}`} className={className} style={{ left: at(span.start), width: length(span) }} />
  );
  return (
    <figure className={styles.figure} aria-labelledby="gantt-title">
      <Subtitle2 as="h3" id="gantt-title">
        Baseline and forecast by stage
      </Subtitle2>
      <ChartKey
        entries={[
          { label: "Baseline", color: tokens.colorNeutralStrokeAccessible },
          { label: "Forecast", color: tokens.colorBrandBackground },
          { label: `Report date, ${describeSerial(reportDate)}`, color: tokens.colorPaletteRedBorder2, line: true },
        ]}
      />
      <ul className={styles.stages} aria-label="Stages by date">
        {milestones.map((m) => (
          <li key={m.row} className={styles.row}>
            <Caption1 className={styles.name}>{m.milestone}</Caption1>
            <div className={styles.track}>
              {ticks.map((tick) => (
                <div
                  key={tick.serial}
                  className={mergeClasses(styles.line, tick.label ? styles.tickLine : styles.quarterLine)}
                  style={{ left: at(tick.serial) }}
                  aria-hidden="true"
                />
              ))}
              <div className={mergeClasses(styles.line, styles.reportLine)} style={{ left: at(reportDate) }} aria-hidden="true" data-report-date="" />
              {m.baseline && bar("Baseline", m.baseline, styles.baseline)}
              {m.forecast && bar("Forecast", m.forecast, styles.forecast)}
            </div>
          </li>
        ))}
      </ul>
      <div className={styles.row} aria-hidden="true">
        <span />
        <div className={styles.axis}>
          {ticks.map((tick) => (
            // A label near the right-hand end ends at its tick, so it stays inside the card.
            <Caption1
              key={tick.serial}
              className={styles.tick}
              style={{ left: at(tick.serial), ...(fraction(tick.serial) > 0.85 ? { transform: "translateX(-100%)" } : {}) }}
            >
              {tick.label}
            </Caption1>
          ))}
        </div>
      </div>
    </figure>
  );
}
