/** The preview's picture of the workbook shows what Excel would: live SCORECARD formulas with their values. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { councilWorkbookBytes, encryptedWorkbookBytes } from "../../test/helpers/councilWorkbook";
import { openSample } from "../../test/helpers/sampleWorkbook";
import { PreviewShell } from "./PreviewShell";

describe("the preview's grid", () => {
  it("shows a written SCORECARD formula's value, not a blank cell", async () => {
    const book = await openSample();
    // What "Live SCORECARD formulas" writes for the 65+ admissions row (K8 438 against "<530", low is good).
    await book.apply({
      changes: [{ kind: "formula", sheet: "Scorecard", row: 7, column: 11, formula: "=SCORECARD.RAG(K8,E8,B8,0.05)" }],
      allowed: [{ sheet: "Scorecard", top: 7, bottom: 7, left: 11, right: 11 }],
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewShell fileName="sample.xlsx" openWorkbook={() => Promise.resolve(book)} loadFunctions={() => Promise.resolve([])} />
      </FluentProvider>,
    );
    const grid = await screen.findByRole("table", { name: "Sheet Scorecard" });
    const row = within(grid).getAllByRole("row")[8];
    expect(await within(row).findByText("Green")).toBeTruthy();
  });
});

describe("the page as a web app: the analyst's own file", () => {
  // jsdom's Blob has no arrayBuffer(), which every browser the page supports has: read it as browsers did before.
  beforeAll(() => {
    Blob.prototype.arrayBuffer ??= function (this: Blob) {
      return new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    };
  });

  // Reading a file and drawing its grid take longer than findBy's default second on a busy machine.
  const WAIT = { timeout: 30000 };
  const renderShell = () =>
    render(
      <FluentProvider theme={webLightTheme}>
        <PreviewShell fileName="sample.xlsx" openWorkbook={openSample} loadFunctions={() => Promise.resolve([])} />
      </FluentProvider>,
    );
  const choose = (name: string, bytes: Uint8Array) =>
    fireEvent.change(screen.getByLabelText("Workbook file (.xlsx or .xlsm)"), { target: { files: [new File([bytes.slice()], name)] } });

  it("refuses an encrypted file in the command line's words and keeps the sample open; opens a council workbook; saves it as X.refreshed.xlsx", async () => {
    renderShell();
    expect(await screen.findByText("Outside Excel — sample workbook.", {}, WAIT)).toBeTruthy();
    expect(screen.getByText(/never leaves this machine/)).toBeTruthy();

    choose("locked.xlsx", encryptedWorkbookBytes());
    const title = await screen.findByText("Could not open locked.xlsx", {}, WAIT);
    expect(title.parentElement?.textContent).toContain("locked.xlsx is encrypted (password-protected). Open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.");
    expect(screen.getByText("Outside Excel — sample workbook.")).toBeTruthy();

    const council = councilWorkbookBytes();
    choose("council-q3.xlsx", council);
    expect(await screen.findByText("Outside Excel — council-q3.xlsx.", {}, WAIT)).toBeTruthy();
    const grid = await screen.findByRole("table", { name: "Sheet Scorecard" }, WAIT);
    expect(within(grid).getByText("Benchmarking/ ASCOF Indicators")).toBeTruthy();
    expect(screen.queryByText("Could not open locked.xlsx")).toBeNull();

    // Nothing written yet: the download is the file as it was opened, byte for byte, under the CLI's output name.
    const saved: { name: string; blob: Blob | null } = { name: "", blob: null };
    URL.createObjectURL = (blob: Blob) => ((saved.blob = blob), "blob:saved");
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.name = this.download;
    });
    fireEvent.click(screen.getByRole("button", { name: "Save a copy" }));
    click.mockRestore();
    expect(saved.name).toBe("council-q3.refreshed.xlsx");
    expect(new Uint8Array(await saved.blob!.arrayBuffer())).toEqual(council);
  });
});
