import { streamName } from "./streamName";

describe("streamName", () => {
  it.each([
    ["Infection Control Fund", "Round 6", "Infection Control Fund (Round 6)"],
    ["Workforce Recruitment and Retention Fund", " Round 2 ", "Workforce Recruitment and Retention Fund (Round 2)"],
    // A round that says there was only one names nothing more.
    ["Care at Home Incentive Fund", "Single allocation", "Care at Home Incentive Fund"],
    ["Omicron Support Fund", "single allocation", "Omicron Support Fund"],
    ["Market Sustainability Fund", "One-off payment", "Market Sustainability Fund"],
    ["Discharge Fund", "", "Discharge Fund"],
    ["Discharge Fund", "  ", "Discharge Fund"],
    // A round that only starts like one of those is still named.
    ["Discharge Fund", "Single allocation, tranche 2", "Discharge Fund (Single allocation, tranche 2)"],
    ["Market Sustainability Fund", "2022/23 (year 1)", "Market Sustainability Fund, 2022/23 (year 1)"],
  ])("%p, round %p, is %p", (fund, round, expected) => {
    expect(streamName({ fund, round })).toBe(expected);
  });
});
