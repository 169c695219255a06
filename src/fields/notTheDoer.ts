/**
 * Groups a sentence names that are not the doer of the article's attacks,
 * and sentences that say the doer is not known. Read by article-level
 * attribution, which otherwise gives an unattributed attack the group the
 * article names most.
 *
 * - what a strike hit or killed: "likely killing a number of Kataib
 *   Hezbollah militants", "strikes aimed at Kataib Hezbollah's headquarters"
 *   (a `struckGroupCues` phrase shortly before the group, and no "by" right
 *   before it: "a drone strike by Kataib Hezbollah" names the doer);
 * - a generic description in a threat or forecast ("the prospect of more
 *   escalation from Iranian proxy forces"): a guess about what may come;
 * - "officials did not say who was responsible", "no group has claimed it"
 *   (`unattributed`): the article's own answer is that nobody is named.
 */
import { cueTerms, has, hits, loadCues, perCueFile, phraseRegex, type Cues } from "../lexicon/cues.js";
import type { ActorMention } from "../lexicon/index.js";
import type { SentenceContext } from "../context/sentenceContext.js";

const struckCues = perCueFile((cues: Cues) => phraseRegex(cueTerms(cues, "struckGroupCues")));
const unattributedCues = perCueFile((cues: Cues) => phraseRegex(cueTerms(cues, "unattributed")));

/** How far before the group a strike or killing word still governs it. */
const REACH = 80;

/** The agent of a passive or a noun ("launched by the", "a strike by"): the doer, whatever came before. */
const AGENT_BEFORE = /\bby\s+(?:the\s+|an?\s+)?$/i;

/** The group is what a strike hit or killed, by the words just before it. */
export function struckGroup(ctx: SentenceContext, actor: ActorMention): boolean {
  const start = actor.span.start;
  if (AGENT_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start))) return false;
  const near = (h: { end: number }) => h.end <= start && start - h.end <= REACH;
  return hits(struckCues(loadCues()), ctx.text).some(near);
}

/** A generic description the sentence uses in a threat, plan or forecast. */
export function forecastOnly(ctx: SentenceContext, actor: ActorMention): boolean {
  return actor.generic && has(loadCues().hypothetical, ctx.text);
}

/** The sentence says nobody is known to have done it. */
export function saysDoerUnknown(ctx: SentenceContext): boolean {
  return has(unattributedCues(loadCues()), ctx.text);
}
