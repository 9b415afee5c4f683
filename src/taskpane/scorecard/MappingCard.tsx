/** The scorecard wizard's column mapping step. */
import { Badge, Caption1, Card, CardHeader, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters } from "../../engine/sheet/address";
import type { ColumnMatch, TableMapping } from "../../engine/sheet/table";
import type { SheetData } from "../../engine/sheet/workbook";
import { CardTitle } from "../components/CardTitle";
import type { MeasureKind } from "../../engine/scorecard/measureKind";
import { MeasureKinds } from "./MeasureKinds";

type SingleRole = "measure" | "polarity" | "target" | "previous" | "ytd" | "rag" | "comments";
type MultiRole = "periods" | "benchmarks";

const ROLES: ReadonlyArray<{ key: SingleRole | MultiRole; label: string; multi?: boolean; required?: boolean }> = [
  { key: "measure", label: "Measure", required: true },
  { key: "polarity", label: "Polarity (good is)" },
  { key: "target", label: "Target" },
  { key: "benchmarks", label: "Benchmarks", multi: true },
  { key: "previous", label: "Last year" },
  { key: "periods", label: "Periods", multi: true },
  { key: "ytd", label: "Year to date" },
  { key: "rag", label: "RAG / status" },
  { key: "comments", label: "Comments" },
];

const NONE = "none";

const useStyles = makeStyles({
  grid: { display: "grid", rowGap: tokens.spacingVerticalS },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", alignItems: "end", columnGap: tokens.spacingHorizontalS },
  // "100% sure" on one line: the badge keeps its width and the dropdown gives way.
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
});

export interface MappingCardProps {
  readonly sheet: SheetData;
  readonly headerRow: number;
  readonly mapping: TableMapping;
  readonly onChange: (mapping: TableMapping) => void;
  /** Each measure's kind as corrected, by name; with onKinds, the card lists every measure's kind to correct. */
  readonly kinds?: Readonly<Record<string, MeasureKind>>;
  readonly onKinds?: (kinds: Readonly<Record<string, MeasureKind>>) => void;
}

function confidenceBadge(matches: readonly ColumnMatch[], className: string) {
  if (matches.length === 0) return <Badge appearance="outline" color="subtle" className={className}>not found</Badge>;
  const confidence = matches.reduce((lowest, m) => Math.min(lowest, m.confidence), 1);
  const color = confidence >= 0.9 ? "success" : confidence >= 0.6 ? "warning" : "danger";
  return <Badge appearance="tint" color={color} className={className}>{Math.round(confidence * 100)}% sure</Badge>;
}

/** The detected meaning of each column, with a dropdown per role to correct it. */
export function MappingCard({ sheet, headerRow, mapping, onChange, kinds, onKinds }: MappingCardProps) {
  const styles = useStyles();
  const header = sheet.values[headerRow - sheet.top] ?? [];
  const columns = header
    .map((value, i) => ({ column: sheet.left + i, text: value === null ? "" : String(value).trim() }))
    .filter((c) => c.text !== "");
  const describe = (column: number) => `${columnLetters(column)} — ${columns.find((c) => c.column === column)?.text ?? ""}`;
  const matchFor = (column: number): ColumnMatch => ({ column, header: columns.find((c) => c.column === column)?.text ?? "", confidence: 1 });

  return (
    <Card>
      <CardHeader header={<CardTitle>Columns</CardTitle>} description={<Caption1>Found by what the headers mean. Correct any that are wrong.</Caption1>} />
      <div className={styles.grid}>
        {ROLES.map((role) => {
          const current = role.multi ? (mapping[role.key as MultiRole] as readonly ColumnMatch[]) : [mapping[role.key as SingleRole]].filter((m): m is ColumnMatch => m !== undefined);
          const selected = current.map((m) => String(m.column));
          return (
            <div key={role.key} className={styles.row}>
              <Field label={role.label}>
                <Dropdown
                  multiselect={role.multi ?? false}
                  value={current.length > 0 ? current.map((m) => describe(m.column)).join(", ") : "Not in this table"}
                  selectedOptions={selected.length > 0 ? selected : [NONE]}
                  onOptionSelect={(_, data) => {
                    if (role.multi) {
                      const chosen = data.selectedOptions.filter((o) => o !== NONE).map(Number).sort((a, b) => a - b);
                      onChange({ ...mapping, [role.key]: chosen.map(matchFor) });
                      return;
                    }
                    const rest = Object.fromEntries(Object.entries(mapping).filter(([key]) => key !== role.key));
                    const chosen = data.optionValue === NONE || data.optionValue === undefined ? {} : { [role.key]: matchFor(Number(data.optionValue)) };
                    onChange({ ...rest, ...chosen } as unknown as TableMapping);
                  }}
                >
                  {!role.multi && !role.required && <Option value={NONE}>Not in this table</Option>}
                  {columns.map((c) => (
                    <Option key={c.column} value={String(c.column)} text={describe(c.column)}>
                      {describe(c.column)}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              {confidenceBadge(current, styles.badge)}
            </div>
          );
        })}
      </div>
      {onKinds && <MeasureKinds sheet={sheet} headerRow={headerRow} mapping={mapping} kinds={kinds ?? {}} onChange={onKinds} />}
    </Card>
  );
}
