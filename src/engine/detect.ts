/**
 * Finds scorecard tables on a sheet by what their headers mean, not by one council's spelling:
 * "21-22 Target" and "Target 22/23" are both targets; "Quarter 3" and "Q3 22/23" are both periods. A header row
 * repeated on every printed page, and section-heading rows between measures, are recognised and never rated.
 */
import type { CellValue, SheetData } from "./workbook";

export type ColumnRole =
  | "measure" | "polarity" | "target" | "benchmark" | "previous" | "period" | "ytd"
  | "rag" | "direction" | "vsBenchmark" | "explanation" | "comments";

export interface ColumnMatch {
  /** Zero-based sheet column. */
  readonly column: number;
  readonly header: string;
  /** 0–1: how sure the header's meaning is, and how well the cells below fit it. */
  readonly confidence: number;
}

export interface TableMapping {
  readonly measure: ColumnMatch;
  readonly polarity?: ColumnMatch;
  readonly target?: ColumnMatch;
  readonly benchmarks: readonly ColumnMatch[];
  readonly previous?: ColumnMatch;
  readonly periods: readonly ColumnMatch[];
  readonly ytd?: ColumnMatch;
  readonly rag?: ColumnMatch;
  readonly direction?: ColumnMatch;
  readonly vsBenchmark?: ColumnMatch;
  readonly explanation?: ColumnMatch;
  readonly comments?: ColumnMatch;
}

export type RowKind = "measure" | "heading" | "header";

export interface TableRow {
  /** Zero-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
}

export interface DetectedTable {
  readonly sheet: string;
  /** Zero-based sheet row of the (first) header row. */
  readonly headerRow: number;
  readonly mapping: TableMapping;
  readonly rows: readonly TableRow[];
  /** Mean confidence of the mapped columns. */
  readonly confidence: number;
}

