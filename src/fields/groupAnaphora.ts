/**
 * A claim by "the group", "the militia", "the militants" (`groupAnaphora`)
 * is a claim by the armed group named last before it: in the sentence, or
 * in the few sentences before ("The Islamic Resistance in Iraq said its
 * fighters hit al-Tanf. … The group took responsibility for a rocket salvo
 * at al-Shaddadi").
 */
import { cueTerms, hits, loadCues, perCueFile, alternation, type Cues } from "../lexicon/cues.js";
import type { ActorMention } from "../lexicon/index.js";
import type { SentenceContext } from "../context/sentenceContext.js";

/** How many sentences back "the group" still finds its name. */
const LOOK_BACK = 3;

// The anaphor right before the claim word, with at most a few words between ("the group later took responsibility").
const anaphorBefore = perCueFile((cues: Cues) => new RegExp(`(?<![\\w-])(?:${alternation(cueTerms(cues, "groupAnaphora"))})\\s+(?:[\\w'’]+\\s+){0,3}$`, "i"));

const armedGroup = (a: ActorMention): boolean => a.role === "axis" && !a.generic && a.name !== "Iran";

/** The group a claim by "the group" refers to, with the sentence that names it, or null. */
export function anaphoricClaimant(sentences: readonly SentenceContext[], s: SentenceContext): { actor: ActorMention; sentenceIdx: number } | null {
  const cue = hits(loadCues().claim, s.text).find((h) => anaphorAt(s, h.start));
  return cue ? antecedent(sentences, s, cue.start) : null;
}

/**
 * The group "the militia" refers to when it does the action at `pos` ("The
 * militia shot down a Reaper drone on November 8"): an anaphor before `pos`
 * in its clause, resolved to the group named last before it.
 */
export function anaphoricDoer(sentences: readonly SentenceContext[], s: SentenceContext, pos: number): { actor: ActorMention; sentenceIdx: number } | null {
  return anaphorAt(s, pos) ? antecedent(sentences, s, pos) : null;
}

function anaphorAt(s: SentenceContext, pos: number): boolean {
  return anaphorBefore(loadCues()).test(s.text.slice(Math.max(0, pos - 60), pos));
}

function antecedent(sentences: readonly SentenceContext[], s: SentenceContext, pos: number): { actor: ActorMention; sentenceIdx: number } | null {
  const own = s.actors.filter((a) => armedGroup(a) && a.span.end <= pos).at(-1);
  if (own) return { actor: own, sentenceIdx: s.idx };
  for (let i = s.idx - 1; i >= Math.max(0, s.idx - LOOK_BACK); i--) {
    const named = sentences.find((x) => x.idx === i)?.actors.filter(armedGroup).at(-1);
    if (named) return { actor: named, sentenceIdx: i };
  }
  return null;
}
