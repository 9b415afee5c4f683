/**
 * The Funding sheet: the published funds and rounds with their allocations, and receipt dates and spend that were
 * never published, so they are invented and the sheet says "illustrative spend". Computed columns are live
 * SCORECARD formulas, saved with the values the engine computes so the file reads correctly without the add-in.
 */
import type ExcelJS from "exceljs";
import { fundStatus, passportBy, profile, spendBy } from "../../src/engine/funding/funding";
import { serialOf } from "../../src/engine/dates/serial";
import { DATE_FORMAT, MONEY_FORMAT, dateOf, isoSerial } from "./excelDates";

interface Round {
  label: string;
  start: string;
  end: string;
  allocation_gbp?: number;
}
interface Fund {
  name: string;
  rounds: Round[];
}
export interface FundingFixture {
  funds: Fund[];
  stated_totals_gbp: Record<string, number>;
}

export const FUNDING_REPORT_DATE = serialOf(2022, 3, 28);

const FUNDERS: Readonly<Record<string, string>> = {
  "Infection Control Fund": "DHSC",
  "Local Authority Financial Support": "Council",
  "Workforce Capacity Grant": "DHSC",
  "Market Sustainability Fund": "DLUHC",
  "Workforce Recruitment and Retention Fund": "DHSC",
  "Care at Home Incentive Fund": "NHS",
  "Adult Social Care Omicron Support Fund": "DHSC",
};

/** Invented spend to date as a share of the allocation, by fund and round: illustrative only. */
const SPENT_SHARE: Readonly<Record<string, number>> = {
  "Infection Control Fund|Round 5": 0.974,
  "Infection Control Fund|Round 6": 0.82,
  "Workforce Recruitment and Retention Fund|Round 1": 0.71,
  "Workforce Recruitment and Retention Fund|Round 2": 0.38,
  "Care at Home Incentive Fund|Single allocation": 0.6,
  "Adult Social Care Omicron Support Fund|Single allocation": 0.55,
  "Market Sustainability Fund|2022/23 (year 1)": 0,
};

export const FUNDING_HEADERS = [
  "Fund", "Funder", "Round", "Period start", "Period end", "Allocation (£)", "Received", "Received (£)", "Passport by",
  "Passported (£)", "Spend by", "Spent to date (£)", "Returned (£)", "Remaining (£)", "Expected spend to date (£)", "Status",
];

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

