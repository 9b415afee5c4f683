/**
 * Under the Columns card: keep the columns chosen in the workbook (so the tracker is read this way next time, here,
 * on a colleague's machine and from the command line), and undo that. Only draws what src/app/fundingColumns.ts does.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, SaveRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

export interface KeepColumnsProps {
  /** The columns differ from those the workbook would read them with: they can be kept. */
  readonly changed: boolean;
  /** Whether the columns shown are those stored in the workbook. */
  readonly stored: boolean;
  /** What the last keep or undo did, to say. */
  readonly done: string | null;
  readonly canUndo: boolean;
  readonly busy: boolean;
  readonly onKeep: () => void;
  readonly onUndo: () => void;
}

export function KeepColumns({ changed, stored, done, canUndo, busy, onKeep, onUndo }: KeepColumnsProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      {changed && (
        <Button icon={<SaveRegular />} onClick={onKeep} disabled={busy}>
          Keep these columns in the workbook
        </Button>
      )}
      {canUndo && (
        <Button icon={<ArrowUndoRegular />} onClick={onUndo} disabled={busy}>
          Undo keeping the columns
        </Button>
      )}
      {done ? <Caption1 role="status">{done}</Caption1> : stored && !changed && <Caption1>These are the columns stored in this workbook.</Caption1>}
    </div>
  );
}
