/**
 * Finds scorecard tables on a sheet by what their headers mean, not by one council's spelling:
 * "21-22 Target" and "Target 22/23" are both targets; "Quarter 3" and "Q3 22/23" are both periods. A header row
 * repeated on every printed page, and section-heading rows between measures, are recognised and never rated.
 */
import { startsPrintable } from "../core/cellNumber";
import { memoize } from "../core/memo";
import { FIGURE_ROLES, columnsOf, totalsRows, type ColumnMatch, type ColumnRole, type DetectedTable, type TableMapping, type TableRow } from "../sheet/table";
import type { CellValue, SheetData } from "../sheet/workbook";

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

/** Longer cell text (a measure's name, a comment) is never a header. */
const LONGEST_HEADER_CELL = 120;

function headerText(value: CellValue): string {
  return typeof value === "string" ? value.toLowerCase().replace(/\s+/g, " ").trim() : "";
}

export function roleOf(value: CellValue): { role: ColumnRole; weight: number } | null {
  // Most cells are figures or long measure names: no header, and no need to normalise their text to see it.
  if (typeof value !== "string" || value.length > LONGEST_HEADER_CELL) return null;
  const text = headerText(value);
  if (!text || text.length > 60) return null;
  for (const [role, pattern, weight] of PATTERNS) if (pattern.test(text)) return { role, weight };
  return null;
}

/** Text this short is checked for a letter before its role is looked up; longer text nearly always has one. */
const SHORT_TEXT_LENGTH = 16;

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32; // A–Z to a–z
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

interface HeaderCandidate {
  readonly row: number;
  readonly roles: Map<number, { role: ColumnRole; weight: number }>;
}

function headerCandidates(sheet: SheetData): HeaderCandidate[] {
  const candidates: HeaderCandidate[] = [];
  // The same texts ("Low is good", "<530", "N/A") fill most rows: read each text's role once.
  const known = new Map<string, { role: ColumnRole; weight: number } | null>();
  for (let r = 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r];
    // Most rows hold no header text at all: the row's map is only made when one does.
    let roles: Map<number, { role: ColumnRole; weight: number }> | null = null;
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      // Long text (a measure's name, a comment) is never a header: roleOf says so, without a look-up. Nor is short
      // text without a letter ("86.90%", "3,382", "<530"), as every header pattern needs one.
      if (typeof value !== "string" || value.length > LONGEST_HEADER_CELL || (value.length <= SHORT_TEXT_LENGTH && !hasLetter(value))) continue;
      let found = known.get(value);
      if (found === undefined) {
        found = roleOf(value);
        known.set(value, found);
      }
      if (found) (roles ??= new Map()).set(sheet.left + c, found);
    }
    if (!roles || roles.size < 3) continue;
    const kinds = new Set<ColumnRole>();
    for (const found of roles.values()) kinds.add(found.role);
    const figures = kinds.has("period") || kinds.has("ytd") || kinds.has("target");
    if (kinds.has("measure") && figures) candidates.push({ row: sheet.top + r, roles });
  }
  return candidates;
}

// Figures start with a digit far more often than not: only other text needs the pattern.
const looksLikeFigure = (text: string) => {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || figureText(text);
};
const figureText = memoize((text: string) => /\d|n\/a|^-$/i.test(text), 100_000);

const rowKey = (cells: readonly CellValue[]) => cells.map(headerText).join("\u0000");
const isBlank = (value: CellValue | undefined) =>
  value === null || value === undefined || (typeof value === "string" && !startsPrintable(value) && value.trim() === "");

