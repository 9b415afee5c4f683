/**
 * Run in its own process by the bench: refreshes one workbook through the CLI and prints the process's peak
 * resident memory above what it used before opening the file (modules loaded, after a full GC), in bytes.
 * Usage: node --expose-gc --import tsx bench/refreshMemory.ts <in.xlsx> <out.xlsx>
 */
import { main } from "../src/cli/main";

async function measure(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  const code = await main(["refresh", input, "-o", output, "--force"], { stdout: () => undefined, stderr: () => undefined });
  if (code !== 0) throw new Error(`the refresh exited ${code}`);
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ before, peak, aboveBaseline: peak - before }));
}

measure().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
