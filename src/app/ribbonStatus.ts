/**
 * The ribbon's "Refresh scorecards" runs without the pane, but in the same shared runtime (one window). Its outcome
 * is published on that window, so the pane shows it when it opens or is already open. The commands and pane are
 * separate bundles, hence the window rather than a module variable.
 */
export interface RibbonRefreshStatus {
  readonly at: string;
  readonly ok: boolean;
  /** "6 ratings changed.", "No changes.", or the error message. */
  readonly message: string;
  /** Nothing was written because the workbook has no scorecard set up: not an error, a next step. */
  readonly notSetUp?: boolean;
}

const EVENT = "scorecard-ribbon-refresh";

interface StatusWindow {
  scorecardRibbonRefresh?: RibbonRefreshStatus;
}

export function publishRibbonRefresh(status: RibbonRefreshStatus): void {
  (globalThis as StatusWindow).scorecardRibbonRefresh = status;
  globalThis.dispatchEvent?.(new CustomEvent<RibbonRefreshStatus>(EVENT, { detail: status }));
}

export function lastRibbonRefresh(): RibbonRefreshStatus | null {
  return (globalThis as StatusWindow).scorecardRibbonRefresh ?? null;
}

export function onRibbonRefresh(listener: (status: RibbonRefreshStatus) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<RibbonRefreshStatus>).detail);
  globalThis.addEventListener?.(EVENT, handler);
  return () => globalThis.removeEventListener?.(EVENT, handler);
}