function buildMapping(sheet: SheetData, header: HeaderCandidate, dataRows: readonly number[]): TableMapping | null {
  const cell = (row: number, column: number) => sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;
  // The columns that take each role: the first such column, or every one for periods and benchmarks.
  const chosen: { column: number; role: ColumnRole; weight: number }[] = [];
  const taken = new Set<ColumnRole>();
  for (const [column, { role, weight }] of [...header.roles.entries()].sort((a, b) => a[0] - b[0])) {
    if (taken.has(role) && !MULTI_ROLES.has(role)) continue;
    taken.add(role);
    chosen.push({ column, role, weight });
  }
  const fits = fitsOf(sheet, chosen, dataRows);
  const byRole = new Map<ColumnRole, ColumnMatch[]>();
  chosen.forEach(({ column, role, weight }, i) => {
    const list = byRole.get(role) ?? [];
    list.push({ column, header: String(cell(header.row, column)).trim(), confidence: Math.round(weight * fits[i] * 100) / 100 });
    byRole.set(role, list);
  });
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

const TEXT = 0;
const SHORT_TEXT = 1;
const FIGURE = 2;

/**
 * A fit is judged on at most this many measure rows, spread through the table: enough for the mapping's "% sure"
 * badge (readr guesses a column's type from 1,000 rows), and a table of 50,000 is not read again for it.
 */
const FIT_SAMPLE = 2_000;
/** Steps of the golden ratio spread a sample evenly without falling into step with rows that repeat a pattern. */
const GOLDEN = 0.6180339887498949;

/** The index of the `d`th sampled row of `count`: all of them, in order, when there are no more than the sample. */
function sampledIndex(d: number, count: number): number {
  return count <= FIT_SAMPLE ? d : Math.floor(((d * GOLDEN) % 1) * count);
}

/**
 * How well the cells below each column fit its role, 0–1: text for measures and comments, short text for polarity,
 * figures for the rest. One pass over the (sampled) rows for all the columns.
 */
function fitsOf(sheet: SheetData, columns: readonly { column: number; role: ColumnRole }[], dataRows: readonly number[]): number[] {
  const filled = new Array<number>(columns.length).fill(0);
  const good = new Array<number>(columns.length).fill(0);
  // What each column's cells should hold, decided once per column rather than once per cell.
  const kinds = columns.map(({ role }) => (role === "measure" || role === "comments" || role === "explanation" ? TEXT : role === "polarity" ? SHORT_TEXT : FIGURE));
  const sampled = Math.min(dataRows.length, FIT_SAMPLE);
  for (let d = 0; d < sampled; d++) {
    const cells = sheet.values[dataRows[sampledIndex(d, dataRows.length)] - sheet.top];
    if (!cells) continue;
    for (let i = 0; i < columns.length; i++) {
      const value = cells[columns[i].column - sheet.left];
      if (isBlank(value)) continue;
      filled[i]++;
      const kind = kinds[i];
      if (kind === TEXT) good[i] += typeof value === "string" ? 1 : 0;
      else if (kind === SHORT_TEXT) good[i] += typeof value === "string" && value.length < 30 ? 1 : 0;
      else good[i] += typeof value === "number" || (typeof value === "string" && looksLikeFigure(value)) ? 1 : 0;
    }
  }
  return columns.map(({ role }, i) => {
    if (filled[i] === 0) return role === "rag" || role === "direction" || role === "explanation" || role === "vsBenchmark" ? 1 : 0.8;
    return good[i] / filled[i];
  });
}

function optional<K extends string>(key: K, match: ColumnMatch | undefined): Partial<Record<K, ColumnMatch>> {
  return match ? ({ [key]: match } as Record<K, ColumnMatch>) : {};
}

/** Columns whose cells make a row a measure rather than a heading or a note. */
export function figureColumns(mapping: TableMapping): number[] {
  return columnsOf(mapping, FIGURE_ROLES);
}

/**
 * The rows found under each header, per sheet read: a refresh without stored settings finds the table and then plans
 * it, and both classify the same rows. A sheet is not changed once read (a write is followed by a fresh read).
 */
const CLASSIFIED = new WeakMap<SheetData, Map<string, readonly TableRow[]>>();

/** The rows below a header row, to `endRow`: measures, section headings, and the header repeated on a new page. */
export function classifyRows(sheet: SheetData, headerRow: number, mapping: TableMapping, endRow: number): readonly TableRow[] {
  const figures = figureColumns(mapping);
  const key = `${headerRow}:${endRow}:${mapping.measure.column}:${figures.join(",")}`;
  let bySheet = CLASSIFIED.get(sheet);
  if (!bySheet) CLASSIFIED.set(sheet, (bySheet = new Map()));
  let rows = bySheet.get(key);
  if (!rows) bySheet.set(key, (rows = classify(sheet, headerRow, mapping, figures, endRow)));
  return rows;
}

function classify(sheet: SheetData, headerRow: number, mapping: TableMapping, figures: readonly number[], endRow: number): TableRow[] {
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
  const rows: TableRow[] = [];
  // An Excel table's totals row (=SUBTOTAL(103,…[RAG])) sums the measures: it is not one.
  const totals = totalsRows(sheet.tables);
  for (let row = headerRow + 1; row <= endRow; row++) {
    const cells = sheet.values[row - sheet.top] ?? [];
    if (allBlank(cells) || totals.has(row)) continue;
    if (repeatsHeader(cells)) {
      rows.push({ row, kind: "header" });
      continue;
    }
    const measureText = cells[mapping.measure.column - sheet.left];
    if (isBlank(measureText)) continue;
    let hasFigures = false;
    for (let i = 0; i < figures.length && !hasFigures; i++) hasFigures = !isBlank(cells[figures[i] - sheet.left]);
    rows.push({ row, kind: hasFigures ? "measure" : "heading" });
  }
  return rows;
}

// Loops rather than every/some with a callback: this runs for every row of a 50,000-row table.
function allBlank(cells: readonly CellValue[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return false;
  return true;
}

/** Whether any row of the sheet (or of the head of it read) could be a scorecard table's header. */
export function mayHoldTable(sheet: SheetData): boolean {
  return headerCandidates(sheet).length > 0;
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
      const measureRows: number[] = [];
      for (let i = 0; i < rows.length; i++) if (rows[i].kind === "measure") measureRows.push(rows[i].row);
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
