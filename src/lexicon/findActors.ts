/**
 * Actor mentions in a sentence: named groups ("Kataib Hezbollah", "Ansar
 * Allah"), generic descriptions ("Iran-backed militias", `generic: true`),
 * the US side and out-of-scope actors, each with its role from actors.json.
 *
 * Longest match wins ("Kataib Hezbollah" over "Hezbollah"). A name strictly
 * inside a longer place name is not an actor ("US" in "U.S. embassy in
 * Baghdad"). Capitalised spans no alias matched go to the fuzzy fallback.
 */
import type { Span } from "../types.js";
import { FuzzyIndex, coverTokens, fuzzyFind, knownPhrases } from "./fuzzyMatch.js";
import type { ActorEntry, ActorRole, Lexicons } from "./loadLexicons.js";
import { tokenize, type AliasMatch } from "./matchAliases.js";
import { lexiconMatchers } from "./lexiconMatchers.js";
import { describeGroups, type RawActor } from "./describedGroups.js";

export interface ActorMention {
  span: Span;
  /** Canonical name (GUIDELINES spelling). */
  name: string;
  role: ActorRole;
  generic: boolean;
  /** Where the group carries out attacks (countries and seas), from actors.json. */
  operatesIn: readonly string[];
  /** The actor this one is part of (actors.json `memberOf`): "Operation Prosperity Guardian" of the US-led coalition. */
  memberOf: string | null;
  /** The lexicon alias that matched. */
  alias: string;
  fuzzy: boolean;
}

const fuzzyIndexes = new WeakMap<Lexicons, FuzzyIndex<ActorEntry>>();

function actorFuzzyIndex(lex: Lexicons): FuzzyIndex<ActorEntry> {
  let idx = fuzzyIndexes.get(lex);
  if (!idx) {
    const rows = lex.actors.flatMap((e) => (e.generic ? [] : e.aliases.map((alias) => ({ alias, value: e }))));
    idx = new FuzzyIndex(rows, knownPhrases(lex));
    fuzzyIndexes.set(lex, idx);
  }
  return idx;
}

/** Strictly inside a longer span of `outer`. */
function inside(m: { start: number; end: number }, outer: readonly AliasMatch<unknown>[]): boolean {
  return outer.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);
}

/** Every actor mention in `text`, in text order. */
export function findActors(text: string, lex: Lexicons): ActorMention[] {
  const tokens = tokenize(text);
  const { actors, places } = lexiconMatchers(lex);
  const allActors = actors.matchTokens(tokens);
  const placeMatches = places.matchTokens(tokens).filter((p) => !inside(p, allActors));
  const exact = allActors.filter((m) => !inside(m, placeMatches));
  const blocked = coverTokens(new Uint8Array(tokens.norm.length), placeMatches);
  const fuzzy = fuzzyFind(tokens, actorFuzzyIndex(lex), blocked, exact);
  const raw: RawActor[] = [];
  for (const m of exact) {
    if (fuzzy.some((f) => f.start <= m.start && m.end <= f.end)) continue; // swallowed by a fuzzy name
    raw.push({ start: m.start, end: m.end, text: m.text, entry: m.value, alias: m.alias, fuzzy: false });
  }
  for (const f of fuzzy) raw.push({ start: f.start, end: f.end, text: f.text, entry: f.value, alias: f.alias, fuzzy: true });
  raw.sort((a, b) => a.start - b.start);
  return describeGroups(text, raw, lex).map((m) => mention(m, m.entry, m.alias, m.fuzzy));
}

function mention(m: { start: number; end: number; text: string }, e: ActorEntry, alias: string, fuzzy: boolean): ActorMention {
  return {
    span: { start: m.start, end: m.end, text: m.text },
    name: e.name,
    role: e.role,
    generic: e.generic,
    operatesIn: e.operatesIn,
    memberOf: e.memberOf,
    alias,
    fuzzy,
  };
}
