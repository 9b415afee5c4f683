/**
 * How a cell reads on screen, for the preview grid and the pane: the common number formats a scorecard uses,
 * in en-GB. Not a full Excel format engine; unknown formats fall back to General.
 */
import { dateOfSerial } from "../dates/serial";
import type { CellValue } from "./workbook";

function decimalsIn(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

function grouped(value: number, decimals: number, useGrouping: boolean): string {
  return new Intl.NumberFormat("en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping,
  }).format(value);
}

function isDateFormat(format: string): boolean {
  // Strip quoted literals and colour/condition brackets before looking for day/month/year codes.
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /(^|[^a-z])(d{1,4}|m{3,4}|y{2,4})([^a-z]|$)/i.test(codes) && !/0/.test(codes);
}

function formatDate(serial: number, format: string): string {
  const date = dateOfSerial(Math.round(serial));
  const month = /mmmm/i.test(format) ? "long" : /mmm/i.test(format) ? "short" : "2-digit";
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", year: "numeric", month };
  if (/d/i.test(format)) options.day = month === "2-digit" ? "2-digit" : "numeric";
  return new Intl.DateTimeFormat("en-GB", options).format(date);
}

export function formatForDisplay(value: CellValue, format = "General"): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (format === "@" || format === "General" || format === "") {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  if (isDateFormat(format)) return formatDate(value, format);
  if (format.includes("%")) return `${grouped(value * 100, decimalsIn(format), format.includes(","))}%`;
  const currency = format.includes("£") ? "£" : "";
  const text = grouped(Math.abs(value), decimalsIn(format), format.includes(","));
  return `${value < 0 ? "-" : ""}${currency}${text}`;
}
