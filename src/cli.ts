#!/usr/bin/env node
/** Entry point of the `sitrep` binary; see cli/main.ts. */
import { main } from "./cli/main.js";

// `sitrep export | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`sitrep: internal error: ${err.stack ?? err.message}\n`);
    process.exitCode = 70;
  },
);
