/** A chart's key, always shown whole: a swatch (or a thin line, for a marker such as the report date) and its label. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";

export interface KeyEntry {
  readonly label: string;
  readonly color: string;
  /** A line rather than a block: the entry marks a date, not a bar. */
  readonly line?: boolean;
}

const useStyles = makeStyles({
  legend: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: "none" },
  key: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  line: { width: "2px", height: "12px", flexShrink: 0 },
});

export function ChartKey({ entries }: { readonly entries: readonly KeyEntry[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.legend} aria-label="Key">
      {entries.map((entry) => (
        <li key={entry.label} className={styles.key}>
          <span className={entry.line ? styles.line : styles.swatch} style={{ backgroundColor: entry.color }} aria-hidden="true" />
          <Caption1>{entry.label}</Caption1>
        </li>
      ))}
    </ul>
  );
}
