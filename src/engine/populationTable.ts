/** Population tables (age band × year, with source and vintage) that rates can be pointed at. */
import { sheetCellAddress } from "./address";
import { readNumber } from "./cellNumber";
import type { SheetData } from "./workbook";

export interface PopulationEntry {
  /** "Populations!C3", for a formula. */
  readonly cell: string;
  readonly band: string;
  readonly year: string;
  readonly population: number;
  readonly source: string;
}

const header = (value: unknown, pattern: RegExp) => typeof value === "string" && pattern.test(value.trim().toLowerCase());

/** Rows of a sheet headed "Age band", "Year", "Population" (and "Source" or "Vintage"); none when it is not one. */
export function readPopulationTable(sheet: SheetData): PopulationEntry[] {
  const headerIndex = sheet.values.findIndex((row) => row.some((v) => header(v, /^population/)) && row.some((v) => header(v, /band|^age/)));
  if (headerIndex < 0) return [];
  const row = sheet.values[headerIndex];
  const find = (pattern: RegExp) => row.findIndex((v) => header(v, pattern));
  const [band, year, population, source] = [find(/band|^age/), find(/^(year|period|vintage year)/), find(/^population/), find(/^(source|vintage)/)];
  return sheet.values.slice(headerIndex + 1).flatMap((cells, i) => {
    const count = readNumber(cells[population] ?? null);
    if (!count.ok) return [];
    return [
      {
        cell: sheetCellAddress(sheet.name, sheet.top + headerIndex + 1 + i, sheet.left + population),
        band: String(cells[band] ?? ""),
        year: year >= 0 ? String(cells[year] ?? "") : "",
        population: count.value,
        source: source >= 0 ? String(cells[source] ?? "") : "",
      },
    ];
  });
}
