#!/usr/bin/env -S node --no-regexp-tier-up
/**
 * Entry point of the `sitrep` binary; see cli/main.ts.
 *
 * `--no-regexp-tier-up`: by default V8 first interprets a new regular
 * expression and compiles it to machine code only when it runs again, which
 * suits patterns that run once. sitrep's few hundred patterns (cues, rules,
 * places, dates) each run thousands of times, so tier-up only adds a second
 * compilation and a slow first pass to each: without it, `sitrep extract`
 * after a lexicon change takes about a fifth less time (`npm run
 * bench:extract`). It changes how patterns are compiled, never what they
 * match. It must be set when the process starts (V8 warns against changing
 * flags later), hence the shebang; `node dist/cli.js` works without it.
 */
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
