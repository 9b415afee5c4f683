/** The .xlsx adapter: reading sheets as the engine sees them, and applying a plan to the package. */
import { unzipSync } from "fflate";
import { cellAt, openSample } from "../../../test/helpers/sampleWorkbook";
import { refreshWorkbook } from "../../app/refreshWorkbook";
import { fillApplies } from "../../engine/sheet/workbook";
import { generateWorkbook } from "../../../test/helpers/xlsxGenerator";
import { XlsxWorkbook } from "./xlsxWorkbook";

describe("XlsxWorkbook on the bundled sample scorecard", () => {
  it("reads cells as a committee typed them: percentages as fractions, counts as numbers, targets as text", async () => {
    const book = await openSample();
    expect(await book.sheetNames()).toEqual(["Scorecard", "Funding", "Timeline", "Timeline baselines", "Populations"]);
    const sheet = await book.readSheet("Scorecard");
    const header = sheet.values[3];
    expect(header.slice(0, 3)).toEqual(["Measure", "Polarity", "NW stat Av"]);
    const row = (prefix: string) => sheet.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(prefix));
    const lifeAtHome = row("Proportion of adults with a learning disability living in their own home");
    expect(sheet.values[lifeAtHome][4]).toBeCloseTo(0.87, 10);
    expect(sheet.numberFormats[lifeAtHome][4]).toBe("0%");
    const contacts = row("Number of new case contacts in period");
    expect(sheet.values[contacts].slice(4, 11)).toEqual([13000, 11662, 3382, 3142, 2897, null, 9421]);
    expect(sheet.numberFormats[contacts][6]).toBe("#,##0");
    const admissions = row("Residential admissions for 65+ age band (total");
    expect(sheet.values[admissions][4]).toBe("<530");
    const dols = row("Timeliness of DOLS application processing");
    expect(sheet.values[dols][10]).toBe("N/A");
  });

  it("applies a plan to its cells only, and keeps formula-like text as text", async () => {
    const book = await openSample();
    const before = await book.readSheet("Scorecard");
    await book.apply({
      changes: [
        { kind: "value", sheet: "Scorecard", row: 5, column: 11, value: "Green" },
        { kind: "value", sheet: "Scorecard", row: 6, column: 11, value: '=HYPERLINK("http://x")' },
      ],
      allowed: [{ sheet: "Scorecard", top: 4, bottom: 66, left: 11, right: 11 }],
    });
    const after = await book.readSheet("Scorecard");
    expect(after.values[5][11]).toBe("Green");
    expect(after.values[6][11]).toBe('=HYPERLINK("http://x")');
    const cell = await cellAt(book, "Scorecard!L7");
    expect(cell).toEqual({ value: '=HYPERLINK("http://x")', formula: null, numberFormat: "@" });
    const changed = after.values.flatMap((row, r) => row.map((value, c) => (value === (before.values[r]?.[c] ?? null) ? null : `${r},${c}`))).filter(Boolean);
    expect(changed).toEqual(["5,11", "6,11"]);
  });

  it("writes text in any script, past what ASCII markup would take, as UTF-8 the next read gets back", async () => {
    const book = await openSample();
    // Two-, three- and four-byte characters, long enough to outgrow the bytes the edited sheet first set aside.
    const long = "Résumé – 65+ ✓ 😀 ".repeat(400);
    await book.apply({
      changes: [
        { kind: "value", sheet: "Scorecard", row: 5, column: 11, value: long },
        { kind: "value", sheet: "Scorecard", row: 6, column: 11, value: "Amber" },
      ],
      allowed: [{ sheet: "Scorecard", top: 4, bottom: 66, left: 11, right: 11 }],
    });
    const reopened = XlsxWorkbook.open(book.save());
    const sheet = await reopened.readSheet("Scorecard");
    expect(sheet.values[5][11]).toBe(long);
    expect(sheet.values[6][11]).toBe("Amber");
    expect(sheet.values[5][0]).toBe((await (await openSample()).readSheet("Scorecard")).values[5][0]);
  });

  it("writes nothing when the plan names a cell outside the sheet", async () => {
    const book = await openSample();
    await expect(
      book.apply({
        changes: [
          { kind: "value", sheet: "Scorecard", row: 5, column: 11, value: "Green" },
          { kind: "value", sheet: "Scorecard", row: -1, column: 0, value: "Red" },
        ],
        allowed: [{ sheet: "Scorecard", top: 4, bottom: 66, left: 11, right: 11 }],
      }),
    ).rejects.toThrow("Nothing was written");
    expect((await book.readSheet("Scorecard")).values[5][11]).toBeNull();
  });
});

