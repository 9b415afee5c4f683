/** A bench row: what was measured against what, the ratio, and the goal as a limit the ratio must not pass. */
export interface Row {
  readonly name: string;
  readonly measured: string;
  readonly baseline: string;
  readonly ratio: number;
  /** The goal: met when ratio ≤ limit. */
  readonly limit: number;
}

export function verdict(row: Row): "met" | "NOT met" {
  return Number.isFinite(row.ratio) && row.ratio <= row.limit ? "met" : "NOT met";
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The median of `runs` timings (ms) of `run`, after one warm-up run. With --expose-gc (as `npm run bench` runs)
 * each sample starts after a full collection, so one run's garbage is not charged to the next.
 */
export async function medianOf(runs: number, run: () => unknown): Promise<number> {
  const [ms] = await mediansInTurn(runs, [run]);
  return ms;
}

/**
 * Medians of workloads run in turn (a, b, a, b…), as medianOf times each: a ratio of two is then taken under the
 * same machine conditions, where a noisy machine's speed drifts between one block of runs and the next.
 */
export async function mediansInTurn(runs: number, workloads: readonly (() => unknown)[]): Promise<number[]> {
  for (const run of workloads) await run();
  const samples = workloads.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, run] of workloads.entries()) {
      collectGarbage?.();
      const start = process.hrtime.bigint();
      await run();
      samples[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples.map(median);
}
