/**
 * How a cell reads on screen, for the preview grid and the pane: the common number formats a scorecard uses,
 * in en-GB. Not a full Excel format engine; unknown formats fall back to General.
 */
import { isDateFormat } from "../dates/dateSystem";
import { dateOfSerial } from "../dates/serial";
import type { CellValue } from "./workbook";

function decimalsIn(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

// A formatter costs tens of microseconds to make, and a grid shows hundreds of formatted cells in a few formats:
// each is made once.
const NUMBER_FORMATTERS = new Map<string, Intl.NumberFormat>();
const DATE_FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function grouped(value: number, decimals: number, useGrouping: boolean): string {
  const key = `${decimals}:${useGrouping}`;
  let formatter = NUMBER_FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping });
    NUMBER_FORMATTERS.set(key, formatter);
  }
  return formatter.format(value);
}

function formatDate(serial: number, format: string): string {
  const date = dateOfSerial(Math.round(serial));
  const month = /mmmm/i.test(format) ? "long" : /mmm/i.test(format) ? "short" : "2-digit";
  const day = /d/i.test(format) ? (month === "2-digit" ? "2-digit" : "numeric") : undefined;
  const key = `${month}:${day ?? ""}`;
  let formatter = DATE_FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", year: "numeric", month, ...(day ? { day } : {}) });
    DATE_FORMATTERS.set(key, formatter);
  }
  return formatter.format(date);
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
