import { Badge, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookAdapter } from "../engine/workbook";
import type { FunctionInfo } from "./functionList";
import { FunctionsCard } from "./components/FunctionsCard";
import { WorkbookCard } from "./components/WorkbookCard";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
});

export interface AppProps {
  readonly workbook: WorkbookAdapter;
  /** Where the pane is running, shown so nobody mistakes the preview for their live workbook. */
  readonly hostLabel: string;
  readonly loadFunctions: () => Promise<FunctionInfo[]>;
}

export function App({ workbook, hostLabel, loadFunctions }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-label="Committee Scorecard">
      <header className={styles.header}>
        <Subtitle1 as="h1">Committee Scorecard</Subtitle1>
        <Badge appearance="tint" color={workbook.host === "excel" ? "success" : "informative"}>
          {hostLabel}
        </Badge>
      </header>
      <WorkbookCard workbook={workbook} />
      <FunctionsCard loadFunctions={loadFunctions} />
    </main>
  );
}