const PATTERNS: ReadonlyArray<readonly [ColumnRole, RegExp, number]> = [
  ["vsBenchmark", /^(vs|versus|against|compared (to|with)) (benchmark|comparators?|average)/, 1],
  ["explanation", /^(explanation|rag explanation|why|reason)$/, 1],
  ["direction", /^(direction of travel|dot|d\.o\.t\.?|direction|trend|travel)$/, 1],
  ["rag", /^(rag|rag rating|rag status|status|rating|current rag)$/, 1],
  ["polarity", /^(polarity|good is|good performance is|aim|higher or lower( is)? better|good)$/, 1],
  ["ytd", /(year to date|\bytd\b|cumulative to date)/, 1],
  ["target", /\btarget\b/, 1],
  ["previous", /(year end|outturn|last year|previous year|prior year|baseline)/, 0.9],
  ["benchmark", /(\bnw\b|north west|regional|england|national|nearest neighbours?|cipfa|comparator|benchmark|stat(istical)? ?(neighbours?|av))/, 0.9],
  ["period", /^(quarter ?[1-4]|q[1-4]\b.*|qtr ?[1-4]|month ?\d{1,2}|period ?\d{1,2}|p\d{1,2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?( \d{2,4})?)$/, 1],
  ["comments", /(comment|commentary|notes?|narrative|remarks|exception report)/, 1],
  ["measure", /(^measure|indicator|^kpi\b|^metric|^description|performance measure|^title$)/, 1],
];

const MULTI_ROLES = new Set<ColumnRole>(["benchmark", "period"]);

function headerText(value: CellValue): string {
  return typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "";
}

export function roleOf(value: CellValue): { role: ColumnRole; weight: number } | null {
  // Most cells are figures or long measure names: no header, and no need to normalise their text to see it.
  if (typeof value !== "string" || value.length > 120) return null;
  const text = headerText(value);
  if (!text || text.length > 60) return null;
  for (const [role, pattern, weight] of PATTERNS) if (pattern.test(text)) return { role, weight };
  return null;
}

interface HeaderCandidate {
  readonly row: number;
  readonly roles: Map<number, { role: ColumnRole; weight: number }>;
}

function headerCandidates(sheet: SheetData): HeaderCandidate[] {
  const candidates: HeaderCandidate[] = [];
  // The same texts ("Low is good", "<530", "N/A") fill most rows: read each text's role once.
  const known = new Map<string, { role: ColumnRole; weight: number } | null>();
  sheet.values.forEach((cells, r) => {
    const roles = new Map<number, { role: ColumnRole; weight: number }>();
    cells.forEach((value, c) => {
      if (typeof value !== "string") return;
      let found = known.get(value);
      if (found === undefined) {
        found = roleOf(value);
        known.set(value, found);
      }
      if (found) roles.set(sheet.left + c, found);
    });
    const kinds = new Set([...roles.values()].map((r) => r.role));
    const figures = ["period", "ytd", "target"].some((role) => kinds.has(role as ColumnRole));
    if (kinds.has("measure") && figures && roles.size >= 3) candidates.push({ row: sheet.top + r, roles });
  });
  return candidates;
}

const rowKey = (cells: readonly CellValue[]) => cells.map(headerText).join("\u0000");
const isBlank = (value: CellValue | undefined) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

function buildMapping(sheet: SheetData, header: HeaderCandidate, dataRows: readonly number[]): TableMapping | null {
  const cell = (row: number, column: number) => sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
  const fit = (column: number, role: ColumnRole): number => {
    const values = dataRows.map((r) => cell(r, column)).filter((v) => !isBlank(v));
    if (values.length === 0) return role === "rag" || role === "direction" || role === "explanation" || role === "vsBenchmark" ? 1 : 0.8;
    const good = values.filter((v) => {
      if (role === "measure" || role === "comments" || role === "explanation") return typeof v === "string";
      if (role === "polarity") return typeof v === "string" && v.length < 30;
      return typeof v === "number" || (typeof v === "string" && /\d|n\/a|^-$/i.test(v));
    }).length;
    return good / values.length;
  };
  const byRole = new Map<ColumnRole, ColumnMatch[]>();
  for (const [column, { role, weight }] of [...header.roles.entries()].sort((a, b) => a[0] - b[0])) {
    const list = byRole.get(role) ?? [];
    if (list.length > 0 && !MULTI_ROLES.has(role)) continue; // the first such column is the one
    const confidence = Math.round(weight * fit(column, role) * 100) / 100;
    list.push({ column, header: String(cell(header.row, column)).trim(), confidence });
    byRole.set(role, list);
  }
  const measure = byRole.get("measure")?.[0];
  if (!measure) return null;
  const one = (role: ColumnRole) => byRole.get(role)?.[0];
  const mapping: TableMapping = {
    measure,
    benchmarks: byRole.get("benchmark") ?? [],
    periods: byRole.get("period") ?? [],
    ...optional("polarity", one("polarity")),
    ...optional("target", one("target")),
    ...optional("previous", one("previous")),
    ...optional("ytd", one("ytd")),
    ...optional("rag", one("rag")),
    ...optional("direction", one("direction")),
    ...optional("vsBenchmark", one("vsBenchmark")),
    ...optional("explanation", one("explanation")),
    ...optional("comments", one("comments")),
  };
  return mapping;
}

function optional<K extends string>(key: K, match: ColumnMatch | undefined): Partial<Record<K, ColumnMatch>> {
  return match ? ({ [key]: match } as Record<K, ColumnMatch>) : {};
}

/** Columns whose cells make a row a measure rather than a heading or a note. */
export function figureColumns(mapping: TableMapping): number[] {
  return [mapping.polarity, mapping.target, mapping.previous, mapping.ytd, ...mapping.periods, ...mapping.benchmarks]
    .filter((m): m is ColumnMatch => m !== undefined)
    .map((m) => m.column);
}

export function classifyRows(sheet: SheetData, headerRow: number, mapping: TableMapping, endRow: number): TableRow[] {
  const headerCells = sheet.values[headerRow - sheet.top] ?? [];
  const headerKey = rowKey(headerCells);
  const measureIndex = mapping.measure.column - sheet.left;
  const measureHeader = headerText(headerCells[measureIndex] ?? null);
  // A repeated header row (one per printed page) has the header's text in the measure column: check that first.
  const rawMeasureHeader = headerCells[measureIndex];
  const repeatsHeader = (cells: readonly CellValue[]) => {
    const text = cells[measureIndex];
    if (typeof text !== "string" || typeof rawMeasureHeader !== "string") return false;
    // Normalising case and spaces costs more than the comparison: only texts near the header's length can match.
    if (text !== rawMeasureHeader && (Math.abs(text.length - rawMeasureHeader.length) > 8 || headerText(text) !== measureHeader)) return false;
    return rowKey(cells) === headerKey;
  };
  const figures = figureColumns(mapping);
  const rows: TableRow[] = [];
  for (let row = headerRow + 1; row <= endRow; row++) {
    const cells = sheet.values[row - sheet.top] ?? [];
    if (cells.every((v) => isBlank(v))) continue;
    if (repeatsHeader(cells)) {
      rows.push({ row, kind: "header" });
      continue;
    }
    const measureText = cells[mapping.measure.column - sheet.left];
    if (isBlank(measureText)) continue;
    const hasFigures = figures.some((c) => !isBlank(cells[c - sheet.left]));
    rows.push({ row, kind: hasFigures ? "measure" : "heading" });
  }
  return rows;
}

export function detectTables(sheet: SheetData): DetectedTable[] {
  const candidates = headerCandidates(sheet);
  const tables: DetectedTable[] = [];
  const lastRow = sheet.top + sheet.values.length - 1;
  let index = 0;
  while (index < candidates.length) {
    const header = candidates[index];
    const key = rowKey(sheet.values[header.row - sheet.top]);
    // Later header rows with the same text are the same table's header repeated on each printed page.
    let next = index + 1;
    while (next < candidates.length && rowKey(sheet.values[candidates[next].row - sheet.top]) === key) next++;
    const endRow = next < candidates.length ? candidates[next].row - 1 : lastRow;
    const provisional = buildMapping(sheet, header, []);
    if (provisional) {
      const rows = classifyRows(sheet, header.row, provisional, endRow);
      const measureRows = rows.filter((r) => r.kind === "measure").map((r) => r.row);
      const mapping = buildMapping(sheet, header, measureRows) ?? provisional;
      const matches = [mapping.measure, mapping.polarity, mapping.target, mapping.previous, mapping.ytd, mapping.rag, ...mapping.periods, ...mapping.benchmarks]
        .filter((m): m is ColumnMatch => m !== undefined);
      const confidence = Math.round((matches.reduce((sum, m) => sum + m.confidence, 0) / matches.length) * 100) / 100;
      if (measureRows.length > 0) tables.push({ sheet: sheet.name, headerRow: header.row, mapping, rows, confidence });
    }
    index = next;
  }
  return tables;
}
