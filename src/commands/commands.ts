/** Ribbon commands. They run in the shared runtime, so they use the same adapters and refresh as the pane. */
import { OfficeWorkbook } from "../adapters/office/officeWorkbook";
import { publishRibbonRefresh } from "../app/ribbonStatus";
import { refreshWorkbook } from "../app/refreshWorkbook";

/**
 * "Refresh scorecards": re-applies every scorecard table set up in this workbook. A workbook never set up, and any
 * problem, opens the pane, which says why nothing was written: there the refresh shows its plan before it writes.
 */
export async function refreshScorecards(event: Office.AddinCommands.Event): Promise<void> {
  const at = new Date().toISOString();
  try {
    const result = await refreshWorkbook(new OfficeWorkbook(), { scope: "active", setUpOnly: true });
    if (result.ok) {
      const moved = result.value.refresh.ratingChanges.count;
      const counted = result.value.noChange ? "No changes." : `${moved} rating${moved === 1 ? "" : "s"} changed.`;
      // A column found away from where it was set up is said too: the ribbon shows no plan first.
      const columns = result.value.refresh.moved.map((line) => ` ${line}.`).join("");
      publishRibbonRefresh({ at, ok: true, message: `${counted}${columns}` });
    } else {
      publishRibbonRefresh({ at, ok: false, message: result.error.message, ...(result.failure === "not-set-up" ? { notSetUp: true } : {}) });
      await Office.addin.showAsTaskpane();
    }
  } catch (error) {
    publishRibbonRefresh({ at, ok: false, message: error instanceof Error ? error.message : String(error) });
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

/**
 * Registered as soon as this module runs, not inside Office.onReady: a ribbon click that loads the page calls the
 * action as soon as the page's scripts have run, before onReady resolves (office-js#5176; the workaround in #2744).
 * Outside Office (the preview, tests) there is no `Office.actions` and nothing to register.
 */
export function registerRibbonActions(office: { actions?: { associate(name: string, action: (event: Office.AddinCommands.Event) => unknown): void } } | undefined): boolean {
  if (!office?.actions) return false;
  office.actions.associate("refreshScorecards", refreshScorecards);
  return true;
}

registerRibbonActions(typeof Office === "undefined" ? undefined : Office);
