/**
 * Rule vocabulary lives in lexicons/cues.json and every list there is read:
 * a list no rule, field picker or refiner reads would let an analyst edit
 * words that change nothing; a rule triggered by a list the file lacks
 * would never run.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_RULES, TALLY_RULES, triggerRegex } from "../../src/rules/index.js";
import { loadCues } from "../../src/lexicon/cues.js";

const SRC = join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** List name (as the loader registers it) → the Cues property compiled from it, if any. */
function loaderProperties(): Map<string, string | null> {
  const loader = readFileSync(join(SRC, "lexicon", "cues.ts"), "utf8");
  const out = new Map<string, string | null>();
  for (const m of loader.matchAll(/(?:(\w+):\s*)?list\("([^"]+)"/g)) out.set(m[2]!, m[1] ?? null);
  return out;
}

describe("cue lists", () => {
  const code = sources(SRC)
    .filter((f) => !f.endsWith(join("lexicon", "cues.ts")))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

  it("every list in cues.json is loaded, and read by some rule, field picker or refiner", () => {
    const cues = loadCues();
    const props = loaderProperties();
    const unread: string[] = [];
    for (const name of cues.terms.keys()) {
      const prop = props.get(name);
      const byName = code.includes(`"${name}"`);
      const byProp = prop ? new RegExp(`\\.${prop}\\b`).test(code) : false;
      // A group read as a whole and one of its lists by its own name: cues.tallyCues, "riseVerbs".
      const [group, sub] = name.split(".");
      const bySub = sub !== undefined && new RegExp(`\\.${group}\\b`).test(code) && code.includes(`"${sub}"`);
      if (!byName && !byProp && !bySub) unread.push(name);
    }
    const file = JSON.parse(readFileSync(join(SRC, "..", "lexicons", "cues.json"), "utf8")) as Record<string, unknown>;
    const inFile = Object.entries(file).flatMap(([k, v]) =>
      k.startsWith("$") ? [] : Object.keys(v as object).filter((sub) => sub !== "reason").map((sub) => (sub === "terms" ? k : `${k}.${sub}`)),
    );
    expect(inFile.filter((n) => !cues.terms.has(n)), "lists in cues.json the loader never reads").toEqual([]);
    expect(unread, "lists no code reads").toEqual([]);
  });

  it("every rule's trigger words come from cue lists the file has", () => {
    const cues = loadCues();
    for (const rule of [...EVENT_RULES, ...TALLY_RULES]) {
      const triggers = rule.meta.triggers;
      expect(Array.isArray(triggers), `${rule.meta.id}: triggers must name cue lists, not a pattern in code`).toBe(true);
      for (const name of triggers as string[]) expect(cues.terms.has(name), `${rule.meta.id}: no cue list "${name}"`).toBe(true);
      expect(triggerRegex(rule).source.length).toBeGreaterThan(0);
    }
  });
});
