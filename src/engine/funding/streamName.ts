/**
 * A funding stream's name wherever it is shown (pane, chart, checks, committee paper, report --json): the fund, and
 * its round in brackets where it has more than one, "Infection Control Fund (Round 4)". A round that says the
 * fund had only one ("Single allocation") adds nothing, so it is left out.
 */
const ONLY_ROUND = /^(?:single|one-off|one off|only)(?:\s+(?:allocation|payment|round|grant))?$/i;

export function streamName(stream: { readonly fund: string; readonly round: string }): string {
  const round = stream.round.trim();
  if (round === "" || ONLY_ROUND.test(round)) return stream.fund;
  // A round with brackets of its own, "2022/23 (year 1)", follows a comma rather than nesting them.
  return round.includes("(") ? `${stream.fund}, ${round}` : `${stream.fund} (${round})`;
}
