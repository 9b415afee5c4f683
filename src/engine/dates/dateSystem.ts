/**
 * A workbook's date system. Excel for Windows counts from 1900; workbooks made on a Mac before Excel 2011 (and any
 * with "Use 1904 date system" ticked) count from 1904: serial 0 is 1 January 1904, which is 1,462 in the 1900
 * system (Microsoft, "Date systems in Excel"). The engine works in the 1900 system only; the adapters move each
 * date cell across as they read and write it, through these two functions and nowhere else.
 */

export type DateSystem = 1900 | 1904;

/** Days from the 1900 system's serial 0 to 1 January 1904 (4 years and a day, Excel's fictitious 1900 leap day in). */
export const DATE_1904_OFFSET = 1462;

/** A workbook's serial as the engine's (1900 system). */
export function engineSerial(serial: number, system: DateSystem): number {
  return system === 1904 ? serial + DATE_1904_OFFSET : serial;
}

/** The engine's serial as the workbook keeps it. */
export function workbookSerial(serial: number, system: DateSystem): number {
  return system === 1904 ? serial - DATE_1904_OFFSET : serial;
}

/** Whether a number format shows a date (day, month or year codes, and no digit placeholders). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // Quoted and backslash-escaped literals and colour/condition brackets are not codes: each stands in as a separator
  // ("dd\/mm\/yyyy"). 0, # and ? hold digits, except the 0s of fractional seconds ("ss.000").
  const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, " ").replace(/(s)\.0+/gi, "$1");
  return /(^|[^a-z])(d{1,4}|m{3,5}|y{2,4})([^a-z]|$)/i.test(codes) && !/[0#?]/.test(codes);
}

/**
 * The values with every date-formatted number moved from the workbook's system to the engine's; the same arrays
 * when the system is 1900 or no cell is a date.
 */
export function datesToEngine<T>(values: readonly (readonly T[])[], formats: readonly (readonly string[])[], system: DateSystem): readonly (readonly T[])[] {
  if (system === 1900) return values;
  let copy: T[][] | null = null;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (typeof value !== "number" || !isDateFormat(formats[r]?.[c])) continue;
      if (!copy) copy = values.map((original) => original.slice());
      copy[r][c] = engineSerial(value, system) as T;
    }
  }
  return copy ?? values;
}

/**
 * Plan changes with every date the engine writes (a number with a date format) in the workbook's system; the same
 * array in the 1900 system.
 */
export function datesToWorkbook<C extends { readonly kind: string; readonly numberFormat?: string }>(changes: readonly C[], system: DateSystem): readonly C[] {
  if (system === 1900) return changes;
  return changes.map((change) => {
    const value = (change as { readonly value?: unknown }).value;
    return change.kind === "value" && typeof value === "number" && isDateFormat(change.numberFormat) ? { ...change, value: workbookSerial(value, system) } : change;
  });
}

/**
 * The date system from Excel's own DATE(1904, 1, 1), which an add-in can ask without writing a cell (Excel's
 * worksheet functions, ExcelApi 1.2): 0 in a 1904 workbook, 1462 in a 1900 one.
 */
export function dateSystemOf(firstOf1904: unknown): DateSystem {
  return firstOf1904 === 0 ? 1904 : 1900;
}
