/** A read-only grid of one sheet for the preview, with the colour rules Excel would draw. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { columnLetters } from "../engine/sheet/address";
import { formatForDisplay } from "../engine/sheet/display";
import { fillApplies, type CellRange, type SheetData, type TextFillRule } from "../engine/sheet/workbook";

/** The conditional fill Excel would show for this cell's text, if a rule covers it. */
function fillFor(rules: readonly TextFillRule[], row: number, column: number, text: string): TextFillRule | undefined {
  return rules.find((rule) => fillApplies(rule, row, column, text));
}

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
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  rows: { position: "sticky", left: 0, display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
});

/**
 * Rows drawn at once. A council workbook can hold 5,000 measures or more: drawing every row would keep the page
 * busy for many seconds, so the grid shows a window of rows, moved to the selected cell or by the buttons.
 */
export const GRID_ROWS = 300;
/** Rows shown above a selected cell the window moved to. */
const ABOVE_SELECTION = 20;

/** The first row (index into the sheet's values) of the window that shows `selection`, or null if it is elsewhere. */
function windowFor(sheet: SheetData, selection: CellRange | null): number | null {
  if (!selection || selection.sheet !== sheet.name) return null;
  const row = selection.top - sheet.top;
  if (row < GRID_ROWS - ABOVE_SELECTION) return 0;
  return Math.max(0, Math.min(row - ABOVE_SELECTION, sheet.values.length - GRID_ROWS));
}

type Moved = { readonly selection: CellRange | null; readonly sheet: SheetData; readonly start: number };

/** A read-only picture of a sheet. Cell text is rendered as text (React escapes it), never as HTML. */
export interface SheetGridProps {
  readonly sheet: SheetData;
  readonly selection?: CellRange | null;
  /** A click selects a cell; with Shift it extends the selection, as in Excel. */
  readonly onCellClick?: (row: number, column: number, extend: boolean) => void;
}

export function SheetGrid({ sheet, selection = null, onCellClick }: SheetGridProps) {
  const styles = useStyles();
  const fills = sheet.textFills ?? [];
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Bring a selected cell (a finding or highlight the analyst clicked) into view, as Excel does.
    scroller.current?.querySelector("[data-selected]")?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [selection, sheet]);
  const columns = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  // The window follows the selection, unless the analyst moved it since the selection changed.
  const [moved, setMoved] = useState<Moved | null>(null);
  const start = moved && moved.selection === selection && moved.sheet === sheet ? moved.start : (windowFor(sheet, selection) ?? 0);
  const end = Math.min(sheet.values.length, start + GRID_ROWS);
  const moveTo = (first: number) => setMoved({ selection, sheet, start: Math.max(0, Math.min(first, sheet.values.length - GRID_ROWS)) });
  return (
    // Focusable, so the keyboard can scroll a sheet wider or taller than the window.
    <div className={styles.scroller} ref={scroller} tabIndex={0} role="region" aria-label={`${sheet.name}, scrollable`}>
      {sheet.values.length > GRID_ROWS && (
        <div className={styles.rows}>
          <Caption1>
            Rows {(sheet.top + start + 1).toLocaleString("en-GB")}–{(sheet.top + end).toLocaleString("en-GB")} of {(sheet.top + sheet.values.length).toLocaleString("en-GB")} shown
          </Caption1>
          <Button size="small" disabled={start === 0} onClick={() => moveTo(start - GRID_ROWS)}>
            Earlier rows
          </Button>
          <Button size="small" disabled={end === sheet.values.length} onClick={() => moveTo(start + GRID_ROWS)}>
            Later rows
          </Button>
        </div>
      )}
      <table className={styles.table} aria-label={`Sheet ${sheet.name}`}>
        <thead>
          <tr>
            <td className={styles.heading} />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} className={styles.heading} scope="col">
                {columnLetters(sheet.left + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.values.slice(start, end).map((row, i) => (
            <tr key={start + i}>
              <th className={styles.rowNumber} scope="row">
                {sheet.top + start + i + 1}
              </th>
              {Array.from({ length: columns }, (_, c) => {
                const r = start + i;
                const value = row[c] ?? null;
                const shown = formatForDisplay(value, sheet.numberFormats[r]?.[c]);
                const sheetRow = sheet.top + r;
                const sheetColumn = sheet.left + c;
                const fill = shown === "" ? undefined : fillFor(fills, sheetRow, sheetColumn, shown);
                const isSelected =
                  selection?.sheet === sheet.name && sheetRow >= selection.top && sheetRow <= selection.bottom && sheetColumn >= selection.left && sheetColumn <= selection.right;
                const classes = [styles.cell, typeof value === "number" ? styles.number : "", isSelected ? styles.selected : ""].filter(Boolean).join(" ");
                return (
                  <td
                    key={c}
                    className={classes}
                    title={shown}
                    data-selected={isSelected || undefined}
                    onClick={onCellClick ? (event) => onCellClick(sheetRow, sheetColumn, event.shiftKey) : undefined}
                    style={fill ? { backgroundColor: fill.fill, color: fill.fontColor } : undefined}
                  >
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
