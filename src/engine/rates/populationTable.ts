/** Population tables (age band × year, with source and vintage) that rates can be pointed at. */
import { sheetCellAddress } from "../sheet/address";
import { isBlankLike, readNumber } from "../core/cellNumber";
import type { Finding } from "../core/findings";
import type { SheetData } from "../sheet/workbook";

export interface PopulationEntry {
  /** "Populations!C3", for a formula. */
  readonly cell: string;
  readonly band: string;
  readonly year: string;
  readonly population: number;
  readonly source: string;
}

const header = (value: unknown, pattern: RegExp) => typeof value === "string" && pattern.test(value.trim().toLowerCase());

export interface PopulationTable {
  readonly entries: PopulationEntry[];
  /** Rows whose population cannot be read, each naming its cell: never silently left out. */
  readonly findings: Finding[];
}

/** Rows of a sheet headed "Age band", "Year", "Population" (and "Source" or "Vintage"); none when it is not one. */
export function readPopulationTable(sheet: SheetData): PopulationTable {
  const findings: Finding[] = [];
  const headerIndex = sheet.values.findIndex((row) => row.some((v) => header(v, /^population/)) && row.some((v) => header(v, /band|^age/)));
  if (headerIndex < 0) return { entries: [], findings };
  const row = sheet.values[headerIndex];
  const find = (pattern: RegExp) => row.findIndex((v) => header(v, pattern));
  const [band, year, population, source] = [find(/band|^age/), find(/^(year|period|vintage year)/), find(/^population/), find(/^(source|vintage)/)];
  const entries = sheet.values.slice(headerIndex + 1).flatMap((cells, i) => {
    const cell = sheetCellAddress(sheet.name, sheet.top + headerIndex + 1 + i, sheet.left + population);
    const given = cells[population] ?? null;
    // An empty row (or one with no population given) is not a row of the table; anything else must read.
    if (isBlankLike(given)) {
      if (!isBlankLike(cells[band] ?? null)) findings.push({ cell, severity: "warning", message: `No population is given for ${String(cells[band])}; that row is not offered.` });
      return [];
    }
    const count = readNumber(given);
    if (!count.ok || count.value <= 0) {
      findings.push({ cell, severity: "error", message: `The population ${typeof given === "string" ? `"${given}"` : String(given)} is not a number of people; that row is not offered.` });
      return [];
    }
    return [
      {
        cell,
        band: String(cells[band] ?? ""),
        year: year >= 0 ? String(cells[year] ?? "") : "",
        population: count.value,
        source: source >= 0 ? String(cells[source] ?? "") : "",
      },
    ];
  });
  return { entries, findings };
}
