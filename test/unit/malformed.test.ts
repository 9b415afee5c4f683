/**
 * Workbooks no one designed, through the xlsx adapter and the planner: each gets a clear message naming the place,
 * and a failed refresh writes nothing at all.
 */
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { summarise } from "../../src/engine/scorecard/summary";
import { scorecardRows } from "../helpers/generateScorecard";
import type { CellValue } from "../../src/engine/sheet/workbook";
import { cellAt, changedCells, openSample, SAMPLE, snapshotCells } from "../helpers/sampleWorkbook";
import { generateWorkbook } from "../helpers/xlsxGenerator";
import { HEADER_SEARCH_ROWS } from "../../src/engine/sheet/headerRow";

const NOW = new Date("2022-03-28T09:00:00Z");

async function bookWith(sheets: Record<string, CellValue[][]>): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(generateWorkbook({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) }));
}

async function refreshFailing(book: XlsxWorkbook) {
  const before = await snapshotCells(book);
  const result = await refreshWorkbook(book, { scope: "all", now: NOW });
  expect(changedCells(before, await snapshotCells(book))).toEqual([]); // zero partial writes
  expect(book.changed).toBe(false);
  if (result.ok) throw new Error("expected the refresh to fail");
  return result.error.message;
}

async function refreshOk(book: XlsxWorkbook) {
  const result = await refreshWorkbook(book, { scope: "all", now: NOW });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.refresh;
}

