import { makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters } from "../engine/address";
import { formatForDisplay } from "../engine/display";
import type { SheetData } from "../engine/workbook";

const useStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  heading: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  rowNumber: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalS}`,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    maxWidth: "28ch",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
  },
  number: { textAlign: "right" },
});

/** A read-only picture of a sheet. Cell text is rendered as text (React escapes it), never as HTML. */
export function SheetGrid({ sheet }: { sheet: SheetData }) {
  const styles = useStyles();
  const columns = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={`Sheet ${sheet.name}`}>
        <thead>
          <tr>
            <th className={styles.heading} />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} className={styles.heading} scope="col">
                {columnLetters(sheet.left + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.values.map((row, r) => (
            <tr key={r}>
              <th className={styles.rowNumber} scope="row">
                {sheet.top + r + 1}
              </th>
              {Array.from({ length: columns }, (_, c) => {
                const value = row[c] ?? null;
                const shown = formatForDisplay(value, sheet.numberFormats[r]?.[c]);
                return (
                  <td key={c} className={typeof value === "number" ? `${styles.cell} ${styles.number}` : styles.cell} title={shown}>
                    {shown}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
