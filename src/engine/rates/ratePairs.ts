/**
 * Suggests which scorecard rows are rates and which counts they were made from ("Residential admissions for 65+"
 * and "… per 100k population (ASCOF 2A2)"), for the analyst to confirm before the rates are reconciled.
 */
import { sheetCellAddress } from "../sheet/address";
import type { DetectedTable } from "../sheet/table";
import type { RatePair } from "./rateChecks";
import type { SheetData } from "../sheet/workbook";

const RATE_WORDS = /per\s*100\s*k|per\s*100,?000|per\s*10\s*k|per\s*10,?000|\brate\b/i;
const STOP = new Set(["of", "the", "a", "in", "for", "to", "and", "per", "population", "year", "date", "figure", "total", "number", "rate", "100k", "10k", "100,000", "10,000", "ascof", "cumulative"]);

function words(text: string): Set<string> {
  // Plurals folded ("carers" = "carer", "GPs" = "GP"), so a count row and its rate row share their subject. Folding
  // every final "s" is safe: a word that only looks plural ("access", "has") is folded the same way in every row.
  return new Set(
    text
      .toLowerCase()
      .replace(/\([^)]*\)/g, " ")
      .split(/[^a-z0-9+-]+/)
      // A bare number says nothing ("2021"), but "65s" does: it is folded to "65" only after that test.
      .filter((w) => !/^\d+$/.test(w))
      // Folded before the stop words are dropped, so "Rates" and "Numbers" go as "rate" and "number" do.
      .map((w) => (w.endsWith("s") ? w.slice(0, -1) : w))
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

export interface SuggestedPair {
  readonly countRow: number;
  readonly rateRow: number;
  readonly countMeasure: string;
  readonly rateMeasure: string;
  readonly per: number;
  /** Shared words as a share of the rate row's words. */
  readonly similarity: number;
}

export function suggestRatePairs(sheet: SheetData, table: DetectedTable): SuggestedPair[] {
  const measureColumn = table.mapping.measure.column - sheet.left;
  const measures = table.rows
    .filter((r) => r.kind === "measure")
    .map((r) => ({ row: r.row, text: String(sheet.values[r.row - sheet.top]?.[measureColumn] ?? "") }));
  // Words many measures share ("service", "receiving") say little; a rare one ("carer") says which row it is.
  const documentFrequency = new Map<string, number>();
  for (const m of measures) for (const w of words(m.text)) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log(1 + measures.length / (documentFrequency.get(w) ?? 1));
  const pairs: SuggestedPair[] = [];
  for (const rate of measures.filter((m) => RATE_WORDS.test(m.text))) {
    const rateWords = words(rate.text);
    const total = [...rateWords].reduce((sum, w) => sum + weight(w), 0);
    // The count must share the rate's most telling word: its subject ("carer", "DOLS", "65+").
    const subject = [...rateWords].sort((a, b) => weight(b) - weight(a))[0];
    let best: { row: number; text: string; score: number } | null = null;
    for (const count of measures) {
      // A rate row (the rate itself among them) is never a count.
      if (RATE_WORDS.test(count.text) || !words(count.text).has(subject)) continue;
      const shared = [...words(count.text)].filter((w) => rateWords.has(w)).reduce((sum, w) => sum + weight(w), 0);
      // Nearby rows win ties: a count usually sits just above its rate.
      const score = shared / Math.max(1e-9, total) - Math.abs(rate.row - count.row) * 0.001;
      if (!best || score > best.score) best = { row: count.row, text: count.text, score };
    }
    if (best && best.score >= 0.3) {
      pairs.push({
        countRow: best.row,
        rateRow: rate.row,
        countMeasure: best.text,
        rateMeasure: rate.text,
        // "per 10000" is per 10,000: only "100k" or "100,000" (not any "100") makes it per 100,000.
        per: /10\s*k|10,?000\b/i.test(rate.text) && !/100\s*k|100,?000/i.test(rate.text) ? 10_000 : 100_000,
        similarity: Math.round(best.score * 100) / 100,
      });
    }
  }
  return pairs;
}

/**
 * The rate row's words as a finding's opening: on one line, and at most 60 characters, cut after a whole word with
 * "…" so a long row does not end "… per 100k popul".
 */
function labelOf(measure: string): string {
  const text = measure.replace(/\s+/g, " ").trim();
  if (text.length <= 60) return text;
  // One character past the limit shows whether the 60th ends a word; text with no space at all is cut at 60.
  const cut = text.slice(0, 61);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** The pair's cells in every period column (last year's outturn first), ready for the implied-population check. */
export function ratePairCells(sheet: SheetData, table: DetectedTable, pair: SuggestedPair): RatePair {
  const columns = [...(table.mapping.previous ? [table.mapping.previous] : []), ...table.mapping.periods];
  const cell = (row: number, column: number) => ({
    address: sheetCellAddress(sheet.name, row, column),
    value: sheet.values[row - sheet.top]?.[column - sheet.left] ?? null,
    numberFormat: sheet.numberFormats[row - sheet.top]?.[column - sheet.left],
  });
  return {
    label: labelOf(pair.rateMeasure),
    per: pair.per,
    periods: columns.map((c) => ({ period: c.header, count: cell(pair.countRow, c.column), rate: cell(pair.rateRow, c.column) })),
  };
}
