/** Task pane entry, loaded in the shared runtime page with the functions and commands bundles. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../adapters/office/officeWorkbook";
import { officeDownloadSupport } from "../adapters/office/downloads";
import { App } from "./App";
import { fetchFunctionList } from "./functionList";

const loadFunctions = () => fetchFunctionList();

Office.onReady((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  if (info.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <p>Committee Scorecard runs inside Excel. To try it without Excel, open preview.html.</p>
      </FluentProvider>,
    );
    return;
  }
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={new OfficeWorkbook()} hostLabel="Excel" loadFunctions={loadFunctions} downloads={officeDownloadSupport()} />
    </FluentProvider>,
  );
});
