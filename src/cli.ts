#!/usr/bin/env node
/** Entry point of the `sitrep` binary; see cli/main.ts. */
import { main } from "./cli/main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`sitrep: internal error: ${err.stack ?? err.message}\n`);
    process.exitCode = 70;
  },
);
