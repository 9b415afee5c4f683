/** The browser preview: the pane beside a picture of the sample workbook, where no Excel is installed. */
import { Body1Strong, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import type { SheetData } from "../engine/sheet/workbook";
import { App } from "../taskpane/App";
import { ErrorNote } from "../taskpane/components/ErrorNote";
import type { FunctionInfo } from "../taskpane/functionList";
import { useAsync } from "../taskpane/useAsync";
import type { CellRange } from "../engine/sheet/workbook";
import { SheetGrid } from "./SheetGrid";
import { withFormulaValues, type SheetFunction } from "./formulas";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh" },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface PreviewShellProps {
  readonly fileName: string;
  readonly openWorkbook: () => Promise<XlsxWorkbook>;
  readonly loadFunctions: () => Promise<FunctionInfo[]>;
}

let scorecardFunctions: Promise<Map<string, SheetFunction>> | null = null;

/** The SCORECARD functions, loaded (in their own chunk) the first time a sheet has a formula that calls one. */
function loadScorecardFunctions(): Promise<Map<string, SheetFunction>> {
  scorecardFunctions ??= import(/* webpackChunkName: "preview-functions" */ "./scorecardFunctions").then((m) => m.loadScorecardFunctions());
  return scorecardFunctions;
}

/** The sheets as Excel would show them: SCORECARD formulas worked out. */
const withScorecardFormulaValues = (sheets: SheetData[]) => withFormulaValues(sheets, loadScorecardFunctions);

/** The pane beside a picture of the workbook it works on, outside Excel. */
export function PreviewShell({ fileName, openWorkbook, loadFunctions }: PreviewShellProps) {
  const styles = useStyles();
  const opened = useAsync(openWorkbook);
  const [sheets, setSheets] = useState<SheetData[] | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [selection, setSelection] = useState<CellRange | null>(null);
  const [version, setVersion] = useState(0);
  const workbook = opened.status === "ready" ? opened.value : null;

  useEffect(() => {
    if (!workbook) return;
    let current = true;
    const unsubscribe = workbook.onSelection((sheet, row, column) => {
      setActive(sheet);
      setSelection({ sheet, top: row, left: column, bottom: row, right: column });
    });
    workbook
      .sheetNames()
      .then((names) => workbook.readSheets(names))
      .then(withScorecardFormulaValues)
      .then((read) => current && setSheets(read));
    return () => {
      current = false;
      unsubscribe();
    };
  }, [workbook, version]);

  const redraw = useCallback(() => setVersion((v) => v + 1), []);
  const shown = sheets?.find((s) => s.name === active) ?? sheets?.[0] ?? null;

  return (
    <div className={styles.root}>
      <header>
        <MessageBar intent="warning" layout="singleline">
          <MessageBarBody>
            <Body1Strong>Outside Excel — sample workbook.</Body1Strong> You are looking at a preview running on {fileName};
            nothing here touches a real workbook.
          </MessageBarBody>
        </MessageBar>
      </header>
      {opened.status === "loading" && <Spinner label={`Opening ${fileName}…`} />}
      {opened.status === "failed" && <ErrorNote title={`Could not open ${fileName}`} message={opened.message} />}
      {workbook && (
        <div className={styles.body}>
          <section className={styles.workbook} aria-label="Workbook">
            {shown ? (
              <SheetGrid
                sheet={shown}
                selection={selection}
                onCellClick={(row, column, extend) => {
                  const anchor = extend && selection && selection.sheet === shown.name ? selection : null;
                  const range: CellRange = anchor
                    ? { sheet: shown.name, top: Math.min(anchor.top, row), left: Math.min(anchor.left, column), bottom: Math.max(anchor.top, row), right: Math.max(anchor.left, column) }
                    : { sheet: shown.name, top: row, left: column, bottom: row, right: column };
                  workbook.selectRange(range);
                  setSelection(range);
                }}
              />
            ) : (
              <Spinner label="Reading the sheets…" />
            )}
            <TabList
              selectedValue={shown?.name ?? ""}
              onTabSelect={(_, data) => {
                const name = String(data.value);
                workbook.setActiveSheet(name);
                setActive(name);
              }}
              size="small"
              aria-label="Sheets"
            >
              {(sheets ?? []).map((sheet) => (
                <Tab key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </Tab>
              ))}
            </TabList>
          </section>
          {/* The pane is the page's main landmark, as it is in Excel: not nested in another landmark. */}
          <div className={styles.pane}>
            <App workbook={workbook} hostLabel="Preview" loadFunctions={loadFunctions} onWorkbookChanged={redraw} />
          </div>
        </div>
      )}
    </div>
  );
}
