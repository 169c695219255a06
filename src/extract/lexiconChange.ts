/**
 * What changed between two lexicon snapshots, as far as extraction can
 * tell: nothing; everything (the number words, the kind registry, or a file
 * that no longer reads as rows); or some gazetteer, actor and weapon
 * entries, whose old and new surface forms become probe terms; or some cue
 * words (cues.json), added or removed.
 *
 * An entry can change an article's result only through a match of one of
 * its aliases, demonyms or terms: exact (the alias's normalised words occur
 * in a sentence the rules read) or fuzzy (a capitalised phrase there is
 * close to it). So an article whose probe (lexiconProbe.ts) holds none of
 * the changed forms, old or new, keeps its result, and `sitrep extract`
 * skips it.
 *
 * A cue word matches only where it is written (lexicon/cues.ts: the words
 * as listed, case aside, a space for any white space — in phraseRegex and
 * in the alternations rules embed in larger patterns), so a list with or without it
 * gives the same matches in a text that does not hold it: only articles
 * whose text holds an added or removed cue word are redone. Which sentences
 * the rules read may change with it, so the whole text is searched, not the
 * probe.
 */
import { expandBraces, pluralize } from "../lexicon/loadLexicons.js";
import { compactForm, normalizeAlias } from "../lexicon/matchAliases.js";
import type { LexiconSnapshot } from "../model/versions.js";

export type LexiconChange =
  | { kind: "none" }
  | { kind: "all"; reason: string }
  | {
      kind: "entries";
      /** One line per changed entry: `gazetteer.json: "Ain al-Asad Air Base" changed`, `cues.json: negation + "never"`. */
      changes: string[];
      /** Normalised words of every surface form of the changed entries, old and new. */
      words: string[];
      /** Their compact forms, for the fuzzy check. */
      compacts: string[];
      /** Cue words added to or removed from a list, in cueKey form. */
      cueWords: string[];
    };

/** A cue word as searched for in an article: lower case, white space collapsed. */
export function cueKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Every list of words in cues.json, by its path ("negation.terms",
 * "tallyNouns.killed"), or null when the file does not read.
 */
function cueLists(content: string | undefined): Map<string, Set<string>> | null {
  let data: unknown;
  try {
    data = JSON.parse(content ?? "");
  } catch {
    return null;
  }
  const lists = new Map<string, Set<string>>();
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === "string")) lists.set(path, new Set(v as string[]));
      else v.forEach((x, i) => walk(x, `${path}[${i}]`));
    } else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(data, "");
  return lists;
}

/** The cue words added or removed, list by list; null when either file does not read. */
function cueChanges(before: string | undefined, after: string | undefined): { changes: string[]; words: string[] } | null {
  const [old, now] = [cueLists(before), cueLists(after)];
  if (!old || !now) return null;
  const changes: string[] = [];
  const words = new Set<string>();
  for (const path of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const [a, b] = [old.get(path) ?? new Set<string>(), now.get(path) ?? new Set<string>()];
    const added = [...b].filter((w) => !a.has(w));
    const removed = [...a].filter((w) => !b.has(w));
    for (const w of added) changes.push(`cues.json: ${path} + "${w}"`);
    for (const w of removed) changes.push(`cues.json: ${path} − "${w}"`);
    for (const w of [...added, ...removed]) if (cueKey(w)) words.add(cueKey(w));
  }
  return { changes, words: [...words] };
}

/** Files extraction does not read: sentences are split once, at ingest. */
const NOT_READ_BY_EXTRACTION = new Set(["abbreviations.json"]);
/** Files whose entries can be followed one by one. */
const BY_ENTRY = new Set(["gazetteer.json", "actors.json", "weapons.json"]);
/** Files whose words can be followed one by one. */
const BY_WORD = new Set(["cues.json"]);

interface Row {
  /** Canonical JSON of the row as written. */
  key: string;
  label: string;
  /** The row's patterns as written (names, aliases, demonyms, terms, exclusions). */
  patterns: string[];
}

const FORM_FIELDS = ["name", "aliases", "demonyms", "terms", "exclude"];

/**
 * The rows of one file, read leniently (the loader validated the current
 * files; an old snapshot that no longer reads as rows gives null, and
 * everything is redone).
 */
