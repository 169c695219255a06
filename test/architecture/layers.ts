/**
 * The direction of dependency in src/, bottom first (README, "How it
 * works"). A module may import from its own layer's folders or from any
 * layer below it, never from a layer above; folders of one layer may
 * import each other only without a cycle; no two files import each other,
 * directly or round a longer circle.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { importsOf } from "../../src/importGraph.js";

export const SRC = join(import.meta.dirname, "..", "..", "src");

/** Each layer's members: a folder of src/, or a file at its top ("types.ts"). */
export const LAYERS: readonly (readonly string[])[] = [
  // shared: the answer types, the kind registry, error codes, where files live, the import reader
  ["types.ts", "kinds.ts", "errors.ts", "packageRoot.ts", "importGraph.ts"],
  // one article's text and words: reading files, cleaning and splitting, the parse, lexicons, dates
  ["read", "text", "parse", "lexicon", "dates"],
  // what extraction reads and returns (ArticleInput, Extraction, …) and the stored versions; what the rules read of a sentence
  ["model", "context"],
  // the rules' helpers: clauses, dates of a candidate, places, casualties, attribution
  ["fields"],
  ["rules"],
  ["refine"],
  // one article, start to end
  ["extract"],
  ["db"],
  // events of many articles: incidents, linked from the stored events
  ["incidents"],
  ["pipeline"],
  // reading the database back
  ["query", "export", "stats", "report", "eval", "runs", "explain"],
  ["cli", "cli.ts"],
];

/**
 * Imports against the direction tolerated for a while, each "from-folder ->
 * to-folder" with a comment saying why and until when. Empty: the rules
 * layer's imports of extract/ (cue lists, sentence context, extraction
 * types) went when those moved to lexicon/, context/ and model/. The check
 * fails when an entry is no longer needed, so the list only shrinks.
 */
export const ALLOWED_TODAY: ReadonlySet<string> = new Set<string>([]);

export function memberOf(file: string): string {
  const rel = relative(SRC, file).split(sep);
  return rel.length > 1 ? rel[0]! : rel[0]!;
}

export function layerOf(member: string): number {
  const i = LAYERS.findIndex((l) => l.includes(member));
  if (i < 0) throw new Error(`src/${member} is in no layer: add it to LAYERS in test/architecture/layers.ts (and README "How it works")`);
  return i;
}

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith(".ts") ? [full] : [];
    });
}

/** file → the sitrep files it imports. */
export function importGraph(files = sourceFiles()): Map<string, string[]> {
  return new Map(files.map((f) => [f, importsOf(f).local]));
}

/** Strongly connected components with more than one node (Tarjan): each is a circle of imports. */
export function cycles<T>(graph: ReadonlyMap<T, readonly T[]>): T[][] {
  let index = 0;
  const idx = new Map<T, number>();
  const low = new Map<T, number>();
  const stack: T[] = [];
  const onStack = new Set<T>();
  const out: T[][] = [];
  const visit = (v: T): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: T[] = [];
      let w: T;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

export interface Violation {
  edge: string;
  files: string[];
}

/** Imports from a lower layer to a higher one, grouped by folder pair. */
export function upwardImports(graph: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [from, targets] of graph)
    for (const to of targets) {
      const [a, b] = [memberOf(from), memberOf(to)];
      if (a === b || layerOf(b) <= layerOf(a)) continue;
      const edge = `${a} -> ${b}`;
      out.set(edge, [...(out.get(edge) ?? []), `${relative(SRC, from)} -> ${relative(SRC, to)}`]);
    }
  return out;
}

/** The folder graph (one node per layer member), for circles between folders of one layer. */
export function memberGraph(graph: ReadonlyMap<string, readonly string[]>, skip: ReadonlySet<string> = new Set()): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [from, targets] of graph)
    for (const to of targets) {
      const [a, b] = [memberOf(from), memberOf(to)];
      if (a === b || skip.has(`${a} -> ${b}`)) continue;
      if (!out.has(a)) out.set(a, new Set());
      out.get(a)!.add(b);
    }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}
