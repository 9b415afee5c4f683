import { Body1Strong, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { SheetData, WorkbookAdapter } from "../engine/workbook";
import { App } from "../taskpane/App";
import { ErrorNote } from "../taskpane/components/ErrorNote";
import type { FunctionInfo } from "../taskpane/functionList";
import { useAsync } from "../taskpane/useAsync";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh" },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  pane: {
    width: "340px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface PreviewShellProps {
  readonly fileName: string;
  readonly openWorkbook: () => Promise<WorkbookAdapter>;
  readonly loadFunctions: () => Promise<FunctionInfo[]>;
}

async function readAll(workbook: WorkbookAdapter): Promise<SheetData[]> {
  const names = await workbook.sheetNames();
  return Promise.all(names.map((name) => workbook.readSheet(name)));
}

/** The pane beside a picture of the workbook it works on, outside Excel. */
export function PreviewShell({ fileName, openWorkbook, loadFunctions }: PreviewShellProps) {
  const styles = useStyles();
  const opened = useAsync(
    useCallback(async () => {
      const workbook = await openWorkbook();
      return { workbook, sheets: await readAll(workbook) };
    }, [openWorkbook]),
  );
  const [selected, setSelected] = useState(0);
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="singleline">
        <MessageBarBody>
          <Body1Strong>Outside Excel — sample workbook.</Body1Strong> You are looking at a preview running on {fileName};
          nothing here touches a real workbook.
        </MessageBarBody>
      </MessageBar>
      {opened.status === "loading" && <Spinner label={`Opening ${fileName}…`} />}
      {opened.status === "failed" && <ErrorNote title={`Could not open ${fileName}`} message={opened.message} />}
      {opened.status === "ready" && (
        <div className={styles.body}>
          <section className={styles.workbook} aria-label="Workbook">
            <SheetGrid sheet={opened.value.sheets[selected] ?? opened.value.sheets[0]} />
            <TabList
              selectedValue={String(selected)}
              onTabSelect={(_, data) => setSelected(Number(data.value))}
              size="small"
              aria-label="Sheets"
            >
              {opened.value.sheets.map((sheet, index) => (
                <Tab key={sheet.name} value={String(index)}>
                  {sheet.name}
                </Tab>
              ))}
            </TabList>
          </section>
          <aside className={styles.pane} aria-label="Task pane">
            <App workbook={opened.value.workbook} hostLabel="Preview" loadFunctions={loadFunctions} />
          </aside>
        </div>
      )}
    </div>
  );
}
