/** A card's title: the pane's one heading style, a level-2 heading so screen readers can move between cards. */
import { Body1 } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function CardTitle({ children }: { readonly children: ReactNode }) {
  return (
    <Body1 as="h2">
      <b>{children}</b>
    </Body1>
  );
}
