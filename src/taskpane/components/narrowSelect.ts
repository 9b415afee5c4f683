/**
 * A dropdown that shrinks to the pane rather than to its longest option: a <select> is as wide as its longest
 * option ("Residential admissions for 18-64 age band…", "N: Remaining (£)") unless told otherwise, which at Excel's
 * narrowest pane (about 320 px) puts it past the pane's edge. The options still show in full when it opens.
 */
import { makeStyles } from "@fluentui/react-components";

export const useNarrowSelectStyles = makeStyles({
  /** The Field around it. */
  field: { minWidth: 0 },
  /** The Select's root. */
  root: { minWidth: 0 },
  /** The Select's own <select>. */
  select: { width: "100%", minWidth: 0 },
});
