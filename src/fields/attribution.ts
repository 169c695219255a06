/**
 * Who a sentence says did it (claims, blame, denials) and who asserts it
 * (a claim, officials, a monitor, local sources, a report).
 */
import { alternation, cueTerms, has, hits, loadCues, perCueFile } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { ActorMention } from "../lexicon/index.js";
import type { AssertedBy } from "../types.js";

const NOT_A_CLAIM = /\b(?:denied|denies|deny|denying|rejected|rejects|disclaimed|dismissed|not|no\s+(?:group|one|faction|organi[sz]ation))\s+(?:\w+\s+){0,2}?$/i;

// "Kataib Hezbollah denied responsibility", "Iran, which backs the militias, has denied involvement".
const DENIER_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:(?:\w+\s+){0,2}?(?:has|have|had)\s+)?(?:quickly\s+|publicly\s+|later\s+)?(?:denied|denies|deny|rejected|rejects|disclaimed|disavowed|distanced)\b/i;

/** The actor is the one denying involvement, so not the doer the sentence names. */
export function deniesInvolvement(ctx: SentenceContext, actor: { span: { end: number } }): boolean {
  return DENIER_AFTER.test(ctx.text.slice(actor.span.end, actor.span.end + 100));
}

/**
 * The group that claims responsibility in this sentence: the actor named
 * last before a claim word, when it is an armed group ("a group calling
 * itself the Islamic Resistance in Iraq claimed"; not "…Guards Corps, which
 * the US claims").
 */
export function claimant(ctx: SentenceContext): ActorMention | null {
  // "denied responsibility for", "rejected claims", "No group has claimed": not a claim.
  const cue = hits(loadCues().claim, ctx.text).find((h) => !NOT_A_CLAIM.test(ctx.text.slice(Math.max(0, h.start - 40), h.start)));
  if (!cue) return null;
  const last = ctx.actors.filter((a) => a.span.end <= cue.start && cue.start - a.span.end < 80).at(-1);
  if (!last || last.role !== "axis" || last.name === "Iran") return null;
  // "The Islamic Resistance in Iraq, an umbrella of Iran-backed groups, claimed …": the description
  // is the named group's; the group named shortly before it is the claimant.
  if (last.generic) {
    const named = ctx.actors.filter((a) => a.role === "axis" && !a.generic && a.name !== "Iran" && a.span.end <= last.span.start && cue.start - a.span.end < 160).at(-1);
    if (named && !/[.;]/.test(ctx.text.slice(named.span.end, last.span.start))) return named;
  }
  return last;
}

const UNNAMED_OFFICIALS = /\b(?:officials?|military)\s+(?:said|say|says|told|confirmed|announced)\b/i;

// "The U.S. blamed Kataib Hezbollah for the attack", "officials accused the Houthis of …".
const BLAME_BEFORE = /\b(?:blamed|blames|blaming|accused|accuses|accusing|held)\s+(?:the\s+)?$/i;
const BLAME_AFTER = /^\s*(?:for|of)\b|^[^.;]{0,40}\bresponsible\b/i;

/** The armed group a sentence names as the doer by blaming it ("blamed Kataib Hezbollah for the attack"). */
export function blamedGroup(ctx: SentenceContext): ActorMention | null {
  const doneBy = doneByOf(loadCues());
  return (
    ctx.actors.find(
      (a) =>
        a.role === "axis" &&
        a.name !== "Iran" &&
        ((BLAME_BEFORE.test(ctx.text.slice(Math.max(0, a.span.start - 20), a.span.start)) && BLAME_AFTER.test(ctx.text.slice(a.span.end, a.span.end + 60))) ||
          // "The attacks were allegedly carried out by Kataib Hezbollah": the agent of the attack.
          doneBy.test(ctx.text.slice(Math.max(0, a.span.start - 30), a.span.start))),
    ) ?? null
  );
}

const doneByOf = perCueFile((cues) => new RegExp(`(?:${alternation(cueTerms(cues, "doneBy"))})\\s+(?:the\\s+)?$`, "i"));

export function assertedBy(ctx: SentenceContext): AssertedBy {
  const cues = loadCues();
  if (claimant(ctx)) return "claim";
  if (has(cues.official, ctx.text)) return "official";
  if (has(cues.monitor, ctx.text)) return "monitor";
  if (has(cues.local, ctx.text)) return "local";
  // "…, officials said", "a defense official told reporters": unnamed officials.
  if (UNNAMED_OFFICIALS.test(ctx.text)) return "official";
  return "report";
}
