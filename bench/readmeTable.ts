/**
 * `npm run bench:readme`: rewrites the README's benchmark table from bench/results/latest.json, so every figure
 * and verdict there is what `npm run bench` printed, never typed by hand.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Row } from "./rows";

const ROOT = path.resolve(__dirname, "..");
const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

interface Results {
  readonly date: string;
  readonly runs: number;
  readonly machine: { readonly cpu?: string; readonly cores: number; readonly node: string };
  readonly rows: readonly (Row & { readonly verdict: string })[];
}

const results = JSON.parse(readFileSync(path.join(ROOT, "bench", "results", "latest.json"), "utf8")) as Results;
const cell = (text: string) => text.replace(/\|/g, "\\|");
const table = [
  `${results.date.slice(0, 10)}, ${results.machine.cpu ?? "unknown CPU"}, ${results.machine.cores} cores, node ${results.machine.node}; timings are the median of ${results.runs} runs.`,
  "",
  "| What | Measured | Against | Ratio | Goal | Verdict |",
  "| --- | --- | --- | --- | --- | --- |",
  ...results.rows.map((r) => `| ${cell(r.name)} | ${cell(r.measured)} | ${cell(r.baseline)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : "∞"}× | ≤ ${r.limit}× | ${r.verdict} |`),
].join("\n");

const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section to fill.`);
writeFileSync(path.join(ROOT, "README.md"), `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`);
console.log(`README.md: benchmark table rewritten from bench/results/latest.json (${results.rows.length} rows).`);