describe("malformed workbooks", () => {
  it("no header row: says which sheet has no scorecard table", async () => {
    const message = await refreshFailing(await bookWith({ Data: [[1, 2, 3], [4, 5, 6]] }));
    expect(message).toBe('No scorecard table was found on "Data": it needs a header row with a measure column and period, YTD or target columns.');
  });

  it("an empty sheet: the same, naming it", async () => {
    expect(await refreshFailing(await bookWith({ Empty: [] }))).toContain('"Empty"');
  });

  it("duplicate headers: the first column is used, and the second is reported by its cell", async () => {
    const rows = scorecardRows(55).map((row, r) => (r === 3 ? [...row.slice(0, 13), "21-22 Target"] : row));
    const refresh = await refreshOk(await bookWith({ Scorecard: rows }));
    expect(summarise(refresh.tables).counts.Green).toBe(4);
    expect(refresh.tables[0].findings).toContainEqual({ cell: "Scorecard!N4", severity: "warning", message: 'This column is also headed like E4 ("21-22 Target"); the first is used.' });
  });

  it("merged header and title cells: detected and rated as usual", async () => {
    const book = await openSample(SAMPLE, (workbook) => {
      const sheet = workbook.getWorksheet("Scorecard")!;
      sheet.mergeCells("A1:M1");
      sheet.mergeCells("M4:N4");
    });
    const refresh = await refreshOk(book);
    expect(summarise(refresh.tables).counts).toEqual({ Green: 4, Amber: 1, Red: 1, "Not rated": 49 });
  });

  it("hidden rows and columns are still read and rated", async () => {
    const book = await openSample(SAMPLE, (workbook) => {
      const sheet = workbook.getWorksheet("Scorecard")!;
      sheet.getRow(8).hidden = true;
      sheet.getColumn(3).hidden = true;
    });
    await refreshOk(book);
    expect((await cellAt(book, "Scorecard!L8")).value).toBe("Green");
  });

  it("error values (#N/A, #DIV/0!, #REF!): unrated with the reason, each reported by its cell", async () => {
    const book = await openSample(SAMPLE, (workbook) => {
      const sheet = workbook.getWorksheet("Scorecard")!;
      sheet.getCell("K8").value = { error: "#N/A" };
      sheet.getCell("K13").value = { error: "#DIV/0!" };
      sheet.getCell("G17").value = { error: "#REF!" };
    });
    const refresh = await refreshOk(book);
    const outcome = refresh.tables[0].outcomes.find((o) => o.row === 7)!;
    expect(outcome).toMatchObject({ rating: "", explanation: "No rating: the value is the Excel error #N/A." });
    expect(refresh.tables[0].findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(["Scorecard!K8", "Scorecard!K13", "Scorecard!G17"]);
  });

  it("figures past Excel's largest number (1e309, and so 1e309%) and NaN are text: no rating, and a finding by cell", async () => {
    // E6's target "1e309%" would be 1e307 once the % scaled it (so 18 was Red); K8's <v>1e309</v> and K17's NaN
    // would be Infinity and NaN. Excel reads all three as text: L6, L8 and L17 lose their ratings (Green each: 18 <
    // 30, 438 < 530, 9,421 ≤ 13,000), leaving L13 Amber, L23 Red and L25 Green.
    const rows = scorecardRows(55).map((row, r) => (r === 5 ? row.map((cell, c) => (c === 4 ? "1e309%" : cell)) : r === 7 || r === 16 ? row.map((cell, c) => (c === 10 ? null : cell)) : row));
    const raw = { 7: '<c r="K8"><v>1e309</v></c>', 16: '<c r="K17"><v>NaN</v></c>' };
    const book = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Scorecard", rows, rawCells: raw }] }));
    const sheet = await book.readSheet("Scorecard");
    expect([sheet.values[7][10], sheet.values[16][10]]).toEqual(["1e309", "NaN"]);
    const refresh = await refreshOk(book);
    const summary = summarise(refresh.tables);
    expect(summary.counts).toEqual({ Green: 1, Amber: 1, Red: 1, "Not rated": 52 });
    const cells = summary.findings.filter((f) => f.severity === "error").map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(["Scorecard!E6", "Scorecard!K8", "Scorecard!K17"]));
    expect(summary.findings).toContainEqual({ cell: "Scorecard!E6", severity: "error", message: 'The target "1e309%" is not a number, a comparison such as "<530", or a range such as "80%–90%".' });
    expect(summary.findings).toContainEqual({ cell: "Scorecard!K8", severity: "error", message: '"1e309" cannot be read as a number.' });
  });

  it("finds tables reading each sheet only as far as a header could be, and reads whole the sheets with one", async () => {
    // A 3,000-row data sheet first, then a scorecard of 1,500 measures: its header is in the first rows, its
    // measures run past the head, and every one is planned.
    const data: CellValue[][] = [["Date", "Client", "Hours"]];
    for (let r = 1; r <= 3_000; r++) data.push([44_600 + (r % 365), `Client ${r}`, r % 40]);
    const book = XlsxWorkbook.open(generateWorkbook({ sheets: [{ name: "Data", rows: data }, { name: "Scorecard", rows: scorecardRows(1_500) }] }));
    const heads = await book.readSheetHeads(["Data", "Scorecard"], HEADER_SEARCH_ROWS);
    expect(heads.map((sheet) => sheet.values.length)).toEqual([HEADER_SEARCH_ROWS, HEADER_SEARCH_ROWS]);
    const refresh = await refreshOk(book);
    expect(refresh.tables.map((t) => t.table.sheet)).toEqual(["Scorecard"]);
    expect(refresh.tables[0].outcomes).toHaveLength(1_500);
    // The scorecard was read whole for planning: its last measure row is past the head.
    expect(refresh.tables[0].outcomes[1_499].row).toBeGreaterThan(HEADER_SEARCH_ROWS);
  }, 30_000);

  it("numbers stored as text are read as the numbers they show", async () => {
    const book = await openSample(SAMPLE, (workbook) => {
      const sheet = workbook.getWorksheet("Scorecard")!;
      sheet.getCell("K8").value = "438";
      sheet.getCell("K23").value = "55.5%";
      sheet.getCell("E23").value = "75%";
    });
    const refresh = await refreshOk(book);
    expect(summarise(refresh.tables).counts).toEqual({ Green: 4, Amber: 1, Red: 1, "Not rated": 49 });
  });

  it("a protected sheet: refused by name, nothing written", async () => {
    const book = await openSample(SAMPLE, (workbook) => workbook.getWorksheet("Scorecard")!.protect("secret", {}));
    expect(await refreshFailing(book)).toBe('Nothing was written: the sheet "Scorecard" is protected. Unprotect it (Review > Unprotect Sheet), then refresh again.');
  });

  it("50,000 rows: refreshed in one plan", async () => {
    const rows = scorecardRows(48_000);
    expect(rows.length).toBeGreaterThanOrEqual(50_000);
    const refresh = await refreshOk(await bookWith({ Scorecard: rows }));
    expect(refresh.tables[0].outcomes).toHaveLength(48_000);
  }, 60_000); // the size is the point here; the bench measures the speed

  it("a scorecard split across two sheets: both parts found and rated", async () => {
    const rows = scorecardRows(55);
    const header = rows[3];
    const book = await bookWith({ "Scorecard (1)": rows.slice(0, 30), "Scorecard (2)": [header, ...rows.slice(30)] });
    const refresh = await refreshOk(book);
    expect(refresh.tables.map((t) => t.table.sheet)).toEqual(["Scorecard (1)", "Scorecard (2)"]);
    expect(summarise(refresh.tables).counts).toEqual({ Green: 4, Amber: 1, Red: 1, "Not rated": 49 });
  });
});
