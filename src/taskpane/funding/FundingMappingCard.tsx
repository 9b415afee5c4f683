/** The funding tracker's columns as read: each role's header and how sure the match is, correctable with a dropdown. */
import { Caption1, Card, CardHeader, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { FundingTable } from "../../engine/funding/fundingTable";
import { FUNDING_ROLES, FUNDING_ROLE_NAMES, type FundingRole } from "../../engine/funding/trackerColumns";
import { columnLetters } from "../../engine/sheet/address";
import type { SheetData } from "../../engine/sheet/workbook";
import { CardTitle } from "../components/CardTitle";
import { ErrorNote } from "../components/ErrorNote";
import { fieldLabel } from "../components/fieldLabel";
import { useNarrowSelectStyles } from "../components/narrowSelect";

const useStyles = makeStyles({
  // Two columns where the pane is wide enough for a header in each, one at Excel's narrowest (about 320 px): two
  // there put each dropdown past the pane's edge.
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

/** The roles always shown, found or not; the others only when found. */
const MAIN_ROLES: readonly FundingRole[] = ["fund", "allocation", "spent", "period", "start", "end", "received", "passportBy", "spendBy", "returned"];

export interface FundingMappingCardProps {
  readonly sheet: SheetData;
  readonly table: FundingTable;
  readonly onChoose: (role: FundingRole, column: number | null) => void;
  readonly error: string | null;
}

export function FundingMappingCard({ sheet, table, onChoose, error }: FundingMappingCardProps) {
  const styles = useStyles();
  const narrow = useNarrowSelectStyles();
  const headers = sheet.values[table.headerRow - sheet.top] ?? [];
  const options = headers.flatMap((value, c) => (typeof value === "string" && value.trim() ? [{ column: sheet.left + c, text: `${columnLetters(sheet.left + c)}: ${value.trim()}` }] : []));
  const shown = FUNDING_ROLES.filter((role) => MAIN_ROLES.includes(role) || table.mapping[role]);
  return (
    <Card>
      <CardHeader header={<CardTitle>Columns</CardTitle>} description={<Caption1>Read by meaning; choose another column where one is wrong. Confidence is how sure the header is, times how well its cells fit.</Caption1>} />
      <div className={styles.grid}>
        {shown.map((role) => {
          const match = table.mapping[role];
          return (
            <Field key={role} className={narrow.field} label={fieldLabel(FUNDING_ROLE_NAMES[role], match?.confidence)}>
              <Select className={narrow.root} select={{ className: narrow.select }} value={match ? String(match.column) : ""} onChange={(_, data) => onChoose(role, data.value === "" ? null : Number(data.value))}>
                <option value="">Not in this table</option>
                {options.map((o) => (
                  <option key={o.column} value={String(o.column)}>
                    {o.text}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      {error && <ErrorNote title="This choice cannot be read" message={error} />}
    </Card>
  );
}
