/**
 * Next quarter, from the command line: a scorecard set up and refreshed last quarter, then changed as analysts change
 * them, refreshed by `committee-scorecard refresh`. Each case is checked from the saved file: no cell outside the
 * ratings column changed and every rating is the hand-worked one (test/helpers/nextQuarter.ts), or the refresh
 * refused with exit 2, naming the column, and wrote nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { main } from "../../src/cli/main";
import { parseSettings } from "../../src/engine/scorecard/settings";
import { settingsChunks } from "../../src/engine/sheet/settingsChunks";
import { SETTINGS_SHEET, type CellValue } from "../../src/engine/sheet/workbook";
import { ADMISSIONS_65, CASES, SET_UP_RATINGS, columnOf, headerRowAfter, sampleLayout, secondLayout, type Layout } from "../helpers/nextQuarter";
import { generateWorkbook } from "../helpers/xlsxGenerator";

const NOW = new Date("2022-03-28T09:00:00Z");

/** Last quarter: the layout refreshed once (settings stored, ratings written), read back as a grid and settings. */
async function setUp(layout: Layout): Promise<{ grid: CellValue[][]; settings: string }> {
  const book = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows: layout.rows }] }));
  const result = await refreshWorkbook(book, { scope: "all", now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  const sheet = await book.readSheet("Scorecard");
  const settings = (await book.readContext()).settings;
  if (!settings) throw new Error("Set-up stored no settings.");
  return { grid: sheet.values.map((row) => [...row]), settings };
}

function workbookOf(grid: CellValue[][], settings: string): Uint8Array {
  return generateWorkbook({ sheets: [{ name: "Scorecard", rows: grid }, { name: SETTINGS_SHEET, rows: settingsChunks(settings).map((chunk) => [chunk]) }] });
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out, err };
}

/** Each measure's rating as the ratings column shows it: measure name → rating, for rows that have one. */
function ratingsIn(values: readonly (readonly CellValue[])[], layout: Layout, measureColumn: number, headerRow = layout.headerRow): Record<string, string> {
  const rag = columnOf(values as CellValue[][], headerRow, layout.ragHeader);
  const ratings: Record<string, string> = {};
  values.forEach((row, r) => {
    if (r <= headerRow || typeof row[rag] !== "string" || row[rag] === "") return;
    ratings[String(row[measureColumn])] = String(row[rag]);
  });
  return ratings;
}

describe.each([sampleLayout(), secondLayout()])("next quarter on $name", (layout) => {
  let last: { grid: CellValue[][]; settings: string };
  beforeAll(async () => {
    last = await setUp(layout);
  });

  it("set up: the hand-worked ratings", () => {
    expect(ratingsIn(last.grid, layout, 0)).toEqual(SET_UP_RATINGS);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
    const grid = testCase.edit(last.grid, layout);
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-next-"));
    const input = path.join(dir, "Q4.xlsx");
    const output = path.join(dir, "Q4 refreshed.xlsx");
    const bytes = workbookOf(grid, last.settings);
    writeFileSync(input, bytes);
    const result = await run("refresh", input, "-o", output);
    expect(readFileSync(input)).toEqual(Buffer.from(bytes));

    if (testCase.refusal) {
      expect(result.code).toBe(2);
      expect(result.err.join("\n")).toContain(testCase.refusal(layout));
      expect(result.err.join("\n")).toContain("check the mapping");
      expect(existsSync(output)).toBe(false);
      // `check` reads the table the same way, and stops the same way.
      const checked = await run("check", input);
      expect(checked.code).toBe(2);
      expect(checked.err.join("\n")).toContain(testCase.refusal(layout));
      return;
    }
    expect(result).toMatchObject({ code: 0, err: [] });
    if (testCase.moved) expect(result.out).toContainEqual(expect.stringContaining(testCase.moved(layout)));

    const before = (await XlsxWorkbook.open(bytes).readSheet("Scorecard")).values;
    const after = (await XlsxWorkbook.open(readFileSync(output)).readSheet("Scorecard")).values;
    const headerRow = headerRowAfter(layout, testCase);
    const rag = columnOf(grid, headerRow, layout.ragHeader);
    const outside: string[] = [];
    for (let r = 0; r < Math.max(before.length, after.length); r++) {
      const width = Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0);
      for (let c = 0; c < width; c++) if (c !== rag && (before[r]?.[c] ?? null) !== (after[r]?.[c] ?? null)) outside.push(`${r},${c}`);
    }
    expect(outside).toEqual([]);
    const measureColumn = grid[headerRow][0] === "Ref" ? 1 : 0;
    expect(ratingsIn(after, layout, measureColumn, headerRow)).toEqual(testCase.ratings);

    // The settings now say where each column is: the next refresh plans no change and says nothing moved.
    const stored = parseSettings((await XlsxWorkbook.open(readFileSync(output)).readContext()).settings);
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.tables[0].rules.outputs.rag).toBe(rag);
    expect(stored.value.tables[0].headerRow).toBe(headerRow);
    // The change log names the measure that changed, at the cell where it now is: 438 → 560 turned Green to Red.
    const admissionsRow = after.findIndex((row) => row[measureColumn] === ADMISSIONS_65);
    expect(stored.value.log[0].changes).toContainEqual({ cell: `Scorecard!${String.fromCharCode(65 + rag)}${admissionsRow + 1}`, measure: ADMISSIONS_65, from: "Green", to: "Red" });
    const again = await run("refresh", output, "-o", path.join(dir, "again.xlsx"));
    expect(again.code).toBe(0);
    expect(again.out.join("\n")).toMatch(/^No changes/);
  });
});

describe("check on a target not set yet", () => {
  it('"TBC" is a note, not an error: check exits 0 and lists it as info', async () => {
    const layout = sampleLayout();
    const target = columnOf(layout.rows, layout.headerRow, layout.targetHeader);
    // The 65+ admissions row (row 8) with "TBC" where "<530" was.
    const rows = layout.rows.map((row) => [...row]);
    rows[7][target] = "TBC";
    const dir = mkdtempSync(path.join(tmpdir(), "scorecard-tbc-"));
    const input = path.join(dir, "tbc.xlsx");
    writeFileSync(input, generateWorkbook({ sheets: [{ name: "Scorecard", rows }] }));
    const result = await run("check", input);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Scorecard!E8\tinfo\tThe target "TBC" is not set yet, so this measure is not rated.');
  });
});
