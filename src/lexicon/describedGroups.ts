/**
 * Two ways news names a group without naming the doer it seems to:
 *
 * - a description right before a named group is that group's epithet
 *   ("the Iran-backed Houthis", "Iranian-backed Houthi rebels", "the
 *   Iran-aligned militia Kataib Hezbollah"): not a second, generic actor
 *   that could be given to attacks elsewhere;
 * - a group named as the backer of the doers ("militant groups backed by
 *   Iran's Revolutionary Guard", "fighters loyal to Tehran") is not the
 *   doer: the doers are the generic description (actors.json's `generic`
 *   entry), at the backer's words.
 *
 * The backer phrases are the `backerPhrases` cue list.
 */
import { cueTerms, loadCues, perCueFile, type Cues } from "./cues.js";
import type { ActorEntry, Lexicons } from "./loadLexicons.js";
import { alternation } from "./cues.js";

/** What findActors makes of one matched alias: enough to rewrite it here. */
export interface RawActor {
  start: number;
  end: number;
  text: string;
  entry: ActorEntry;
  alias: string;
  fuzzy: boolean;
}

// "backed by (the|Iran's|…)? X": the phrase, then at most two short words, right before the group.
const backerBefore = perCueFile((cues: Cues) => new RegExp(`(?<![\\w-])(?:${alternation(cueTerms(cues, "backerPhrases"))})\\s+(?:[\\w'’]+\\s+){0,2}$`, "i"));

/** Only spaces, a hyphen or an article between the epithet and the group. */
const ADJACENT = /^[\s-]*(?:(?:the|a|an)\s+)?$/i;

export function describeGroups(text: string, found: RawActor[], lex: Lexicons): RawActor[] {
  const generic = lex.actors.find((e) => e.generic && e.role === "axis");
  const before = backerBefore(loadCues());
  const out: RawActor[] = [];
  for (const [i, m] of found.entries()) {
    const next = found[i + 1];
    const prev = out.at(-1);
    // "backed by Iran's Revolutionary Guard Corps (IRGC)": the abbreviation is the same backer.
    if (generic && prev && prev.entry === generic && found[i - 1]?.entry === m.entry && /^\s*\($/.test(text.slice(prev.end, m.start))) {
      out.push({ ...m, entry: generic });
      continue;
    }
    // "Iran-backed Houthis": the description belongs to the group after it.
    if (m.entry.generic && next && !next.entry.generic && next.entry.role === "axis" && ADJACENT.test(text.slice(m.end, next.start))) continue;
    // "militants backed by Iran's IRGC": the backer stands for the generic doers.
    if (generic && m.entry.role === "axis" && !m.entry.generic && before.test(text.slice(Math.max(0, m.start - 60), m.start))) {
      out.push({ ...m, entry: generic });
      continue;
    }
    out.push(m);
  }
  return out;
}
