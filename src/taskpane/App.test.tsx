import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { SheetData, WorkbookAdapter } from "../engine/workbook";
import { SheetGrid } from "../preview/SheetGrid";
import { App } from "./App";
import { parseFunctionMetadata } from "./functionList";

function memoryWorkbook(sheets: SheetData[]): WorkbookAdapter {
  return {
    host: "xlsx",
    sheetNames: async () => sheets.map((s) => s.name),
    readSheet: async (name) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`There is no sheet called "${name}".`);
      return sheet;
    },
    apply: async (plan) => ({ cellsWritten: plan.changes.length }),
  };
}

const HOSTILE = '<img src=x onerror=alert(1)>';
const scorecard: SheetData = {
  name: "Scorecard",
  top: 0,
  left: 0,
  values: [
    ["Measure", "Target", "Quarter 3"],
    ["Residential admissions for 65+", "<530", 438],
    [HOSTILE, '=HYPERLINK("http://x")', 0.869],
  ],
  numberFormats: [
    ["General", "General", "General"],
    ["General", "General", "#,##0"],
    ["General", "General", "0.0%"],
  ],
};

const metadata = parseFunctionMetadata({
  functions: [
    {
      id: "RATE",
      name: "RATE",
      description: "A rate per head of population.",
      parameters: [{ name: "count" }, { name: "population" }, { name: "per", optional: true }, { name: "decimals", optional: true }],
    },
  ],
});

const inFluent = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("task pane", () => {
  it("summarises the workbook it is given and lists the registered functions", async () => {
    inFluent(<App workbook={memoryWorkbook([scorecard])} hostLabel="Preview" loadFunctions={async () => metadata} />);
    expect(await screen.findByText("Scorecard")).toBeTruthy();
    expect(screen.getByText(/3 rows × 3 columns, 9 filled cells/)).toBeTruthy();
    expect(await screen.findByText("=SCORECARD.RATE(count, population, [per], [decimals])")).toBeTruthy();
    expect(screen.getByText("Preview")).toBeTruthy();
  });

  it("shows a failure to read the workbook as a message, not a blank pane", async () => {
    const broken: WorkbookAdapter = { ...memoryWorkbook([]), sheetNames: async () => Promise.reject(new Error("The workbook is protected.")) };
    inFluent(<App workbook={broken} hostLabel="Excel" loadFunctions={async () => metadata} />);
    expect(await screen.findByText("The workbook is protected.")).toBeTruthy();
  });
});

describe("preview grid", () => {
  it("renders cell text as text, never as HTML, and formats numbers as Excel shows them", () => {
    const { container } = inFluent(<SheetGrid sheet={scorecard} />);
    expect(screen.getByText(HOSTILE)).toBeTruthy();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText('=HYPERLINK("http://x")')).toBeTruthy();
    expect(screen.getByText("86.9%")).toBeTruthy();
    expect(screen.getByText("438")).toBeTruthy();
    expect(screen.getByText("C")).toBeTruthy();
  });
});
