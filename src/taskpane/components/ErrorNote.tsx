/** A failure message box for the pane. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** A failure the analyst can act on: the message names the cell, file or text at fault. */
export function ErrorNote({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
