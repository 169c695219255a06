/**
 * What the benchmark scripts share: their option reader, a seeded random
 * generator (the same corpus every run) and the dev articles' sentences
 * (or corpus/'s, where ../shared is absent) to build event articles from.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The node flags on the `sitrep` binary's shebang line (see src/cli.ts). */
const CLI_NODE_FLAGS = readFileSync(join(root, "dist/cli.js"), "utf8").split("\n", 1)[0].split(/\s+/).slice(3);

/**
 * Runs a benchmark script (its `import.meta.url`) again with `args` in a
 * fresh node process, with the binary's node flags as a user's commands
 * have them, and returns the JSON of its last output line. A fresh process
 * per measured phase makes peak RSS and cold start-up its own.
 */
export function inFreshProcess(scriptUrl, args, env = process.env) {
  const out = execFileSync(process.execPath, [...CLI_NODE_FLAGS, fileURLToPath(scriptUrl), ...args], { env, maxBuffer: 16 << 20 }).toString();
  return JSON.parse(out.trim().split("\n").pop());
}

/** `--name VALUE` from the command line, else `fallback`. */
export function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

/** A deterministic generator: rand() in [0, 1), pick(list), shuffle(list) (a copy). */
export function seeded(seed) {
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const shuffle = (list) => {
    const b = [...list];
    for (let i = b.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [b[i], b[j]] = [b[j], b[i]];
    }
    return b;
  };
  return { rand, pick, shuffle };
}

/** The dev articles' folder, or the founding articles' where ../shared is absent. */
export function devArticlesDir() {
  return existsSync(join(root, "../shared/eval/dev/articles")) ? join(root, "../shared/eval/dev/articles") : join(root, "corpus");
}

/** Each dev article (or founding article) as its list of sentences, header line removed. */
export async function eventArticleSentences() {
  const source = devArticlesDir();
  const { splitSentences } = await import(join(root, "dist/text/sentences.js"));
  return readdirSync(source)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => splitSentences(readFileSync(join(source, f), "utf8").replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "")).map((s) => s.text));
}
