/**
 * Each stream of a funding tracker read and worked out: status against its straight-line profile, the money
 * projected unspent (only where spending has a rate), the clawback risk and its deadlines. Every row is accounted
 * for: one with an allocation, spend or date that cannot be read says which cell, claims nothing from it, and is
 * left out of the totals and the chart.
 */
import { cellAddress } from "../sheet/address";
import { isBlankLike, readNumber } from "../core/cellNumber";
import { readDate, readDateSpan } from "../dates/dateInput";
import { addWorkdays } from "../dates/workingDays";
import { ok, type Result } from "../core/result";
import { addMonths, fundStatus, PASSPORT_DAYS, profile, SPEND_MONTHS, underspend, type FundStatus } from "./funding";
import type { FundingRole } from "./trackerColumns";
import type { FundingTable } from "./fundingTable";
import type { CellValue, SheetData } from "../sheet/workbook";

/** How a deadline was set: written in the tracker, from the row's own rule, or from the default rule. */
export interface DeadlineRule {
  readonly due: number;
  /** "as written", "20 working days after receipt (this row's rule)", "3 months after receipt (default)". */
  readonly rule: string;
}

export interface StreamAnalysis {
  readonly row: number;
  readonly fund: string;
  readonly funder: string;
  readonly round: string;
  readonly allocation: number;
  readonly spent: number;
  readonly returned: number;
  readonly start: number | null;
  readonly end: number | null;
  readonly expected: number | null;
  /** Money projected unspent at the end at the rate so far: null where there is no rate (not started, complete, returned, ended). */
  readonly underspend: number | null;
  /** Money at risk of clawback: the projection while the period runs, what is left once it has ended; null if unknown. */
  readonly clawbackRisk: number | null;
  readonly status: FundStatus | null;
  /** What could not be read, each naming its cell; with one, the row is left out of the totals and the chart. */
  readonly problem: string | null;
  /** The first cell that could not be read, for a "Check" link. */
  readonly problemCell: string | null;
  readonly passportBy: DeadlineRule | null;
  readonly spendBy: DeadlineRule | null;
  /** Money not yet passported to providers, when the tracker says how much was passported. */
  readonly notPassported: number | null;
  /**
   * Whether every amount the row gives was read (allocation, spent, returned, and passported or received where
   * given): the money a deadline puts at risk is known. A row with only a date unreadable still has its deadlines.
   */
  readonly amountsRead: boolean;
}

/** Counts Monday to Friday when a row's rule says "working"; "calendar" or nothing counts every day. */
function workingFrom(text: CellValue): boolean | null {
  if (isBlankLike(text)) return null;
  const word = String(text).toLowerCase();
  if (/working|business|\bwd\b|^yes$|^true$/.test(word)) return true;
  if (/calendar|^no$|^false$/.test(word)) return false;
  return null;
}

