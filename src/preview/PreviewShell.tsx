/** The browser preview: the pane beside a picture of the sample workbook, where no Excel is installed. */
import { Spinner, Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState, type DragEvent } from "react";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import type { SheetData } from "../engine/sheet/workbook";
import { App } from "../taskpane/App";
import { ErrorNote } from "../taskpane/components/ErrorNote";
import type { FunctionInfo } from "../taskpane/functionList";
import type { CellRange } from "../engine/sheet/workbook";
import { FileBar } from "./FileBar";
import { SheetGrid } from "./SheetGrid";
import { useWorkbookFile, type OpenedFile } from "./useWorkbookFile";
import { withFormulaValues, type SheetFunction } from "./formulas";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", height: "100vh" },
  // A file dragged over the page: the whole page takes the drop.
  dropping: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-3px" },
  body: {
    display: "flex",
    flexGrow: 1,
    minHeight: 0,
    // A narrow window (a phone, a split screen): the pane above the grid, full width.
    "@media (max-width: 640px)": { flexDirection: "column-reverse" },
  },
  workbook: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, minHeight: "12rem" },
  // As wide as Excel's own task pane (about 320-350 px); the pane's content never scrolls sideways.
  pane: {
    width: "360px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    "@media (max-width: 640px)": { width: "auto", maxHeight: "60vh", borderLeft: "none" },
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

/** The pane beside a picture of the workbook it works on, outside Excel: the sample, or a file from the disk. */
export function PreviewShell({ fileName, openWorkbook, loadFunctions }: PreviewShellProps) {
  const styles = useStyles();
  // The sample is opened once, whatever function a re-render passes.
  const [openSample] = useState(() => openWorkbook);
  const { file, opening, failure, open, save } = useWorkbookFile(fileName, openSample);
  const [dragging, setDragging] = useState(false);
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes("Files");

  return (
    <div
      className={mergeClasses(styles.root, dragging && styles.dropping)}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setDragging(true);
      }}
      onDragLeave={(event) => event.currentTarget === event.target && setDragging(false)}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const dropped = event.dataTransfer.files[0];
        if (dropped) void open(dropped);
      }}
    >
      <header>
        <FileBar name={file?.name ?? null} sample={file?.sample ?? true} busy={opening !== null} onOpen={(picked) => void open(picked)} onSave={save} />
        {failure && <ErrorNote title={failure.title} message={failure.message} />}
      </header>
      {opening !== null && <Spinner label={`Opening ${opening}…`} />}
      {/* Keyed by the file: a newly opened workbook starts on its first sheet, and no result planned on the last
          one stays actionable in the pane. */}
      {file && <WorkbookAndPane key={file.id} file={file} loadFunctions={loadFunctions} />}
    </div>
  );
}

/** The grid of the open workbook beside the pane working on it. */
function WorkbookAndPane({ file, loadFunctions }: { file: OpenedFile; loadFunctions: () => Promise<FunctionInfo[]> }) {
  const styles = useStyles();
  const { workbook } = file;
  const [sheets, setSheets] = useState<SheetData[] | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [selection, setSelection] = useState<CellRange | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
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
      <div className={styles.pane} data-pane="">
        <App workbook={workbook} hostLabel={file.sample ? "Preview" : "In your browser"} loadFunctions={loadFunctions} onWorkbookChanged={redraw} />
      </div>
    </div>
  );
}
