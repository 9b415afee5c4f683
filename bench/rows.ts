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

/**
 * The median of `runs` timings (ms) of `run`, after one warm-up run. With --expose-gc (as `npm run bench` runs)
 * each sample starts after a full collection, so one run's garbage is not charged to the next.
 */
export async function medianOf(runs: number, run: () => unknown): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage?.();
    const start = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/**
 * Medians of two workloads run in turn (a, b, a, b…), each after a collection: a ratio of the two is then taken under
 * the same machine conditions, where a noisy machine's speed drifts between one block of runs and the next.
 */
export async function mediansInTurn(runs: number, a: () => unknown, b: () => unknown): Promise<[number, number]> {
  await a();
  await b();
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [index, run] of [a, b].entries()) {
      collectGarbage?.();
      const start = process.hrtime.bigint();
      await run();
      samples[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
  return [median(samples[0]), median(samples[1])];
}
