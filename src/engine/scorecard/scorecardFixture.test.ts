/** The engine over every cell of the published Q3 2021/22 scorecard (55 measures, text exactly as printed). */
import { laidOutFixture } from "../../../test/helpers/fixtureScorecard";
import { readFigure, isBlankLike } from "../core/cellNumber";
import { checkPolaritySpelling, checkRow } from "./checks";
import { explain } from "./explain";
import { parsePolarity } from "../core/polarity";
import { rag } from "./rag";
import { parseTarget } from "./target";
import { yearToDate } from "./ytd";

const rows = laidOutFixture();

describe("the published scorecard, cell by cell", () => {
  it("has all 55 measures", () => {
    expect(rows).toHaveLength(55);
  });

  it("reads every figure cell, or reports it as a finding naming the cell", () => {
    const findings = rows.flatMap((row) => checkRow(row.cells));
    for (const row of rows) {
      const figureCells = [...row.cells.periods, row.cells.ytd!, ...(row.cells.others ?? [])];
      for (const cell of figureCells) {
        if (isBlankLike(cell.value)) continue;
        const readable = readFigure(cell.value).ok;
        const reported = findings.some((f) => f.cell === cell.address && f.severity === "error");
        expect({ cell: cell.address, readable, reported }).toEqual({ cell: cell.address, readable: !reported, reported });
      }
      expect(parsePolarity(row.fixture.polarity).ok).toBe(true);
      expect(parseTarget(row.fixture.target).ok).toBe(true);
    }
  });

  it("reproduces the YTD of all 13 in-period count rows as the sum of the quarters", () => {
    const counts = rows.filter((row) => row.fixture.measure_type.startsWith("count in period"));
    expect(counts).toHaveLength(13);
    for (const row of counts) {
      const quarters = [row.fixture.q1, row.fixture.q2, row.fixture.q3, row.fixture.q4];
      expect({ measure: row.fixture.measure, ytd: yearToDate(quarters, "sum", null) }).toEqual({
        measure: row.fixture.measure,
        ytd: { ok: true, value: readFigure(row.fixture.ytd).ok ? (readFigure(row.fixture.ytd) as { value: { value: number } }).value.value : null },
      });
    }
  });

  it("rates every measure with a target and a direction, and explains each rating", () => {
    const rated = rows
      .map((row) => ({ measure: row.fixture.measure, rating: rag(row.fixture.ytd, row.fixture.target, row.fixture.polarity, null) }))
      .filter(({ rating }) => rating.ok && rating.value !== "");
    expect(rated.map(({ measure, rating }) => [measure.slice(0, 50), rating.ok && rating.value])).toEqual([
      ["Residential admissions for 18-64 age band (total a", "Green"], // 18 < 30
      ["Residential admissions for 65+ age band (total adm", "Green"], // 438 < 530 (YTD; the year-end forecast is another matter)
      ["Proportion of adults with a learning disability li", "Amber"], // 85.0% vs 87%: 2.3% short
      ["Number of new case contacts in period", "Green"], // 9,421 ≤ 13,000 (low is good)
      ["Percentage of clients who have received long term ", "Red"], // 55.5% vs 75%
      ["Proportion of service users in receipt of a commun", "Green"], // 83.5% ≥ 80%
    ]);
    // The DOLS timeliness row has a target but its YTD is "N/A": not rated, and the explanation says why.
    const dols = rows.find((row) => row.fixture.measure.startsWith("Timeliness of DOLS"))!;
    expect(explain(dols.fixture.ytd, dols.fixture.target, dols.fixture.polarity, null)).toEqual({ ok: true, value: "No rating: there is no value." });
    expect(explain(dols.fixture.q3, dols.fixture.target, dols.fixture.polarity, null)).toEqual({
      ok: true,
      value: "Green: 38 meets the target of 40 (low is good; tolerance 5%).",
    });
  });

  it("lists these data findings (read and agreed: each is a real question to put to the analyst)", () => {
    const findings = [
      ...rows.flatMap((row) => checkRow(row.cells)),
      ...checkPolaritySpelling(rows.map((row) => row.cells.polarity!)),
    ];
    expect(findings).toMatchSnapshot();
  });
});
