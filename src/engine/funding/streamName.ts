/**
 * A funding stream's name wherever it is shown (pane, chart, checks, committee paper, report --json): the fund, and
 * its round in brackets where it has more than one, "Infection Control Fund (Round 4)". A round that says the
 * fund had only one ("Single allocation") adds nothing, so it is left out.
 */
const ONLY_ROUND = /^(?:single|one-off|one off|only)(?:\s+(?:allocation|payment|round|grant))?$/i;

export function streamName(stream: { readonly fund: string; readonly round: string }): string {
  const round = stream.round.trim();
  return round === "" || ONLY_ROUND.test(round) ? stream.fund : `${stream.fund} (${round})`;
}
