/** The function reference, read from functions.json. */
import { Caption1, Card, CardHeader, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { MathFormulaRegular } from "@fluentui/react-icons";
import { signature, type FunctionInfo } from "../functionList";
import { useAsync } from "../useAsync";
import { ErrorNote } from "./ErrorNote";
import { CardTitle } from "./CardTitle";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "grid", rowGap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export function FunctionsCard({ loadFunctions }: { loadFunctions: () => Promise<FunctionInfo[]> }) {
  const styles = useStyles();
  const functions = useAsync(loadFunctions);
  return (
    <Card>
      <CardHeader image={<MathFormulaRegular fontSize={20} />} header={<CardTitle>Scorecard functions</CardTitle>} />
      {functions.status === "loading" && <Spinner size="tiny" label="Loading functions…" />}
      {functions.status === "failed" && <ErrorNote title="Could not list the functions" message={functions.message} />}
      {functions.status === "ready" && (
        <ul className={styles.list} aria-label="Functions">
          {functions.value.map((fn) => (
            <li key={fn.name}>
              <div className={styles.code}>={signature(fn)}</div>
              <Caption1>{fn.description}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
