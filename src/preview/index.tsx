/** The browser page: the task pane outside Office, on the bundled sample or a workbook from the disk. It loads no office.js:
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

/**
 * Keeps the page's files for offline use. Its scope is this page alone: the add-in's taskpane.html, served from
 * the same folder, is never controlled by it. Where it cannot register (a file:// page, an untrusted certificate)
 * the page still works, online.
 */
function keepForOffline() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register("preview-sw.js", { scope: "./preview.html" }).catch((error: unknown) => {
    console.warn(`The page will not work offline: its service worker did not register (${error instanceof Error ? error.message : String(error)}).`);
  });
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewShell fileName={SAMPLE_FILE} openWorkbook={openSample} loadFunctions={loadFunctions} />
    </FluentProvider>,
  );
  keepForOffline();
}
