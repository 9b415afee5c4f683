/** The browser preview: the task pane outside Office, on the bundled sample workbook. office.js is served from
   the build (not the CDN), so this page works with no internet; outside Office it reports host null. */
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

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewShell fileName={SAMPLE_FILE} openWorkbook={openSample} loadFunctions={loadFunctions} />
    </FluentProvider>,
  );
});
