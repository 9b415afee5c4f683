/** Rates → Preview on the sample: what the live formula will show, and the one cell it writes. */
import { openSample } from "../../test/helpers/sampleWorkbook";
import { ASCOF_MEASURES } from "../engine/rates/ascofCatalogue";
import { previewRates } from "./ratesPreview";

describe("previewing a rate formula", () => {
  it("reproduces the published 65+ admissions rates from the counts and the population Q3 implies", async () => {
    const book = await openSample();
    const measure = ASCOF_MEASURES.find((m) => m.id === "2A(2)" && m.framework === "2014-22")!;
    const previewed = await previewRates(book, { choice: { kind: "ascof", measure }, counts: "G8:I8", population: "87,008", output: "M8" });
    if (!previewed.ok) throw new Error(previewed.error.message);
    // The sheet's own per-100k row says 156.3, 333.3 and 503.4.
    expect(previewed.value.results).toEqual(["156.3", "333.3", "503.4"]);
    expect(previewed.value.formula).toBe('=SCORECARD.ASCOF("2A(2)",G8:I8,87008,"2014-22")');
    expect(previewed.value.plan).toEqual({
      changes: [{ kind: "formula", sheet: "Scorecard", row: 7, column: 12, formula: previewed.value.formula }],
      allowed: [{ sheet: "Scorecard", top: 7, bottom: 7, left: 12, right: 12 }],
    });
  });

  it("says which text is not a range or a population, naming it", async () => {
    const book = await openSample();
    const choice = { kind: "rate" as const, per: 100_000 };
    expect(await previewRates(book, { choice, counts: "G8 to I8", population: "87,008", output: "M8" })).toMatchObject({ ok: false, error: { message: '"G8 to I8" is not a cell or range such as I8:K8.' } });
    expect(await previewRates(book, { choice, counts: "G8:I8", population: "lots", output: "M8" })).toMatchObject({ ok: false, error: { message: 'The population "lots" is neither a cell (Populations!C3) nor a number (87,009).' } });
  });
});
