/**
 * Weapon mentions in a sentence, each with one of the seven GUIDELINES
 * categories. Longest term wins ("drone strike" is a drone, "anti-ship
 * ballistic missile" one missile); `exclude` phrases of weapons.json veto
 * look-alikes ("aircraft carrier", "guided-missile destroyer").
 *
 * Two guards the lexicon cannot express: "unmanned"/"uncrewed" up to three
 * words before an aircraft term makes it a drone ("unmanned US aircraft"),
 * and a term glued to "anti-"/"counter-" ("counter-drone") is a defence,
 * not a weapon used.
 */
import type { Span, Weapon } from "../types.js";
import type { Lexicons } from "./loadLexicons.js";
import { tokenize, type Tokens } from "./matchAliases.js";
import { lexiconMatchers } from "./lexiconMatchers.js";

export interface WeaponMention {
  span: Span;
  category: Weapon;
  /** The lexicon term that matched. */
  term: string;
}

const UNMANNED = new Set(["unmanned", "uncrewed", "pilotless"]);
const DEFENSIVE = new Set(["anti", "counter"]);
const LOOKBACK = 3;

/** Token index of "unmanned" within LOOKBACK words before `first`, or -1. */
function unmannedBefore(tokens: Tokens, first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - LOOKBACK; k--) {
    if (!tokens.soft[k + 1]) return -1; // punctuation breaks the phrase
    if (UNMANNED.has(tokens.norm[k]!)) return k;
  }
  return -1;
}

/** Every weapon mention in `text`, in text order. */
export function findWeapons(text: string, lex: Lexicons): WeaponMention[] {
  const tokens = tokenize(text);
  const out: WeaponMention[] = [];
  for (const m of lexiconMatchers(lex).weapons.matchTokens(tokens)) {
    let { category } = m.value;
    if (category === null) continue;
    const prev = m.first - 1;
    if (prev >= 0 && DEFENSIVE.has(tokens.norm[prev]!) && /^[-\u2010\u2011]$/.test(text.slice(tokens.end[prev]!, m.start))) continue;
    let start = m.start;
    if (category === "aircraft") {
      const k = unmannedBefore(tokens, m.first);
      if (k >= 0) {
        category = "drone";
        start = tokens.start[k]!;
        if (out.length && out[out.length - 1]!.span.end > start) out.pop(); // "unmanned" was matched alone
      }
    }
    out.push({ span: { start, end: m.end, text: text.slice(start, m.end) }, category, term: m.value.term });
  }
  return out;
}
