/* Ribbon commands. They run in the shared runtime, so they can use the same adapters as the pane. */

/**
 * "Refresh scorecards": re-applies every configured table. Until stored scorecard settings exist (the scorecard
 * wizard), there is nothing to re-apply headlessly, so the command opens the pane where the analyst sets one up.
 */
export async function refreshScorecards(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("refreshScorecards", refreshScorecards);
});
