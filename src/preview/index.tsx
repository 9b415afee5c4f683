/** The browser preview: the task pane outside Office, on the bundled sample workbook. It loads no office.js:
   nothing here calls Office (the pane works through the .xlsx adapter), and outside Office office.js only reports
   host null, after fetching its host table and trying a telemetry frame, about 150 ms of a first render. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { openXlsx } from "../adapters/xlsx/loadWorkbook";
import { fetchFunctionList } from "../taskpane/functionList";
import { PreviewShell } from "./PreviewShell";

export const SAMPLE_FILE = "scorecard-q3-2021-22.xlsx";

async function openSample() {
  const response = await fetch(`samples/${SAMPLE_FILE}`);
  if (!response.ok) throw new Error(`The sample workbook is missing (samples/${SAMPLE_FILE}: HTTP ${response.status}).`);
  return openXlsx(await response.arrayBuffer());
}

const loadFunctions = () => fetchFunctionList();

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewShell fileName={SAMPLE_FILE} openWorkbook={openSample} loadFunctions={loadFunctions} />
    </FluentProvider>,
  );
}
