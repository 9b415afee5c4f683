/**
 * `npm run bench`: speed as ratios to a baseline on the same machine, printed as a table and written to
 * bench/results/latest.json. Goals are stated beside each ratio; nothing here fails a build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { installCustomFunctions } from "../test/helpers/customFunctionsRuntime";

installCustomFunctions();
const { rag } = require("../src/functions/scorecard") as typeof import("../src/functions/scorecard");

interface Row {
  name: string;
  measured: string;
  baseline: string;
  ratio: number;
  goal: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown, repeats = 7): number {
  run(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

function ragMillion(): Row {
  const CELLS = 1_000_000;
  // Values around a "<530"-style target, as a column of numbers: what Excel passes for K6:K1000005.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const values: number[][] = Array.from({ length: CELLS }, () => [Math.round(400 + random() * 200)]);
  const target = 530;
  const tolerance = 0.05;
  const bare = () => {
    const out: string[][] = new Array<string[]>(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i][0];
      out[i] = [v < target ? "Green" : (v - target) / target <= tolerance ? "Amber" : "Red"];
    }
    return out;
  };
  const viaFunction = () => rag(values, [["<530"]], [["Low is good"]], [[null]]);
  const check = viaFunction();
  if (check.length !== CELLS) throw new Error("RAG did not spill one rating per cell");
  const bareMs = time(bare);
  const functionMs = time(viaFunction);
  return {
    name: "RAG over 1,000,000 cells (one call)",
    measured: `${functionMs.toFixed(1)} ms`,
    baseline: `bare comparison loop ${bareMs.toFixed(1)} ms`,
    ratio: functionMs / bareMs,
    goal: "≤ 3×",
  };
}

const rows = [ragMillion()];
console.log(`Committee Scorecard benchmarks — ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, node ${process.version}`);
console.table(rows.map((r) => ({ ...r, ratio: `${r.ratio.toFixed(2)}×` })));
const out = path.resolve(__dirname, "results");
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, "latest.json"),
  JSON.stringify({ date: new Date().toISOString(), machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version }, rows }, null, 2),
);
