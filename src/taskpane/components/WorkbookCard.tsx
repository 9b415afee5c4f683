/** What the workbook holds: its sheets and their sizes. */
import { Body1, Caption1, Card, CardHeader, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { TableRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import type { WorkbookAdapter } from "../../engine/sheet/workbook";
import { useAsync } from "../useAsync";
import { ErrorNote } from "./ErrorNote";
import { CardTitle } from "./CardTitle";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "grid", rowGap: tokens.spacingVerticalXS },
});

export function WorkbookCard({ workbook }: { workbook: WorkbookAdapter }) {
  const styles = useStyles();
  const summary = useAsync(useCallback(() => workbook.sheetSizes(), [workbook]));
  return (
    <Card>
      <CardHeader image={<TableRegular fontSize={20} />} header={<CardTitle>This workbook</CardTitle>} />
      {summary.status === "loading" && <Spinner size="tiny" label="Reading the workbook…" />}
      {summary.status === "failed" && <ErrorNote title="Could not read the workbook" message={summary.message} />}
      {summary.status === "ready" && (
        <ul className={styles.list} aria-label="Sheets">
          {summary.value.map((sheet) => (
            <li key={sheet.name}>
              <Body1>{sheet.name}</Body1>{" "}
              <Caption1>
                {sheet.rows.toLocaleString("en-GB")} rows × {sheet.columns.toLocaleString("en-GB")} columns in use
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
