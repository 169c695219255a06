/**
 * Whether the report's browser test can run, and the notice printed at the
 * end of `npm test` when it could not: a skipped browser test is easy to
 * miss among hundreds of passes, so it is said plainly, last. vitest runs
 * this file as a global setup (vitest.config.ts); the teardown prints.
 */
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.SITREP_CHROMIUM || "/usr/bin/chromium";
/** Set by .ci/run: a missing chromium fails the browser test instead of skipping it. */
export const REQUIRE_BROWSER = process.env.SITREP_REQUIRE_BROWSER === "1" || Boolean(process.env.CI);

export const SKIP_NOTICE =
  `\n*** The report's browser test was SKIPPED: no chromium at ${CHROMIUM}. ***\n` +
  `*** The HTML report was not checked in a browser. Install chromium (apt-get install chromium) ***\n` +
  `*** or run .ci/run, which installs it and fails when the browser test does not run.        ***\n`;

export default function setup(): () => void {
  return () => {
    if (!existsSync(CHROMIUM) && !REQUIRE_BROWSER) process.stderr.write(SKIP_NOTICE);
  };
}
