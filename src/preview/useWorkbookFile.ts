/**
 * The workbook the page works on: the bundled sample at first, then any .xlsx or .xlsm the analyst opens (the
 * file picker or a drop). The file is read in the browser by the same package reader as the command line; it is
 * never sent anywhere, and a copy is saved by the same package editor.
 */
import { useCallback, useEffect, useState } from "react";
import { openWorkbookFile, refreshedName } from "../adapters/xlsx/openFile";
import type { XlsxWorkbook } from "../adapters/xlsx/xlsxWorkbook";
import { saveFile, workbookType } from "../taskpane/components/saveFile";
import type { TaskFailure } from "../taskpane/useTask";

export interface OpenedFile {
  /** Changes with every file opened, so the pane starts afresh: no result of the last file stays actionable. */
  readonly id: number;
  readonly name: string;
  readonly sample: boolean;
  readonly workbook: XlsxWorkbook;
  /** The bytes as opened, saved back as they are while nothing has been written. */
  readonly bytes: Uint8Array | null;
}

export function useWorkbookFile(sampleName: string, openSample: () => Promise<XlsxWorkbook>) {
  const [file, setFile] = useState<OpenedFile | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<TaskFailure | null>(null);

  useEffect(() => {
    let current = true;
    openSample().then(
      (workbook) => current && setFile((shown) => shown ?? { id: 0, name: sampleName, sample: true, workbook, bytes: null }),
      (error: unknown) => current && setFailure({ title: `Could not open ${sampleName}`, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [sampleName, openSample]);

  /** Opens a file from the disk; one that cannot be read leaves the current workbook as it was. */
  const open = useCallback(async (picked: File) => {
    setOpening(picked.name);
    setFailure(null);
    try {
      const bytes = new Uint8Array(await picked.arrayBuffer());
      const opened = openWorkbookFile(picked.name, bytes);
      if (opened.ok) setFile((shown) => ({ id: (shown?.id ?? 0) + 1, name: picked.name, sample: false, workbook: opened.book, bytes }));
      else setFailure({ title: `Could not open ${picked.name}`, message: opened.message });
    } catch (error) {
      setFailure({ title: `Could not open ${picked.name}`, message: `${picked.name} could not be read from the disk: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setOpening(null);
    }
  }, []);

  /** Downloads the workbook as the command line would write it: "Q3.xlsx" as "Q3.refreshed.xlsx". */
  const save = useCallback(() => {
    if (!file) return;
    const bytes = !file.workbook.changed && file.bytes ? file.bytes : file.workbook.save();
    saveFile(refreshedName(file.name), bytes, workbookType(file.name));
  }, [file]);

  // The sample is opening until it, or a file of the analyst's, is shown.
  return { file, opening: opening ?? (file === null && failure === null ? sampleName : null), failure, open, save };
}
