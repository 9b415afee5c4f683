/** How a label's words pick one measure: made-up measures, so each rule is seen apart from the catalogue's order. */
import { ASCOF_MEASURES, type AscofMeasure } from "./ascofCatalogue";
import { bestMatch } from "./ascof";

describe("bestMatch, whatever order the catalogue lists measures in", () => {
  // Made-up measures on a real one's fields: only the id and the keywords matter here.
  const measure = (id: string, keywords: string[]): AscofMeasure => ({ ...ASCOF_MEASURES[0], id, keywords });
  const general = measure("G", ["a", "b", "c", "d"]);
  const specific = measure("S", ["a", "b", "c", "d", "e", "f"]); // G's four keywords and two more
  const other = measure("O", ["a", "x", "y", "z", "w", "v"]); // shares one keyword with G
  const words = (...list: string[]) => new Set(list);

  it.each([
    [[general, specific]],
    [[specific, general]],
  ])("a label with only the general measure's words is it; one naming a specific word is the specific one", (measures) => {
    // G: 4 of 4; S: 4 of 6 (0.67). Same count, so the larger share, G. With "e": S has 5, more, and refines G.
    expect(bestMatch(measures, words("a", "b", "c", "d"))?.id).toBe("G");
    expect(bestMatch(measures, words("a", "b", "c", "d", "e"))?.id).toBe("S");
  });

  it.each([
    [[general, other]],
    [[other, general]],
  ])("of two measures sharing only some keywords, the larger share wins, not the longer list", (measures) => {
    // G all 4 of 4 (1.0); O a, x, y, z, w: 5 of 6 (0.83). O matches more words, but does not refine G: G's share wins.
    expect(bestMatch(measures, words("a", "b", "c", "d", "x", "y", "z", "w"))?.id).toBe("G");
    // With v too, O is 6 of 6: equal shares, and O has more words.
    expect(bestMatch(measures, words("a", "b", "c", "d", "x", "y", "z", "w", "v"))?.id).toBe("O");
  });

  it("names none when two fit equally, and none when nothing fits above 0.6", () => {
    expect(bestMatch([measure("P", ["p", "q"]), measure("Q", ["q", "r"])], words("p", "q", "r"))).toBeNull();
    expect(bestMatch([general], words("a", "b"))).toBeNull(); // 2 of 4 = 0.5
  });
});