export function fundingSheet(workbook: ExcelJS.Workbook, fixture: FundingFixture): void {
  const sheet = workbook.addWorksheet("Funding", { views: [{ state: "frozen", ySplit: 5 }] });
  sheet.columns = FUNDING_HEADERS.map((_, i) => ({ width: i === 0 ? 38 : i === 2 ? 22 : 15 }));
  sheet.getCell("A1").value = "Adult Social Care short-term funding streams – illustrative spend";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "Report date";
  sheet.getCell("B2").value = dateOf(FUNDING_REPORT_DATE);
  sheet.getCell("B2").numFmt = DATE_FORMAT;
  sheet.getCell("A3").value =
    "Allocations as published (Adults and Health Committee, 28 March 2022). Receipt dates, passporting, spend and returns were never published: they are invented for illustration.";
  const header = sheet.getRow(5);
  FUNDING_HEADERS.forEach((name, i) => {
    header.getCell(i + 1).value = name;
    header.getCell(i + 1).font = { bold: true };
  });

  let row = 6;
  const first = row;
  for (const fund of fixture.funds) {
    for (const round of fund.rounds) {
      if (round.allocation_gbp === undefined) continue; // later years not yet allocated: noted below
      const start = isoSerial(round.start);
      const end = isoSerial(round.end, true);
      const allocation = round.allocation_gbp;
      const key = `${fund.name}|${round.label}`;
      const over = end < FUNDING_REPORT_DATE;
      const share = SPENT_SHARE[key] ?? (over ? 1 : 0.5);
      const spent = Math.round(allocation * share);
      const returned = over ? allocation - spent : 0;
      const r = sheet.getRow(row);
      const set = (column: number, v: ExcelJS.CellValue, format?: string) => {
        r.getCell(column).value = v;
        if (format) r.getCell(column).numFmt = format;
      };
      set(1, fund.name);
      set(2, FUNDERS[fund.name] ?? "");
      set(3, round.label);
      set(4, dateOf(start), DATE_FORMAT);
      set(5, dateOf(end), DATE_FORMAT);
      set(6, allocation, MONEY_FORMAT);
      set(7, dateOf(start), DATE_FORMAT);
      set(8, allocation, MONEY_FORMAT);
      set(9, { formula: `SCORECARD.PASSPORTBY(G${row})`, result: dateOf(value(passportBy(start, null, null))) }, DATE_FORMAT);
      set(10, fund.name === "Infection Control Fund" ? Math.round(allocation * 0.8) : null, MONEY_FORMAT);
      set(11, { formula: `SCORECARD.SPENDBY(G${row})`, result: dateOf(value(spendBy(start, null))) }, DATE_FORMAT);
      set(12, spent, MONEY_FORMAT);
      set(13, returned, MONEY_FORMAT);
      set(14, { formula: `F${row}-L${row}-M${row}`, result: allocation - spent - returned }, MONEY_FORMAT);
      set(15, { formula: `SCORECARD.PROFILE(F${row},D${row},E${row},$B$2)`, result: Math.round(value(profile(allocation, start, end, FUNDING_REPORT_DATE))) }, MONEY_FORMAT);
      set(16, { formula: `SCORECARD.FUNDSTATUS(F${row},L${row}+M${row},D${row},E${row},$B$2)`, result: value(fundStatus(allocation, spent + returned, start, end, FUNDING_REPORT_DATE, null)) });
      row++;
    }
  }
  const last = row - 1;
  const totals = sheet.getRow(row);
  totals.getCell(1).value = "Total";
  totals.font = { bold: true };
  for (const column of [6, 8, 10, 12, 13, 14, 15]) {
    const letter = String.fromCharCode(64 + column);
    let sum = 0;
    for (let r = first; r <= last; r++) {
      const cell = sheet.getCell(`${letter}${r}`).value;
      sum += typeof cell === "number" ? cell : typeof cell === "object" && cell && "result" in cell && typeof cell.result === "number" ? cell.result : 0;
    }
    totals.getCell(column).value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: sum };
    totals.getCell(column).numFmt = MONEY_FORMAT;
  }
  row += 2;
  sheet.getCell(`A${row}`).value = "Market Sustainability Fund 2023/24 and 2024/25: conditional allocations not yet announced.";
  sheet.getCell(`A${row}`).font = { italic: true };
  row += 2;
  statedTotals(sheet, row, first, last, fixture.stated_totals_gbp);
}

/** The totals the report prints, beside what the rows add up to. */
function statedTotals(sheet: ExcelJS.Worksheet, top: number, first: number, last: number, stated: Record<string, number>): void {
  const rows: [string, number, string, (fund: string, funder: string) => boolean][] = [
    ["Government funding (DHSC)", stated.government_funding_total, `SUMIFS(F${first}:F${last},B${first}:B${last},"DHSC")`, (_, funder) => funder === "DHSC"],
    ["Council and NHS local support", stated.council_and_ccg_local_support, `SUMIFS(F${first}:F${last},B${first}:B${last},"Council")+SUMIFS(F${first}:F${last},B${first}:B${last},"NHS")`, (_, funder) => funder === "Council" || funder === "NHS"],
    ["Market Sustainability 2022/23", stated.market_sustainability_2022_23, `SUMIFS(F${first}:F${last},A${first}:A${last},"Market Sustainability Fund")`, (fund) => fund === "Market Sustainability Fund"],
  ];
  const header = sheet.getRow(top);
  ["Totals stated in the report", "Stated (£)", "Rows add up to (£)", "Difference (£)"].forEach((text, i) => {
    header.getCell(i + 1).value = text;
    header.getCell(i + 1).font = { bold: true };
  });
  rows.forEach(([label, amount, formula, include], i) => {
    const r = sheet.getRow(top + 1 + i);
    let sum = 0;
    for (let row = first; row <= last; row++) {
      const allocation = sheet.getCell(`F${row}`).value;
      if (typeof allocation === "number" && include(String(sheet.getCell(`A${row}`).value), String(sheet.getCell(`B${row}`).value))) sum += allocation;
    }
    r.getCell(1).value = label;
    r.getCell(2).value = amount;
    r.getCell(3).value = { formula, result: sum };
    r.getCell(4).value = { formula: `B${top + 1 + i}-C${top + 1 + i}`, result: amount - sum };
    [2, 3, 4].forEach((c) => (r.getCell(c).numFmt = MONEY_FORMAT));
  });
}
