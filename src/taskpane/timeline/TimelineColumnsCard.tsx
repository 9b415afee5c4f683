/**
 * The timeline's columns as read: each role's header and column, each forecast version with the date its header
 * names, and how sure each match is, correctable with a dropdown. Only draws; the view reads the table again.
 */
import { Caption1, Card, CardHeader, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { describeSerial } from "../../engine/dates/serial";
import { columnLetters } from "../../engine/sheet/address";
import type { SheetData } from "../../engine/sheet/workbook";
import { TIMELINE_ROLES, TIMELINE_ROLE_NAMES, type TimelineRole } from "../../engine/timeline/milestoneTable";
import type { MilestoneTable } from "../../engine/timeline/timeline";
import { CardTitle } from "../components/CardTitle";
import { ErrorNote } from "../components/ErrorNote";
import { fieldLabel } from "../components/fieldLabel";
import { useNarrowSelectStyles } from "../components/narrowSelect";

const useStyles = makeStyles({
  // Two columns where the pane is wide enough for a header in each, one at Excel's narrowest (about 320 px).
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", alignItems: "start", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface TimelineColumnsCardProps {
  readonly sheet: SheetData;
  readonly table: MilestoneTable;
  readonly onRole: (role: TimelineRole, column: number | null) => void;
  /** The version at `index` (an index past the last adds one) read from `column`, or no longer read (null). */
  readonly onVersion: (index: number, column: number | null) => void;
  readonly error: string | null;
}

/** "Dated 23 June 2025 by its header."; a version whose header names no date is placed left to right. */
const datedText = (dated: number | null, version: boolean) => (dated !== null ? `Dated ${describeSerial(dated)} by its header.` : version ? "No date in its header: versions are read left to right." : undefined);

export function TimelineColumnsCard({ sheet, table, onRole, onVersion, error }: TimelineColumnsCardProps) {
  const styles = useStyles();
  const narrow = useNarrowSelectStyles();
  const headers = sheet.values[table.headerRow - sheet.top] ?? [];
  const options = headers.flatMap((value, c) => (typeof value === "string" && value.trim() ? [{ column: sheet.left + c, text: `${columnLetters(sheet.left + c)}: ${value.trim()}` }] : []));
  const choices = (
    <>
      <option value="">Not in this table</option>
      {options.map((o) => (
        <option key={o.column} value={String(o.column)}>
          {o.text}
        </option>
      ))}
    </>
  );
  const columnOf = (value: string) => (value === "" ? null : Number(value));
  const { versions } = table.mapping;
  return (
    <Card>
      <CardHeader
        header={<CardTitle>Columns</CardTitle>}
        description={<Caption1>Read by meaning; choose another column where one is wrong. Confidence is how sure the header is, times how well its cells fit.</Caption1>}
      />
      <div className={styles.grid}>
        {TIMELINE_ROLES[table.layout].map((role) => {
          const match = table.mapping.roles[role];
          return (
            <Field key={role} className={narrow.field} label={fieldLabel(TIMELINE_ROLE_NAMES[role], match?.confidence)} hint={role === "baseline" ? datedText(table.baseline.dated, false) : undefined}>
              <Select className={narrow.root} select={{ className: narrow.select }} value={match ? String(match.column) : ""} onChange={(_, data) => onRole(role, columnOf(data.value))}>
                {choices}
              </Select>
            </Field>
          );
        })}
        {table.layout === "columns" &&
          versions.map((v, i) => (
            <Field key={v.column} className={narrow.field} label={fieldLabel(i === versions.length - 1 ? "current forecast" : `forecast version ${i + 1}`, v.confidence)} hint={datedText(v.dated, true)}>
              <Select className={narrow.root} select={{ className: narrow.select }} value={String(v.column)} onChange={(_, data) => onVersion(i, columnOf(data.value))}>
                {choices}
              </Select>
            </Field>
          ))}
        {table.layout === "columns" && (
          <Field className={narrow.field} label="Another forecast version">
            <Select className={narrow.root} select={{ className: narrow.select }} value="" onChange={(_, data) => onVersion(versions.length, columnOf(data.value))}>
              {choices}
            </Select>
          </Field>
        )}
      </div>
      {table.layout === "byReport" && (
        <Caption1>
          Each committee report is a version: {table.baseline.label} is the baseline, {table.versions[table.versions.length - 1]?.label} the current forecast.
        </Caption1>
      )}
      {error && <ErrorNote title="This choice cannot be read" message={error} />}
    </Card>
  );
}