export function analyseFunding(sheet: SheetData, table: FundingTable, asOf: number): StreamAnalysis[] {
  const cell = (row: number, role: FundingRole): CellValue => {
    const column = table.columns[role];
    return column === undefined ? null : (sheet.values[row - sheet.top]?.[column - sheet.left] ?? null);
  };
  const at = (row: number, role: FundingRole) => cellAddress(row, table.columns[role] ?? table.columns.fund ?? 0);
  return table.rows.map((row) => {
    const problems: { role: FundingRole; cell: string; message: string }[] = [];
    const problem = (role: FundingRole, message: string) => problems.push({ role, cell: at(row, role), message: `${at(row, role)}: ${message}` });
    const shown = (given: CellValue) => (typeof given === "string" ? `"${given}"` : String(given));
    // A blank amount is nothing (yet), except the allocation, which every stream has; text that is not an amount
    // ("Estimated £3.6 million") is a problem, never a silent 0.
    const amount = (role: FundingRole, name: string, required = false): number | null => {
      const given = cell(row, role);
      if (isBlankLike(given)) {
        if (!required) return 0;
        problem(role, `the ${name} is blank.`);
        return null;
      }
      const value = readNumber(given);
      if (value.ok) return value.value;
      problem(role, `the ${name} ${shown(given)} is not an amount.`);
      return null;
    };
    const allocation = amount("allocation", "allocation", true);
    const spent = amount("spent", "amount spent");
    const returned = amount("returned", "amount returned");
    const passported = table.columns.passported === undefined || isBlankLike(cell(row, "passported")) ? null : amount("passported", "amount passported");
    const receivedAmount = isBlankLike(cell(row, "receivedAmount")) ? null : amount("receivedAmount", "amount received");
    const date = (role: FundingRole, name: string, point: "start" | "end"): number | null => {
      const given = cell(row, role);
      if (isBlankLike(given)) {
        problem(role, `the ${name} is blank.`);
        return null;
      }
      const read = readDate(given, name, point);
      if (read.ok) return read.value;
      problem(role, read.error.message);
      return null;
    };
    let start: number | null = null;
    let end: number | null = null;
    if (table.columns.period !== undefined && (table.columns.start === undefined || table.columns.end === undefined)) {
      const span = readDateSpan(cell(row, "period"), "funding period");
      if (span.ok) ({ start, end } = span.value);
      else problem("period", span.error.message);
    } else {
      start = date("start", "start date", "start");
      end = date("end", "end date", "end");
    }
    const received = isBlankLike(cell(row, "received")) ? null : readDate(cell(row, "received"), "date received", "start");
    if (received && !received.ok) problem("received", received.error.message);
    const receivedOn = received?.ok ? received.value : null;
    const passportBy = deadline(row, "passportBy", receivedOn, passportRule(cell(row, "passportDays"), cell(row, "dayBasis"), table.mapping.passportDays?.header ?? ""), cell, problem);
    const spendBy = deadline(row, "spendBy", receivedOn, spendRule(cell(row, "spendMonths")), cell, problem);
    const from = start;
    const to = end;
    const readable = allocation !== null && spent !== null && returned !== null && from !== null && to !== null;
    let status: FundStatus | null = null;
    let expected: number | null = null;
    let projected: number | null = null;
    let clawback: number | null = null;
    if (readable) {
      const accounted = spent + returned;
      const read = fundStatus(allocation, accounted, from, to, asOf, null);
      if (read.ok) status = read.value;
      else problem("fund", read.error.message);
      const profiled = profile(allocation, from, to, asOf);
      expected = profiled.ok ? profiled.value : null;
      const atRate = underspend(allocation, accounted, from, to, asOf);
      // A rate exists only once spending has started and until the period ends or the money is returned.
      const running = status !== null && status !== "Not started" && status !== "Complete" && status !== "Overspent" && asOf > from && asOf <= to && returned === 0;
      projected = running && atRate.ok ? atRate.value : null;
      clawback = status === null ? null : status === "Not started" ? null : asOf > to ? Math.max(0, allocation - accounted) : (projected ?? 0);
    }
    return {
      row,
      fund: String(cell(row, "fund") ?? "").trim(),
      funder: String(cell(row, "funder") ?? "").trim(),
      round: String(cell(row, "round") ?? "").trim(),
      allocation: allocation ?? 0,
      spent: spent ?? 0,
      returned: returned ?? 0,
      start,
      end,
      expected,
      underspend: projected,
      clawbackRisk: clawback,
      status,
      problem: problems.length > 0 ? problems.map((p) => p.message).join(" ") : null,
      problemCell: problems[0]?.cell ?? null,
      passportBy,
      spendBy,
      notPassported: passported === null ? null : Math.max(0, (receivedAmount ?? allocation ?? 0) - passported),
      amountsRead: allocation !== null && spent !== null && returned !== null && !problems.some((p) => p.role === "passported" || p.role === "receivedAmount"),
    };
  });
}

interface Rule {
  /** The deadline the rule gives, or why it gives none (working days past the years bank holidays are known for). */
  readonly from: (received: number) => Result<number>;
  readonly words: string;
}

/** The row's passport rule: its days, counted as working days when the row, its days or the column's header say so. */
function passportRule(daysCell: CellValue, basisCell: CellValue, header: string): Rule {
  const stated = isBlankLike(daysCell) ? null : /(\d+)/.exec(String(daysCell));
  const days = stated ? Number(stated[1]) : PASSPORT_DAYS;
  const working = workingFrom(basisCell) ?? workingFrom(daysCell) ?? (stated ? /working/i.test(header) : false);
  const own = stated !== null || workingFrom(basisCell) !== null;
  return {
    from: (received) => (working ? addWorkdays(received, days) : ok(received + days)),
    words: `${days} ${working ? "working" : "calendar"} days after receipt (${own ? "this row's rule" : "default"})`,
  };
}

function spendRule(monthsCell: CellValue): Rule {
  const stated = isBlankLike(monthsCell) ? null : /(\d+)/.exec(String(monthsCell));
  const months = stated ? Number(stated[1]) : SPEND_MONTHS;
  return { from: (received) => ok(addMonths(received, months)), words: `${months} month${months === 1 ? "" : "s"} after receipt (${stated ? "this row's rule" : "default"})` };
}

/** A deadline written in the tracker is used as written; a mistyped one is a problem, never replaced by the rule. */
function deadline(row: number, role: FundingRole, received: number | null, rule: Rule, cell: (row: number, role: FundingRole) => CellValue, problem: (role: FundingRole, message: string) => void): DeadlineRule | null {
  const given = cell(row, role);
  if (!isBlankLike(given)) {
    const read = readDate(given, "deadline", "start");
    if (read.ok) return { due: read.value, rule: "as written" };
    problem(role, read.error.message);
    return null;
  }
  if (received === null) return null;
  const due = rule.from(received);
  if (!due.ok) {
    problem(role, due.error.message);
    return null;
  }
  return { due: due.value, rule: rule.words };
}
