/** Entry point of the built CLI (dist/cli/committee-scorecard.js). */
import { main } from "./main";

const write = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);

// `committee-scorecard check x.xlsx | head`: the reader went away, which is no error of ours. Stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), { stdout: write(process.stdout), stderr: write(process.stderr) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
