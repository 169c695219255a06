/**
 * A parse thread has a heap budget in proportion to the article size limit
 * (ingest's articleMemoryMb): a task that outgrows it fails alone with
 * E_MEMORY, and a fresh thread takes the next task. Run from the compiled
 * dist/ (worker threads load JavaScript; `npm test` builds first).
 */
import { describe, expect, it } from "vitest";
import { existsSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { tempDir } from "../helpers.js";

const DIST = join(import.meta.dirname, "..", "..", "dist");

describe("memory limit of a parse thread", () => {
  it("a_task_that_outgrows_the_heap_limit_fails_with_E_MEMORY_and_the_next_runs", async () => {
    if (!existsSync(join(DIST, "pipeline", "threadPool.js"))) throw new Error("dist/ is missing: run `npm run build` (npm test does)");
    const { ThreadPool } = await import(join(DIST, "pipeline", "threadPool.js"));
    const script = join(tempDir(), "worker.mjs");
    writeFileSync(
      script,
      `import { serveTasks } from ${JSON.stringify(pathToFileURL(join(DIST, "pipeline", "serveTasks.js")).href)};
       serveTasks((n) => { if (n !== "grow") return n * 2; const kept = []; for (;;) kept.push(new Array(1e5).fill(kept.length)); });`,
    );
    const pool = new ThreadPool(pathToFileURL(script), { size: 1, taskLimitMs: 60_000, memoryLimitMb: 48, memoryAdvice: "raise --max-article-kb" });
    try {
      expect(await pool.run(21)).toBe(42);
      await expect(pool.run("grow")).rejects.toMatchObject({
        code: "E_MEMORY",
        message: "processing needed more than the 48 MB of memory one article may use; skipped (raise --max-article-kb)",
      });
      expect(await pool.run(5)).toBe(10);
    } finally {
      await pool.close();
    }
  });

  it("the_budget_grows_in_proportion_to_the_article_limit", async () => {
    const { articleMemoryMb } = await import(join(DIST, "pipeline", "ingest.js"));
    const mb = (kb: number) => articleMemoryMb(kb * 1024) as number;
    expect(mb(1024)).toBe(352);
    expect(mb(3072) - mb(2048)).toBe(mb(2048) - mb(1024));
    expect(mb(4096) / mb(1024)).toBeLessThan(4);
  });
});
