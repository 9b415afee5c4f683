/** `node --expose-gc --import tsx bench/refindOnly.ts`: the refind row alone, without the whole bench. */
import { refindRows } from "./refind";
import { verdict } from "./rows";

refindRows(Number(process.env.BENCH_RUNS ?? 5)).then(
  (rows) => rows.forEach((r) => console.log(`${r.name}: ${r.measured} against ${r.baseline}; ${r.ratio.toFixed(3)}× (goal ≤ ${r.limit}×), ${verdict(r)}`)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
