/**
 * Allocation, spend and the spend expected by now for each stream, as horizontal bars on one £ scale: every stream
 * named in full above its bars, round £ ticks, the whole legend, and each bar's amount in its accessible name.
 */
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StreamAnalysis } from "../../engine/funding/fundingTable";
import { streamName } from "../../engine/funding/streamName";
import { moneyTicks } from "../components/chartScale";
import { pounds, shortPounds } from "../components/money";
import { ChartKey } from "../components/ChartKey";

export interface FundingChartProps {
  readonly streams: readonly StreamAnalysis[];
}

// Each series' colour has at least 3:1 contrast against the card (WCAG 1.4.11): grey #616161 about 6:1, blue
// #0f6cbd about 5:1, pumpkin #ca5010 about 4:1.
const SERIES = [
  {
    key: "allocation",
    legend: "Allocation",
    color: tokens.colorNeutralStrokeAccessible,
  },
  { key: "spent", legend: "Spent", color: tokens.colorBrandBackground },
  {
    key: "expected",
    legend: "Expected by now",
    color: tokens.colorPalettePumpkinBorderActive,
  },
] as const;

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  plot: { position: "relative" },
  gridline: {
    position: "absolute",
    top: 0,
    bottom: 0,
    width: 0,
    borderLeft: `1px dashed ${tokens.colorNeutralStroke3}`,
  },
  streams: {
    position: "relative",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  track: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  label: { margin: `0 0 ${tokens.spacingVerticalXXS}` },
  // A stub at least 3 px wide marks a zero (or tiny) amount where it starts, so the mark can be seen (WCAG 1.4.11).
  bar: { height: "8px", borderRadius: "0 2px 2px 0", minWidth: "3px" },
  axis: { position: "relative", height: "18px" },
  axisTop: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  axisBottom: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  tick: {
    position: "absolute",
    top: "2px",
    transform: "translateX(-50%)",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground3,
  },
  firstTick: { transform: "none" },
  lastTick: { transform: "translateX(-100%)" },
});

export default function FundingChart({ streams }: FundingChartProps) {
  const styles = useStyles();
  let largest = 0;
  for (const s of streams) largest = Math.max(largest, s.allocation, s.spent, s.expected ?? 0);
  const ticks = moneyTicks(largest);
  const scale = ticks[ticks.length - 1] || 1;
  const share = (amount: number) => `${Math.max(0, Math.min(1, amount / scale)) * 100}%`;
  // The scale above and below the bars: with a dozen streams, one at the foot is out of sight of the first.
  const axis = (edge: "top" | "bottom") => (
    <div className={mergeClasses(styles.axis, edge === "top" ? styles.axisTop : styles.axisBottom)} aria-hidden="true">
      {ticks.map((tick, i) => (
        <Caption1
          key={tick}
          className={mergeClasses(styles.tick, i === 0 && styles.firstTick, i === ticks.length - 1 && styles.lastTick)}
          style={{ left: share(tick) }}
        >
          {shortPounds(tick)}
        </Caption1>
      ))}
    </div>
  );
  return (
    <figure className={styles.figure} aria-labelledby="funding-chart-title">
      <Subtitle2 as="h3" id="funding-chart-title">
        Allocation, spent and expected by now, by stream
      </Subtitle2>
      <ChartKey entries={SERIES.map((series) => ({ label: series.legend, color: series.color }))} />
      {axis("top")}
      <div className={styles.plot}>
        {ticks.map((tick) => (
          <div key={tick} className={styles.gridline} style={{ left: share(tick) }} aria-hidden="true" />
        ))}
        <ul className={styles.streams} aria-label="Streams by amount">
          {streams.map((stream) => {
            // The spend expected by now is not worked out for a stream whose dates cannot be read: no bar, said so.
            const amounts: Record<(typeof SERIES)[number]["key"], number | null> = {
              allocation: stream.allocation,
              spent: stream.spent,
              expected: stream.expected,
            };
            return (
              <li key={stream.row}>
                <Caption1 as="p" block className={styles.label}>
                  {streamName(stream)}
                </Caption1>
                <div className={styles.track}>
                  {SERIES.map((series) => {
                    const amount = amounts[series.key];
                    return (
                      <div
                        key={series.key}
                        role="img"
                        aria-label={`${series.legend}: ${amount === null ? "not worked out" : pounds(amount)}`}
                        className={styles.bar}
                        style={{ width: share(amount ?? 0), backgroundColor: series.color }}
                      />
                    );
                  })}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      {axis("bottom")}
    </figure>
  );
}
