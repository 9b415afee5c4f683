/**
 * The package reader under damage: workbooks of the preservation kind (charts, pivots, VBA, links, a table, the
 * x: prefix, zip64, UTF-16), truncated, with bits flipped, and with their entries reordered. Every outcome is a
 * clean refusal (a message, nothing changed) or a lossless refresh (every part not written comes out as its
 * original compressed bytes, and the output opens again): never an exception, a hang past 10 s or 1 GB of memory.
 * `npm test` runs a few hundred seeded cases; `npm run fuzz` (FUZZ_RUNS) many more.
 */
import { zipSync } from "fflate";
import { PackageError } from "../../src/adapters/xlsx/package/zipPackage";
import { readRawEntries, writeZip } from "../../src/adapters/xlsx/package/zipWriter";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsxWorkbook";
import { refreshWorkbook } from "../../src/app/refreshWorkbook";
import { scorecardRows } from "../helpers/generateScorecard";
import { generateParts, generateWorkbook } from "../helpers/xlsxGenerator";
import { buildZip, entriesOf } from "../helpers/zipBuilder";

const NOW = new Date("2022-03-28T09:00:00Z");
const RUNS = process.env.FUZZ_RUNS ? Math.max(300, Math.round(Number(process.env.FUZZ_RUNS) / 50)) : 300;
const rows = scorecardRows(55);

/** A seeded generator (mulberry32), so a failing case can be run again by its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(): Uint8Array[] {
  const scorecard = { name: "Scorecard", rows };
  const notes = { name: "Notes", rows: [["Agenda item 7"], ["See the Scorecard sheet."]] };
  const utf16Styles = generateParts({ sheets: [scorecard, notes] });
  const styles = new TextDecoder().decode(utf16Styles["xl/styles.xml"]).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  utf16Styles["xl/styles.xml"] = new Uint8Array(Buffer.from(`\uFEFF${styles}`, "utf16le"));
  const table = { ...scorecard, table: { relId: "rIdTable", ref: `A4:M${rows.length}`, name: "Scorecard_Q3" }, afterSheetData: '<tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>' };
  return [
    generateWorkbook({ everything: true, sheets: [scorecard, notes] }),
    generateWorkbook({ prefix: "x", sheets: [scorecard, notes] }),
    generateWorkbook({ sheets: [table, notes] }),
    buildZip(entriesOf(generateParts({ everything: true, sheets: [scorecard, notes] }), { "xl/worksheets/sheet1.xml": { zip64: true }, "xl/styles.xml": { zip64: true, stored: true } })),
    zipSync(utf16Styles),
  ];
}

type Mutation = "truncate" | "flip" | "reorder" | "reorder+flip";

function mutate(bytes: Uint8Array, next: () => number): { bytes: Uint8Array; mutation: Mutation } {
  const pick = next();
  if (pick < 0.25) return { bytes: bytes.slice(0, Math.floor(next() * bytes.length)), mutation: "truncate" };
  if (pick < 0.45) return { bytes: reorder(bytes, next), mutation: "reorder" };
  const mutation: Mutation = pick < 0.6 ? "reorder+flip" : "flip";
  const out = mutation === "flip" ? bytes.slice() : reorder(bytes, next);
  // Half the flips land in the zip's directory and records (its last 3 KB), where they do the most harm.
  const from = next() < 0.5 ? Math.max(0, out.length - 3072) : 0;
  const flips = 1 + Math.floor(next() * 8);
  for (let i = 0; i < flips; i++) {
    const at = from + Math.floor(next() * (out.length - from));
    out[at] ^= 1 << Math.floor(next() * 8);
  }
  return { bytes: out, mutation };
}

/** The same entries in another order, each copied as its compressed bytes. */
function reorder(bytes: Uint8Array, next: () => number): Uint8Array {
  const entries = [...readRawEntries(bytes)];
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  return writeZip(entries.map(([name, raw]) => ({ name, raw })));
}

// What a message says when code failed rather than the file: never a clean refusal.
const CRASH = /Cannot read prop|is not a function|is not iterable|undefined|Invalid array length|Maximum call stack|out of memory|Unexpected token/i;

async function outcome(bytes: Uint8Array): Promise<"refused" | "refreshed"> {
  let book: XlsxWorkbook;
  try {
    book = XlsxWorkbook.open(bytes);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    expect(error.message).not.toMatch(CRASH);
    return "refused";
  }
  const result = await refreshWorkbook(book, { scope: "all", now: NOW });
  if (!result.ok) {
    expect(result.error.message).not.toMatch(CRASH);
    expect({ changed: book.pkg.changed(), message: result.error.message }).toEqual({ changed: [], message: result.error.message });
    return "refused";
  }
  const out = book.save();
  const written = new Set(book.pkg.changed());
  const after = readRawEntries(out);
  for (const [name, entry] of readRawEntries(bytes)) {
    if (written.has(name)) continue;
    const copy = after.get(name);
    expect({ name, same: copy !== undefined && copy.crc === entry.crc && Buffer.from(copy.data).equals(Buffer.from(entry.data)) }).toEqual({ name, same: true });
  }
  // The output opens and reads again: nothing of it is broken by the refresh.
  const again = XlsxWorkbook.open(out);
  await again.readSheets(await again.sheetNames());
  return "refreshed";
}

describe("the package reader under damage", () => {
  const workbooks = corpus();

  it("every undamaged workbook of the corpus refreshes", async () => {
    for (const bytes of workbooks) expect(await outcome(bytes)).toBe("refreshed");
  });

  it(`${RUNS} damaged workbooks: each a clean refusal or a lossless refresh, within 10 s and 1 GB`, async () => {
    const tally: Record<string, number> = {};
    // Memory is weighed against where this test started: a jest worker may already hold other suites' heaps.
    const idle = process.memoryUsage().rss;
    for (let seed = 1; seed <= RUNS; seed++) {
      const next = random(seed);
      const { bytes, mutation } = mutate(workbooks[seed % workbooks.length], next);
      const started = performance.now();
      let result: string;
      try {
        result = await outcome(bytes);
      } catch (error) {
        throw new Error(`seed ${seed} (${mutation}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      const seconds = (performance.now() - started) / 1000;
      expect({ seed, mutation, slow: seconds > 10, memory: process.memoryUsage().rss - idle > 1024 ** 3 }).toEqual({ seed, mutation, slow: false, memory: false });
      tally[`${mutation} ${result}`] = (tally[`${mutation} ${result}`] ?? 0) + 1;
    }
    if (process.env.FUZZ_TALLY) console.log(tally);
    // Reordering alone never stops a refresh; truncation always does (the directory is at the end).
    expect(tally["reorder refused"]).toBeUndefined();
    expect(tally["truncate refreshed"]).toBeUndefined();
    expect(tally["flip refused"]).toBeGreaterThan(0);
  }, Math.max(120_000, RUNS * 2_000));
});
