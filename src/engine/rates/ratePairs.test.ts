/** Count rows paired with their rate rows, and the populations they imply. */
import { openSample } from "../../../test/helpers/sampleWorkbook";
import { parseRange, rangeReference } from "../sheet/address";
import { detectTables } from "../scorecard/detect";
import { checkImpliedPopulations } from "./rateChecks";
import { ratePairCells, suggestRatePairs } from "./ratePairs";

describe("pairing count rows with their rate rows on the sample scorecard", () => {
  it("suggests the four published pairs by name", async () => {
    const sheet = await (await openSample()).readSheet("Scorecard");
    const [table] = detectTables(sheet);
    const pairs = suggestRatePairs(sheet, table);
    expect(pairs.map((p) => [p.countRow + 1, p.rateRow + 1, p.per])).toEqual([
      [6, 7, 100_000], // 18-64 admissions → ASCOF 2A1
      [8, 9, 100_000], // 65+ admissions → ASCOF 2A2
      [42, 43, 10_000], // carers supported → carers per 10k
      [47, 48, 100_000], // new DOLS requests → per 100,000
    ]);
  });

  it("flags the 65+ pair's prior year-end, whose implied population differs from this year's quarters", async () => {
    const sheet = await (await openSample()).readSheet("Scorecard");
    const [table] = detectTables(sheet);
    const pair = suggestRatePairs(sheet, table).find((p) => p.rateRow === 8)!;
    const findings = checkImpliedPopulations(ratePairCells(sheet, table, pair));
    expect(findings.map((f) => f.cell)).toEqual(["Scorecard!F9"]);
    expect(findings[0].message).toContain("implies a population of 88,247, 1.4% more than the 87,009 the other periods imply");
  });
});

describe("A1 references", () => {
  it.each([
    ["I8:K8", { sheet: "Scorecard", top: 7, bottom: 7, left: 8, right: 10 }],
    ["Populations!C3", { sheet: "Populations", top: 2, bottom: 2, left: 2, right: 2 }],
    ["'Q3 data'!$B$2:B9", { sheet: "Q3 data", top: 1, bottom: 8, left: 1, right: 1 }],
  ])("%p", (text, expected) => {
    expect(parseRange(text, "Scorecard")).toEqual(expected);
  });

  it("refuses what is not a reference, and writes references back", () => {
    expect(parseRange("87,009", "Scorecard")).toBeNull();
    expect(rangeReference(parseRange("'Q3 data'!B2", "x")!, "Scorecard")).toBe("'Q3 data'!B2");
    expect(rangeReference(parseRange("I8:K8", "Scorecard")!, "Scorecard")).toBe("I8:K8");
  });
});
