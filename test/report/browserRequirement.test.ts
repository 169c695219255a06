/**
 * A run without chromium says plainly that the report's browser test was
 * skipped, and SITREP_REQUIRE_BROWSER=1 (which .ci/run sets) turns the skip
 * into a failure. Runs vitest on the browser test in a child process with
 * SITREP_CHROMIUM pointing at no binary.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

function vitestOnBrowserTest(env: Record<string, string>): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", "test/report/browser.test.ts"], {
    cwd: root,
    env: { ...process.env, CI: "", SITREP_REQUIRE_BROWSER: "", SITREP_CHROMIUM: "/nonexistent/chromium", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, output: r.stdout + r.stderr };
}

describe("browser test without chromium", () => {
  it("is_skipped_with_a_plain_notice", () => {
    const r = vitestOnBrowserTest({});
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/The report's browser test was SKIPPED: no chromium at \/nonexistent\/chromium/);
  }, 120_000);

  it("fails_when_sitrep_require_browser_is_set", () => {
    const r = vitestOnBrowserTest({ SITREP_REQUIRE_BROWSER: "1" });
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toMatch(/SITREP_REQUIRE_BROWSER=1 but there is no chromium at \/nonexistent\/chromium/);
    expect(r.output).not.toMatch(/was SKIPPED/);
  }, 120_000);

  it("ci_run_requires_the_browser_test", () => {
    expect(readFileSync(join(root, ".ci/run"), "utf8")).toMatch(/^SITREP_REQUIRE_BROWSER=1 npm test$/m);
  });
});
