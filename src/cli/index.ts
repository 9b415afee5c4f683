/* Entry point of the built CLI (dist/cli/committee-scorecard.js). */
import { main } from "./main";

const write = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);

main(process.argv.slice(2), { stdout: write(process.stdout), stderr: write(process.stderr) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
