/**
 * Loads the rule cue lists (lexicons/cues.json) and compiles each into one
 * case-insensitive, word-bounded regular expression, once per process.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lexiconDir } from "../packageRoot.js";
import { SitrepError } from "../errors.js";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The source of a regex alternation matching any of `terms` (longest first;
 * a space matches any white space), for rules that embed a cue list in a
 * larger pattern: the words stay in data, how they combine stays in code.
 */
export function alternation(terms: readonly string[]): string {
  return [...new Set(terms)]
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t).replace(/\\\.|\s+/g, (m) => (m === "\\." ? "\\." : "\\s+")))
    .join("|");
}

/** One regex matching any of `terms` as whole words (longest first), global + case-insensitive. */
export function phraseRegex(terms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\w-])(?:${alternation(terms)})(?![\\w])`, "gi");
}

export interface CueHit {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping hits of `re` in `text`. */
export function hits(re: RegExp, text: string): CueHit[] {
  const out: CueHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

interface CueFile {
  /** Lists read by name through cueTerms: every entry with "terms". */
  [name: string]: unknown;
  attackVerbs: { terms: string[] };
  strikeVerbs: { terms: string[] };
  interceptVerbs: { terms: string[] };
  usTargetNouns: { terms: string[] };
  negation: { terms: string[] };
  hypothetical: { terms: string[] };
  claim: { terms: string[] };
  cumulative: { terms: string[] };
  tallyNouns: Record<string, unknown>;
  tallyCues: Record<string, unknown>;
  outcomeWords: Record<string, unknown>;
  killedVerbs: { terms: string[] };
  injuredVerbs: { terms: string[] };
  noCasualties: { terms: string[] };
  reportingVerbs: { official: string[]; monitor: string[]; local: string[] };
  outOfScopeContext: { terms: string[] };
  interceptorNouns: { terms: string[] };
  foreignForces: { terms: string[] };
  usNavyShips: { terms: string[] };
  strikeNouns: { terms: string[] };
  navalWords: { terms: string[] };
  preLaunch: { terms: string[] };
  usPersonnel: { terms: string[] };
  killedBefore: { terms: string[] };
  injuredBefore: { terms: string[] };
  attackTriggerNouns: { terms: string[] };
}

export interface Cues {
  attackVerbs: RegExp;
  strikeVerbs: RegExp;
  interceptVerbs: RegExp;
  usTargetNouns: RegExp;
  negation: RegExp;
  hypothetical: RegExp;
  claim: RegExp;
  cumulative: RegExp;
  /** Each list of the `tallyNouns` and `tallyCues` groups by name; the tally rule says which it needs. */
  tallyNouns: Record<string, RegExp>;
  tallyCues: Record<string, RegExp>;
  /** "intercepted", "damage", "missed", "impact": what came of an event (fields/outcome.ts). */
  outcomeWords: Record<string, RegExp>;
  killedVerbs: RegExp;
  injuredVerbs: RegExp;
  noCasualties: RegExp;
  official: RegExp;
  monitor: RegExp;
  local: RegExp;
  outOfScopeContext: RegExp;
  interceptorNouns: RegExp;
  foreignForces: RegExp;
  usNavyShips: RegExp;
  strikeNouns: RegExp;
  navalWords: RegExp;
  preLaunch: RegExp;
  usPersonnel: RegExp;
  killedBefore: RegExp;
  injuredBefore: RegExp;
  attackTriggerNouns: RegExp;
  /** The phrases of every list by name ("interceptVerbs", "tallyNouns.attacks"), to embed in larger patterns. */
  terms: ReadonlyMap<string, readonly string[]>;
}

/** Compiled cue lists per file (SITREP_LEXICONS may point elsewhere between calls). */
const compiledCues = new Map<string, Cues>();

let defaultFile: { dir: string | undefined; file: string } | undefined;

/** lexicons/cues.json, or the one under SITREP_LEXICONS (resolved once per value: rules call loadCues per sentence). */
function defaultCuesFile(): string {
  const dir = process.env.SITREP_LEXICONS;
  if (!defaultFile || defaultFile.dir !== dir) defaultFile = { dir, file: join(lexiconDir(), "cues.json") };
  return defaultFile.file;
}

/**
 * `build` run once per loaded cue file (another SITREP_LEXICONS gives another
 * file): for patterns that rules compile from cue lists.
 */
export function perCueFile<T>(build: (cues: Cues) => T): (cues: Cues) => T {
  const built = new WeakMap<Cues, T>();
  return (cues) => {
    let value = built.get(cues);
    if (value === undefined) built.set(cues, (value = build(cues)));
    return value;
  };
}

/** The phrases of one list, by name; a name the file lacks is a bug in the caller. */
export function cueTerms(cues: Cues, name: string): readonly string[] {
  const found = cues.terms.get(name);
  if (!found) throw new SitrepError("E_INTERNAL", `cues.json has no list "${name}"`);
  return found;
}

export function loadCues(file = defaultCuesFile()): Cues {
  const known = compiledCues.get(file);
  if (known) return known;
  let raw: CueFile;
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as CueFile;
  } catch (err) {
    throw new SitrepError("E_LEXICON", `${file}: cannot read cue lists: ${(err as Error).message}`);
  }
  const terms = new Map<string, readonly string[]>();
  const list = (name: string, phrases: unknown): RegExp => {
    if (!Array.isArray(phrases) || phrases.length === 0 || !phrases.every((t) => typeof t === "string" && t.trim() !== ""))
      throw new SitrepError("E_LEXICON", `${file}: "${name}" must be a non-empty list of phrases`);
    terms.set(name, phrases as string[]);
    return phraseRegex(phrases as string[]);
  };
  // A group of named lists ({"reason": …, "attacks": [...], …}): every list but the reason.
  const group = (name: string, lists: Record<string, unknown> | undefined): Record<string, RegExp> => {
    if (typeof lists !== "object" || lists === null) throw new SitrepError("E_LEXICON", `${file}: "${name}" must be an object of named lists`);
    return Object.fromEntries(Object.entries(lists).filter(([k]) => k !== "reason").map(([k, v]) => [k, list(`${name}.${k}`, v)]));
  };
  const cues: Cues = {
    attackVerbs: list("attackVerbs", raw.attackVerbs?.terms),
    strikeVerbs: list("strikeVerbs", raw.strikeVerbs?.terms),
    interceptVerbs: list("interceptVerbs", raw.interceptVerbs?.terms),
    usTargetNouns: list("usTargetNouns", raw.usTargetNouns?.terms),
    negation: list("negation", raw.negation?.terms),
    hypothetical: list("hypothetical", raw.hypothetical?.terms),
    claim: list("claim", raw.claim?.terms),
    cumulative: list("cumulative", raw.cumulative?.terms),
    tallyNouns: group("tallyNouns", raw.tallyNouns),
    tallyCues: group("tallyCues", raw.tallyCues),
    outcomeWords: group("outcomeWords", raw.outcomeWords),
    killedVerbs: list("killedVerbs", raw.killedVerbs?.terms),
    injuredVerbs: list("injuredVerbs", raw.injuredVerbs?.terms),
    noCasualties: list("noCasualties", raw.noCasualties?.terms),
    official: list("reportingVerbs.official", raw.reportingVerbs?.official),
    monitor: list("reportingVerbs.monitor", raw.reportingVerbs?.monitor),
    local: list("reportingVerbs.local", raw.reportingVerbs?.local),
    outOfScopeContext: list("outOfScopeContext", raw.outOfScopeContext?.terms),
    interceptorNouns: list("interceptorNouns", raw.interceptorNouns?.terms),
    foreignForces: list("foreignForces", raw.foreignForces?.terms),
    usNavyShips: list("usNavyShips", raw.usNavyShips?.terms),
    strikeNouns: list("strikeNouns", raw.strikeNouns?.terms),
    navalWords: list("navalWords", raw.navalWords?.terms),
    preLaunch: list("preLaunch", raw.preLaunch?.terms),
    usPersonnel: list("usPersonnel", raw.usPersonnel?.terms),
    killedBefore: list("killedBefore", raw.killedBefore?.terms),
    injuredBefore: list("injuredBefore", raw.injuredBefore?.terms),
    attackTriggerNouns: list("attackTriggerNouns", raw.attackTriggerNouns?.terms),
    terms,
  };
  // Every other list ({"reason": …, "terms": [...]}) is read by name through cueTerms; each is checked here,
  // so a new list needs only its entry in cues.json.
  for (const [name, entry] of Object.entries(raw)) {
    if (terms.has(name) || typeof entry !== "object" || entry === null || !("terms" in entry)) continue;
    list(name, (entry as { terms: unknown }).terms);
  }
  compiledCues.set(file, cues);
  return cues;
}
