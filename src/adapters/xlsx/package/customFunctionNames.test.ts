/**
 * The add-in's functions as a file keeps them (`_xldudf_SCORECARD_RAG(`) and as Excel shows them (`SCORECARD.RAG(`),
 * on real-shaped formulas: the planner's own, nested, beside built-in functions and string literals.
 */
import { formulaForFile, formulaFromFile } from "./customFunctionNames";

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["SCORECARD.RAG(K6,E6,B6,0.05)", "_xldudf_SCORECARD_RAG(K6,E6,B6,0.05)"],
  ['SCORECARD.RAG(SCORECARD.YTD(G8:J8,"latest"),E8,B8,0.05)', '_xldudf_SCORECARD_RAG(_xldudf_SCORECARD_YTD(G8:J8,"latest"),E8,B8,0.05)'],
  ["SCORECARD.RAG(SCORECARD.FORECAST(K8,COUNTA(G8:J8),4),E8,B8,0.05)", "_xldudf_SCORECARD_RAG(_xldudf_SCORECARD_FORECAST(K8,COUNTA(G8:J8),4),E8,B8,0.05)"],
  ["SCORECARD.TREND(I6-H6,H6-G6,B6)", "_xldudf_SCORECARD_TREND(I6-H6,H6-G6,B6)"],
  ["IF(L6=\"\",\"\",SCORECARD.EXPLAIN(K6,E6,B6,0.05))", "IF(L6=\"\",\"\",_xldudf_SCORECARD_EXPLAIN(K6,E6,B6,0.05))"],
];

describe("the add-in's function names in a file", () => {
  it.each(PAIRS)("%s is kept in the file as %s, and reads back as typed", (typed, filed) => {
    expect(formulaForFile(typed)).toBe(filed);
    expect(formulaFromFile(filed)).toBe(typed);
  });

  it("leaves string literals, other add-ins' functions and built-in functions as they are", () => {
    const formula = 'IF(A1="SCORECARD.RAG(",_xldudf_CONTOSO_ADD(1,2),_xlfn.XLOOKUP(A1,B:B,C:C))';
    expect(formulaForFile(formula)).toBe(formula);
    expect(formulaFromFile(formula)).toBe(formula);
    expect(formulaFromFile('"_xldudf_SCORECARD_RAG(" & A1')).toBe('"_xldudf_SCORECARD_RAG(" & A1');
    expect(formulaForFile("MYSCORECARD.RAG(A1)")).toBe("MYSCORECARD.RAG(A1)");
  });

  it("writes the name in capitals, as Excel does, whatever case it was typed in", () => {
    expect(formulaForFile("scorecard.rag(K6,E6)")).toBe("_xldudf_SCORECARD_RAG(K6,E6)");
  });
});