function rowsOf(content: string | undefined): Row[] | null {
  let data: unknown;
  try {
    data = JSON.parse(content ?? "");
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const rows: Row[] = [];
  for (const row of data as unknown[]) {
    if (typeof row !== "object" || row === null) return null;
    const r = row as Record<string, unknown>;
    const patterns = FORM_FIELDS.flatMap((f) => (typeof r[f] === "string" ? [r[f] as string] : Array.isArray(r[f]) ? (r[f] as unknown[]).filter((x): x is string => typeof x === "string") : []));
    rows.push({ key: canonical(r), label: String(r.name ?? r.category ?? "?"), patterns });
  }
  return rows;
}

/**
 * Every surface form the loader can make of a changed row: braces expanded,
 * plurals added (the loader adds them to weapon terms only). Only changed
 * rows need it, so it is not done for every row. Null: a pattern that no
 * longer expands.
 */
function formsOf(row: Row, withPlurals: boolean): string[] | null {
  let forms: string[];
  try {
    forms = row.patterns.flatMap((p) => expandBraces(p));
  } catch {
    return null;
  }
  return withPlurals ? [...forms, ...forms.map((f) => pluralize(f)).filter((f): f is string => f !== null)] : forms;
}

/** JSON with sorted keys, so that reordering a row's fields is no change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export function lexiconChange(before: LexiconSnapshot, after: LexiconSnapshot): LexiconChange {
  if (before.hash === after.hash) return { kind: "none" };
  const names = [...new Set([...Object.keys(before.files), ...Object.keys(after.files)])].sort();
  const changedFiles = names.filter((f) => before.files[f] !== after.files[f] && !NOT_READ_BY_EXTRACTION.has(f));
  if (changedFiles.length === 0) return { kind: "none" };
  const whole = changedFiles.find((f) => !BY_ENTRY.has(f) && !BY_WORD.has(f));
  if (whole) return { kind: "all", reason: `${whole} changed` };
  const changes: string[] = [];
  const forms = new Set<string>();
  const cueWords: string[] = [];
  for (const file of changedFiles.filter((f) => BY_WORD.has(f))) {
    const cue = cueChanges(before.files[file], after.files[file]);
    if (!cue) return { kind: "all", reason: `the ${cueLists(before.files[file]) ? "new" : "previous"} ${file} does not read` };
    changes.push(...cue.changes);
    cueWords.push(...cue.words);
  }
  for (const file of changedFiles.filter((f) => BY_ENTRY.has(f))) {
    const [old, now] = [rowsOf(before.files[file]), rowsOf(after.files[file])];
    if (!old || !now) return { kind: "all", reason: `the ${old ? "new" : "previous"} ${file} does not read as rows` };
    const oldKeys = new Set(old.map((r) => r.key));
    const newKeys = new Set(now.map((r) => r.key));
    // Row order decides ties (the first of two equal fuzzy forms wins): rows kept must keep their order.
    const kept = (rows: Row[], other: Set<string>) => rows.filter((r) => other.has(r.key)).map((r) => r.key).join("\n");
    if (kept(old, newKeys) !== kept(now, oldKeys)) return { kind: "all", reason: `rows of ${file} were reordered` };
    const removed = old.filter((r) => !newKeys.has(r.key));
    const added = now.filter((r) => !oldKeys.has(r.key));
    for (const r of removed) changes.push(`${file}: "${r.label}" ${added.some((a) => a.label === r.label) ? "changed" : "removed"}`);
    for (const a of added) if (!removed.some((r) => r.label === a.label)) changes.push(`${file}: "${a.label}" added`);
    for (const r of [...removed, ...added]) {
      const rowForms = formsOf(r, file === "weapons.json");
      if (!rowForms) return { kind: "all", reason: `a changed row of ${file} does not expand` };
      for (const f of rowForms) forms.add(f);
    }
  }
  if (changes.length === 0) return { kind: "none" }; // formatting only
  return {
    kind: "entries",
    changes,
    words: [...new Set([...forms].map(normalizeAlias).filter(Boolean))],
    compacts: [...new Set([...forms].map(compactForm).filter(Boolean))],
    cueWords,
  };
}
