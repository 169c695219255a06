/**
 * Parses a command's options with node's util.parseArgs and turns its
 * errors into one-line usage errors: an unknown option names the closest
 * known one ("unknown option --acter (did you mean --actor?)") instead of
 * node's advice about positional arguments.
 */
import { parseArgs } from "node:util";
import type { CommandContext, OptionSpec } from "./command.js";
import { UsageError } from "./command.js";

export function parseOptions(args: string[], options: OptionSpec): Pick<CommandContext, "values" | "positionals"> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (err) {
    const e = err as Error & { code?: string };
    const unknown = /^Unknown option '([^']+)'/.exec(e.message);
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
      const name = unknown[1]!;
      const near = closest(name.replace(/^-+/, "").replace(/=.*$/, ""), Object.keys(options));
      throw new UsageError(`unknown option ${name}${near ? ` (did you mean --${near}?)` : ""}`, "E_UNKNOWN_OPTION");
    }
    const missing = /^Option '(-\S+)(?:, -\S+)? <value>' argument missing/.exec(e.message);
    if (missing) throw new UsageError(`${missing[1]} needs a value`);
    const noValue = /^Option '(-\S+)' does not take an argument/.exec(e.message);
    if (noValue) throw new UsageError(`${noValue[1]} takes no value`);
    throw new UsageError(e.message.split("\n")[0]!.split(". To specify")[0]!);
  }
}

/** The candidate nearest to `word` (edit distance at most a third of its length, at least 1), or a unique one it starts. */
export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  if (best) return best;
  const prefixed = candidates.filter((c) => word.length >= 2 && c.startsWith(word));
  return prefixed.length === 1 ? prefixed[0]! : null;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit ("acotr" → "actor"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}
