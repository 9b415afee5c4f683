/** The ids a published scorecard prints beside its measures, checked against the measures' own words. */
import scorecard from "../../../test/fixtures/scorecard-q3-2021-22.json";
import { ascofLabelFinding } from "./ascofLabelCheck";

const labelled = scorecard.rows.filter((row) => /ASCOF/.test(row.measure)).map((row) => row.measure);

describe("an ASCOF id printed in a measure's label", () => {
  it("finds the published scorecard's four labelled rows, and only the learning-disability own-home row is wrong", () => {
    expect(labelled).toHaveLength(4);
    const findings = labelled.map((label, i) => ascofLabelFinding(label, `Scorecard!A${i + 5}`)).filter((f) => f !== null);
    // 2A1 and 2A2 are the 18-64 and 65+ admissions (2014–22 ids), 1E learning-disability employment: as labelled.
    // "Living in their own home or with their family" is 1G in 2014–22 (2E from 2023-24); 1F there is mental health.
    expect(findings).toEqual([
      {
        cell: "Scorecard!A8",
        severity: "warning",
        message: expect.stringMatching(/^The label says ASCOF 1F, but its words describe 1G in the 2014–22 ids \("[^"]*learning disabilit[^"]*own home[^"]*"\); 1F there is "[^"]*mental health[^"]*"\. Check the id/),
      },
    ]);
  });

  it.each([
    "Proportion of adults with a learning disability in paid employment (ASCOF 1E)",
    "ASC 1C part 2A: The proportion of people using social care who receive direct payments (adults receiving direct payments)",
    "Long-term support needs of older adults (aged 65 and over) met by admission to residential and nursing care homes, per 100,000 population (ASCOF 2C)",
    // No id printed, or words that describe no one measure: nothing is claimed.
    "Residential admissions for 65+ age band (total admissions year to date)",
    "Delayed transfers of care (ASCOF 2C)",
    "ASCOF 9Z",
    "Social care workforce turnover (ASCOF 6J)", // an id no framework has: nothing to compare the words with
    "Adjusted social care-related quality of life (ASCOF 1C)", // 1C in 2023-24 ids: the adjustment names it
  ])("says nothing of %p", (label) => expect(ascofLabelFinding(label, "Scorecard!A1")).toBeNull());
});
