/** Formula mode on a target not set yet: RAG gives "" (not rated), EXPLAIN says there is no target; never #VALUE!. */
import { installCustomFunctions, shown } from "../../test/helpers/customFunctionsRuntime";

installCustomFunctions();
const { rag, explain } = require("./scorecard") as typeof import("./scorecard");

describe("SCORECARD.RAG and EXPLAIN on a target not set yet", () => {
  it.each(["TBC", "To be set", "n/a", "TBA"])("%s", async (target) => {
    const rating = await rag([["438"]], [[target]], [["Low is good"]], null);
    expect(rating.map((row) => row.map(shown))).toEqual([[""]]);
    const sentence = await explain([["438"]], [[target]], [["Low is good"]], null, null, null);
    expect(String(shown(sentence[0][0]))).toContain("no target");
  });
});
