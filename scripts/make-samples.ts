/**
 * Builds assets/samples/ from the fixtures copied into test/fixtures (figures from a published council paper).
 * Cells hold what an analyst would have typed: "86.90%" becomes 0.869 formatted 0.00%, "3,382" becomes 3382
 * formatted #,##0, and text such as "<530", "N/A" or "50% (89%)" stays text, exactly as Excel would keep it.
 * Usage: npm run samples   (builds from test/fixtures)
 *        npm run samples -- --from <dir>   (refreshes the fixture copies from another folder first)
 * Tests and the app read only the copies in test/fixtures and assets/samples.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { fundingSheet, type FundingFixture } from "./samples/fundingSheet";
import { timelineSheets, type TimelinesFixture } from "./samples/timelineSheet";

const ROOT = path.resolve(__dirname, "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const OUT = path.join(ROOT, "assets", "samples");

interface ScorecardRow {
  section: string;
  measure: string;
  polarity: string | null;
  nw_stat_avg: string | null;
  national_avg: string | null;
  target: string | null;
  year_end_2020_21: string | null;
  q1: string | null;
  q2: string | null;
  q3: string | null;
  q4: string | null;
  ytd: string | null;
  comment_summary: string;
}

interface ScorecardFixture {
  title: string;
  columns: string[];
  rows: ScorecardRow[];
}

/** What Excel stores when this text is typed into a cell, and the format it shows it with. */
export function typedIntoExcel(text: string | null): { value: string | number | null; numFmt?: string } {
  if (text === null || text.trim() === "") return { value: null };
  const trimmed = text.trim();
  const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/.exec(trimmed);
  if (!match) return { value: trimmed };
  const [, sign, whole, decimals = "", percent] = match;
  const number = Number(`${sign}${whole.replace(/,/g, "")}.${decimals || "0"}`);
  const places = decimals.length > 0 ? `.${"0".repeat(decimals.length)}` : "";
  if (percent) return { value: number / 100, numFmt: `0${places}%` };
  return { value: number, numFmt: whole.includes(",") ? `#,##0${places}` : `0${places}` };
}

const FIELDS: (keyof ScorecardRow | null)[] = [
  "measure", "polarity", "nw_stat_avg", "national_avg", "target", "year_end_2020_21",
  "q1", "q2", "q3", "q4", "ytd", null, "comment_summary",
];

function scorecardSheet(workbook: ExcelJS.Workbook, fixture: ScorecardFixture): void {
  const sheet = workbook.addWorksheet("Scorecard", { views: [{ state: "frozen", ySplit: 4, xSplit: 1 }] });
  sheet.columns = fixture.columns.map((_, i) => ({ width: i === 0 ? 60 : i === 12 ? 70 : 12 }));
  sheet.getCell("A1").value = "Adult Social Care Performance Scorecard – Quarter 3 2021/22";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "Adults and Health Committee, 28 March 2022. Q4 figures follow in the next Q1 report.";
  const header = sheet.getRow(4);
  fixture.columns.forEach((name, i) => {
    const cell = header.getCell(i + 1);
    cell.value = name;
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F3A5F" } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });
  let rowNumber = 5;
  let section = "";
  for (const row of fixture.rows) {
    if (row.section !== section) {
      section = row.section;
      const heading = sheet.getRow(rowNumber++);
      heading.getCell(1).value = section;
      heading.getCell(1).font = { bold: true };
      heading.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E2F3" } };
    }
    const excelRow = sheet.getRow(rowNumber++);
    FIELDS.forEach((field, i) => {
      if (!field) return;
      const typed = field === "measure" || field === "comment_summary" ? { value: row[field] } : typedIntoExcel(row[field]);
      const cell = excelRow.getCell(i + 1);
      cell.value = typed.value;
      if (typed.numFmt) cell.numFmt = typed.numFmt;
      if (field === "measure" || field === "comment_summary") cell.alignment = { wrapText: true, vertical: "top" };
    });
  }
  rowNumber++;
  sheet.getCell(`A${rowNumber}`).value =
    "Key: RAG compares the year to date with the target (Green meets it; Amber within 5%; Red misses by more).";
  sheet.getCell(`A${rowNumber}`).font = { italic: true };
}

/** The denominators the published rates imply: a population table to point RATE and ASCOF at. */
function populationsSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet("Populations");
  sheet.columns = [{ width: 12 }, { width: 12 }, { width: 14 }, { width: 70 }];
  ["Age band", "Year", "Population", "Source"].forEach((name, i) => {
    sheet.getRow(1).getCell(i + 1).value = name;
    sheet.getRow(1).getCell(i + 1).font = { bold: true };
  });
  const IMPLIED = "Implied by the published scorecard's rates (count ÷ rate × 100,000): replace with the ONS mid-year estimate and its vintage";
  const rows: [string, string, number][] = [
    ["18–64", "2021/22", 216_867],
    ["65+", "2021/22", 87_009],
    ["65+", "2020/21", 88_247],
    ["18+", "2021/22", 308_605],
    ["18+", "2020/21", 304_259],
  ];
  rows.forEach(([band, year, population], i) => {
    const r = sheet.getRow(i + 2);
    r.getCell(1).value = band;
    r.getCell(2).value = year;
    r.getCell(3).value = population;
    r.getCell(3).numFmt = "#,##0";
    r.getCell(4).value = IMPLIED;
  });
}

async function main(): Promise<void> {
  const fromIndex = process.argv.indexOf("--from");
  const folder = fromIndex > 0 ? process.argv[fromIndex + 1] : undefined;
  if (fromIndex > 0 && !folder) throw new Error("--from needs a folder: npm run samples -- --from <dir>");
  const source = folder ? path.resolve(folder) : null;
  if (source) {
    console.log(`copying fixtures from ${source}`);
    for (const name of ["scorecard-q3-2021-22.json", "funding-streams-2022.json", "timelines.json"]) {
      copyFileSync(path.join(source, name), path.join(FIXTURES, name));
    }
  }
  const fixture = JSON.parse(readFileSync(path.join(FIXTURES, "scorecard-q3-2021-22.json"), "utf8")) as ScorecardFixture;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Committee Scorecard sample generator";
  // A fixed date keeps the workbook's own creation dates the same between runs (the zip entries' times still change).
  workbook.created = workbook.modified = new Date(Date.UTC(2022, 2, 28));
  scorecardSheet(workbook, fixture);
  fundingSheet(workbook, JSON.parse(readFileSync(path.join(FIXTURES, "funding-streams-2022.json"), "utf8")) as FundingFixture);
  timelineSheets(workbook, JSON.parse(readFileSync(path.join(FIXTURES, "timelines.json"), "utf8")) as TimelinesFixture);
  populationsSheet(workbook);
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, "scorecard-q3-2021-22.xlsx");
  await workbook.xlsx.writeFile(file);
  console.log(`wrote ${path.relative(ROOT, file)} (${workbook.worksheets.map((w) => w.name).join(", ")}; ${fixture.rows.length} measures)`);
  // The same workbook as a Mac saves it with "Use 1904 date system": <workbookPr date1904="1"/>, and every date
  // cell 1,462 lower. ExcelJS writes each Date in the workbook's system.
  workbook.properties.date1904 = true;
  const mac = path.join(OUT, "scorecard-q3-2021-22-date1904.xlsx");
  await workbook.xlsx.writeFile(mac);
  console.log(`wrote ${path.relative(ROOT, mac)} (the 1904 date system)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
