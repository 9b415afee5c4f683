/**
 * Each measure's kind, detected from its name and figures, with a choice per row to correct it: the kind decides
 * whether a measure can be forecast to the year end, differenced as a running total, or rated against a profiled
 * target. Shown as text, never HTML.
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { MEASURE_KINDS, MEASURE_KIND_LABELS, measureKindsOf, type MeasureKind } from "../../engine/scorecard/measureKind";
import type { TableMapping } from "../../engine/sheet/table";
import type { SheetData } from "../../engine/sheet/workbook";

/** A council's scorecard has a few hundred measures at most; a longer table lists its first ones. */
const SHOWN_MEASURES = 300;

const useStyles = makeStyles({
  list: { display: "grid", rowGap: tokens.spacingVerticalS, maxHeight: "360px", overflowY: "auto", paddingRight: tokens.spacingHorizontalS },
  wrap: { overflowWrap: "anywhere" },
});

export interface MeasureKindsProps {
  readonly sheet: SheetData;
  readonly headerRow: number;
  readonly mapping: TableMapping;
  readonly kinds: Readonly<Record<string, MeasureKind>>;
  readonly onChange: (kinds: Readonly<Record<string, MeasureKind>>) => void;
}

export function MeasureKinds({ sheet, headerRow, mapping, kinds, onChange }: MeasureKindsProps) {
  const styles = useStyles();
  // The list is a choice per measure: drawn when the analyst asks for it, not with every mapping.
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => measureKindsOf(sheet, headerRow, mapping, kinds), [sheet, headerRow, mapping, kinds]);
  if (rows.length === 0) return null;
  const counts = new Map<MeasureKind, number>();
  for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  const summary = MEASURE_KINDS.filter((kind) => counts.has(kind)).map((kind) => `${MEASURE_KIND_LABELS[kind]} ${counts.get(kind)}`).join(", ");
  if (!open) {
    return (
      <div>
        <Caption1>Kinds of measure found: {summary}. Only counts are forecast or rated against a target profiled to date.</Caption1>
        <br />
        <Button size="small" onClick={() => setOpen(true)}>
          Check each measure&apos;s kind ({rows.length.toLocaleString("en-GB")})
        </Button>
      </div>
    );
  }
  return (
    <div role="group" aria-label="Measure kinds">
      <Caption1>
        Kind of each measure: only counts are forecast to the year end or rated against a target profiled to date. Correct any
        that are wrong.
      </Caption1>
      <div className={styles.list} tabIndex={0}>
        {rows.slice(0, SHOWN_MEASURES).map((r) => (
          <Field key={r.row} label={<span className={styles.wrap}>{`Row ${r.row + 1}: ${r.measure}`}</span>}>
            <Select value={r.kind} onChange={(_, data) => onChange({ ...kinds, [r.measure]: data.value as MeasureKind })}>
              {MEASURE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {MEASURE_KIND_LABELS[kind]}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        {rows.length > SHOWN_MEASURES && <Caption1>and {(rows.length - SHOWN_MEASURES).toLocaleString("en-GB")} more measures, each detected from its name and figures</Caption1>}
      </div>
    </div>
  );
}
