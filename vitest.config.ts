import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    // beforeAll hooks ingest a corpus; on a busy machine that takes more than the default 10 s.
    hookTimeout: 60_000,
    pool: "forks",
    // Says plainly, at the end, when the report's browser test was skipped.
    globalSetup: ["test/report/browserNotice.ts"],
  },
});
