/** The Help tab's opening: three first steps for an analyst new to the add-in, before the function reference. */
import { Body1, Caption1, Card, CardHeader, makeStyles, tokens } from "@fluentui/react-components";
import { CardTitle } from "./CardTitle";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const STEPS: readonly { title: string; detail: string }[] = [
  {
    title: "Rate your scorecard",
    detail: "Open the sheet with your scorecard, choose Scorecard → Find scorecard on this sheet, check the columns it found, then Preview and Apply. Each rating gets a colour and a reason.",
  },
  {
    title: "Refresh next quarter",
    detail: "Type or paste in the new figures and press Refresh scorecards (on the ribbon or here). Columns are found by their headers, so inserting or moving one is fine; a column deleted or renamed stops the refresh, which then says what to check. The set-up is kept in the workbook, so a colleague can refresh it too.",
  },
  {
    title: "Use the functions in cells",
    detail: "Type =SCORECARD. in any cell: =SCORECARD.RAG(K6:K60, E6:E60, B6:B60) rates a whole column at once, and =SCORECARD.EXPLAIN says why.",
  },
];

export function FirstSteps() {
  const styles = useStyles();
  return (
    <Card>
      <CardHeader header={<CardTitle>First steps</CardTitle>} description={<Caption1>New to Committee Scorecard? Start here.</Caption1>} />
      <ol className={styles.steps} aria-label="First steps">
        {STEPS.map((step) => (
          <li key={step.title}>
            <Body1><b>{step.title}.</b> </Body1>
            <Caption1>{step.detail}</Caption1>
          </li>
        ))}
      </ol>
    </Card>
  );
}
