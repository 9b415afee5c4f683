/** The page's own bar: which workbook it is working on, that it stays on this machine, and open / save. */
import { Body1, Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular, LockClosedRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { refreshedName } from "../adapters/xlsx/openFile";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  about: { flexGrow: 1, flexBasis: "24rem", minWidth: 0, display: "grid", rowGap: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
  privacy: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface FileBarProps {
  /** The workbook's file name, or null while none is open. */
  readonly name: string | null;
  readonly sample: boolean;
  readonly busy: boolean;
  readonly onOpen: (file: File) => void;
  readonly onSave: () => void;
}

export const ACCEPTED = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12";

export function FileBar({ name, sample, busy, onOpen, onSave }: FileBarProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar}>
      <div className={styles.about}>
        <Body1>
          <Body1Strong>Outside Excel — {sample ? "sample workbook" : name}.</Body1Strong>{" "}
          {sample ? "Open your own workbook, or try the pane on the sample." : "Save a copy to keep what the pane writes; the file you opened is not changed."}
        </Body1>
        <Caption1 className={styles.privacy}>
          <LockClosedRegular aria-hidden />
          Your workbook is read in this browser and never leaves this machine: nothing is uploaded, and the page works offline once loaded.
        </Caption1>
      </div>
      <div className={styles.actions}>
        <Button icon={<FolderOpenRegular />} onClick={() => picker.current?.click()} disabled={busy}>
          Open a workbook…
        </Button>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} onClick={onSave} disabled={busy || name === null} title={name ? `Saves ${refreshedName(name)} to your downloads` : undefined}>
          Save a copy
        </Button>
        <input
          ref={picker}
          type="file"
          accept={ACCEPTED}
          hidden
          aria-label="Workbook file (.xlsx or .xlsm)"
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            // Cleared, so choosing the same file again opens it again.
            event.target.value = "";
            if (chosen) onOpen(chosen);
          }}
        />
      </div>
    </div>
  );
}