describe("XlsxWorkbook.apply over shared formulas", () => {
  it("writing over a shared formula's first cell writes the formula out in the cells that shared it", async () => {
    const rawCells = {
      1: '<c r="C2"><f t="shared" ref="C2:C4" si="0">A2*$B$1</f><v>2</v></c>',
      2: '<c r="C3"><f t="shared" si="0"/><v>4</v></c>',
      3: '<c r="C4"><f t="shared" si="0"/><v>6</v></c>',
    };
    const book = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Sheet", rows: [[null, 2], [1], [2], [3]], rawCells }] }));
    expect((await book.readSheet("Sheet")).formulas?.map((row) => row[2] ?? null)).toEqual([null, "=A2*$B$1", "=A3*$B$1", "=A4*$B$1"]);
    await book.apply({ changes: [{ kind: "value", sheet: "Sheet", row: 1, column: 2, value: "Green" }], allowed: [{ sheet: "Sheet", top: 1, bottom: 1, left: 2, right: 2 }] });
    const after = XlsxWorkbook.open(book.save());
    const sheet = await after.readSheet("Sheet");
    expect(sheet.values.map((row) => row[2] ?? null)).toEqual([null, "Green", 4, 6]);
    expect(sheet.formulas?.map((row) => row[2] ?? null)).toEqual([null, null, "=A3*$B$1", "=A4*$B$1"]);
  });
});

describe("one colour rule: begins with", () => {
  it("the .xlsx editor writes beginsWith rules, reads them back, and the preview's test agrees with Excel's", async () => {
    const book = await openSample();
    await refreshWorkbook(book, { scope: "active", now: new Date("2022-03-28T09:00:00Z") });
    const xml = new TextDecoder().decode(unzipSync(book.save())["xl/worksheets/sheet1.xml"]);
    expect([...xml.matchAll(/<cfRule type="(\w+)"[^>]*operator="(\w+)" text="(\w+)"/g)].map((m) => m.slice(1))).toEqual([
      ["beginsWith", "beginsWith", "Green"],
      ["beginsWith", "beginsWith", "Amber"],
      ["beginsWith", "beginsWith", "Red"],
    ]);
    const fills = (await XlsxWorkbook.open(book.save()).readSheet("Scorecard")).textFills ?? [];
    const green = fills.find((f) => f.text === "Green")!;
    expect(fillApplies(green, 7, 11, "Green")).toBe(true);
    expect(fillApplies(green, 7, 11, "Not Green")).toBe(false); // "contains" would colour it; "begins with" does not
  });
});

describe("XlsxWorkbook and the add-in's live formulas", () => {
  it("reads a cell as Excel saves it (a dynamic-array _xldudf_ formula with its cached text) as Excel shows it", async () => {
    const rows = Array.from({ length: 8 }, (_, r) => (r === 7 ? ["Residential admissions for 65+", "Low is good", null, null, "<530", null, null, null, null, null, 438] : []));
    const saved = '<c r="L8" t="str" cm="1"><f t="array" ref="L8">_xldudf_SCORECARD_RAG(K8,E8,B8,0.05)</f><v>Green</v></c>';
    const book = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows, rawCells: { 7: saved } }] }));
    expect(await cellAt(book, "Scorecard!L8")).toMatchObject({ value: "Green", formula: "=SCORECARD.RAG(K8,E8,B8,0.05)" });
  });
});
