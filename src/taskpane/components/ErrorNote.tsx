/** A failure message box for the pane. */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Always on several lines, and a long file name, formula or cell list breaks anywhere rather than widen the
  // pane: Excel's pane is about 320-350 px wide.
  body: { whiteSpace: "normal", overflowWrap: "anywhere", minWidth: 0 },
});

/** A failure the analyst can act on: the message names the cell, file or text at fault. */
export function ErrorNote({ title, message }: { title: string; message: string }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
