/**
 * Finds the words that refer to US or coalition forces in a sentence and
 * decides, from the words around each, what role they play: the target of
 * an attack ("US forces were attacked", "attacks on US bases"), the striker
 * ("U.S. forces struck", "US air strikes") or the interceptor ("the US
 * vessel shot down three drones"). Both event rules build on this.
 */
import { hits, loadCues } from "../extract/cues.js";
import type { SentenceContext } from "../extract/sentenceContext.js";
import type { RelSpan } from "./rule.js";

export type UsRole = "target" | "striker" | "interceptor" | "generic" | "unknown";

export interface UsReference extends RelSpan {
  role: UsRole;
  /** What made the role: the words around the reference. */
  cue: string;
  source: "noun" | "actor" | "base";
}

// "were attacked", "have come under attack", "faced more than 70 attacks"
const VICTIM_AFTER =
  /^[\s,]*(?:(?:and|in|at|across|stationed|deployed|based|[\w.'’-]+)\s+){0,8}?(?:were|was|have\s+been|has\s+been|had\s+been|came\s+under|come\s+under|have\s+come\s+under|has\s+come\s+under|have\s+faced|has\s+faced|faced|face|suffered|have\s+suffered|sustained|remain\s+under)\b(?!\s+(?:also\s+|now\s+|still\s+)?(?:able|deployed|stationed|ordered|sent|tasked|notified|involved|responsible|based|present|positioned|withdrawn|moved|in|at|on)\b)/i;
// "shot down a drone", "intercepted two missiles", "F/A-18 jets shot down 12 drones"
const INTERCEPT_AFTER = /^[\s,]*(?:[\w.'’/-]+\s+){0,6}?(?:successfully\s+)?(?:shot\s+down|shoot\s+down|downed|intercepted|intercept|engaged|destroyed|fir(?:ed|ing)\s+interceptors|responded\s+to\s+(?:the\s+)?(?:missiles?|drones?|rockets?|attacks?|fire))\b/i;
// "U.S. forces struck", "The U.S. military conducted a drone strike", "US forces have also carried out strikes",
// headlines: "US Launches Airstrikes in Iraq"
// (Not across a reporting verb: in "U.S. officials said rockets struck the base" the US only
// speaks; nor a passive: "the three Americans who were killed" were not the strikers.)
const STRIKE_AFTER =
  /^[\s,]*(?:(?!(?:said|says|say|told|tells|announced|reported|confirmed|stated|added|noted|according|acknowledged|believes?|blamed|accused|was|were|been|being)\b)[\w.'’-]+\s+){0,6}?(?:struck|strikes?\b|conducted|carried\s+out|launched|bombed|hit|targeted|attacked|retaliated|killed|killing|destroyed|destroy|used\s+[\w-]+\s+to|(?:launches|conducts|carries\s+out)\s+(?:air\s*)?strikes)\b/i;
// "CENTCOM said its forces struck": the speaker's own forces strike.
const OWN_FORCES_STRIKE =
  /^[\s,]*(?:[\w.'’-]+\s+){0,3}?(?:said|says|announced|confirmed|reported|stated)\s+(?:that\s+)?(?:its|their)\s+(?:own\s+)?(?:forces|troops|aircraft|jets|fighter\s+jets|warplanes|military|warships?|navy)\s+(?:had\s+|have\s+)?(?:struck|conducted|carried\s+out|launched|bombed|hit|targeted|attacked|killed|destroyed)\b/i;
// "US air strikes", "U.S. strikes", "American airstrikes", "a US AC-130"
const STRIKE_NOUN_AFTER = /^[\s-]*(?:military\s+|retaliatory\s+|precision\s+|drone\s+|air\s*|war)?(?:strikes?|airstrikes?|planes|jets|warplanes|AC-130|F-\d+|F\/A-18|aircraft|gunship|bombers?)\b/i;
// "attacks on", "launched drones at", "targeting", "aimed at", "downed an American MQ-9"
const ATTACK_BEFORE =
  /(?:(?:attacks?|attacked|attacking|strikes?|struck|fire|fired|firing|launched|targeting|targeted|aimed|hit|shelled|rockets?|drones?|missiles?|mortars?|assault|barrage)\b(?:(?!threat)[^.;:]){0,35}?\b(?:on|at|against|toward|towards|into|near|housing|hosting)|\b(?:targeting|targeted|hit|struck|attacked|attacking|shelled|bombed|rocketed|approached|approaching|downed|shot\s+down))\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,4}$/i;
// "recent attacks on", "a string of attacks against": a summary, not one event.
const GENERIC_ATTACK =
  /\b(?:recent|ongoing|repeated|continued|continuing|previous|past|future|further|regular|frequent|daily|series\s+of|wave\s+of|string\s+of|pattern\s+of|spate\s+of|campaign\s+of|barrage\s+of|dozens\s+of|hundreds\s+of|scores\s+of|number\s+of|uptick\s+in|increase\s+in|rise\s+in|surge\s+in|escalation\s+(?:of|in)|response\s+to|retaliation\s+for|responsible\s+for|behind|such|more|other|all|numerous|many|several|multiple|countless|frequent|sporadic|(?:that|which|who)\s+(?:have\s+|had\s+|has\s+)?(?:carried\s+out|conducted|launched|claimed|staged|mounted))\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes|assaults)\b[^.;:]{0,40}$/i;
// "attacked 55 separate times", "on dozens of occasions", "since Oct. 17": a running total.
const CUMULATIVE_AFTER = /\b(?:\d+|dozens?|scores|hundreds|several|multiple|numerous|many)\s+(?:of\s+)?(?:separate\s+|different\s+)?(?:times|occasions)\b|\bsince\b|\brepeatedly\b/i;
const BY_BEFORE = /\bby\s+(?:an?\s+|the\s+)?(?:unmanned\s+|armed\s+)?$/i;

const known = new WeakMap<SentenceContext, readonly UsReference[]>();

/**
 * Every US/coalition reference in the sentence with the role its context
 * gives it. Several rules and fields ask for the same sentence; a sentence
 * context is not changed once built, so the answer is kept with it.
 */
export function usReferences(ctx: SentenceContext): readonly UsReference[] {
  let refs = known.get(ctx);
  if (!refs) known.set(ctx, (refs = findUsReferences(ctx)));
  return refs;
}

function findUsReferences(ctx: SentenceContext): UsReference[] {
  const cues = loadCues();
  const text = ctx.text;
  const refs: Array<RelSpan & { source: UsReference["source"] }> = [];
  for (const h of hits(cues.usTargetNouns, text)) refs.push({ ...h, source: "noun" });
  for (const a of ctx.actors) if (a.role === "us" || a.role === "partner") refs.push({ ...a.span, source: "actor" });
  for (const p of ctx.places) if (p.kind === "base" && p.known) refs.push({ ...(p.placeSpan ?? p.span), source: "base" });
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof refs = [];
  for (const r of refs) {
    const last = merged.at(-1);
    if (last && r.start < last.end) {
      if (r.end > last.end) Object.assign(last, { end: r.end, text: text.slice(last.start, r.end) });
      continue;
    }
    merged.push({ ...r });
  }
  const out = merged.map((r) => {
    const after = text.slice(r.end, r.end + 90);
    const before = text.slice(Math.max(0, r.start - 90), r.start);
    let role: UsRole = "unknown";
    let cue = "";
    let m: RegExpExecArray | null;
    // Only forces, bases and assets can be targets; "CENTCOM" or "the Pentagon" cannot.
    const canBeTarget = r.source !== "actor";
    if (canBeTarget && (m = VICTIM_AFTER.exec(after)) && /attack|fire|target|struck|hit|assault|drone|rocket|missile|shell|threat|barrage/i.test(after.slice(0, 90))) {
      role = CUMULATIVE_AFTER.test(text.slice(r.end, r.end + 200).split(/[.;]\s/)[0]!) ? "generic" : "target";
      cue = m[0];
    } else if (canBeTarget && (m = ATTACK_BEFORE.exec(before))) {
      role = GENERIC_ATTACK.test(before) ? "generic" : "target";
      cue = m[0];
    } else if ((m = INTERCEPT_AFTER.exec(after))) {
      role = "interceptor";
      cue = m[0];
    } else if (r.source !== "base" && ((m = STRIKE_NOUN_AFTER.exec(after)) || (m = STRIKE_AFTER.exec(after)) || (m = OWN_FORCES_STRIKE.exec(after)))) {
      role = "striker";
      cue = m[0];
    } else if (r.source !== "base" && (m = BY_BEFORE.exec(before)) && /\b(?:killed|killing|struck|strikes?|hit|targeted|destroyed|bombed)\b[^.;]{0,50}$/i.test(before)) {
      role = "striker";
      cue = m[0];
    } else if (r.source === "base") {
      role = "target";
      cue = "a base hosting US forces";
    }
    return { start: r.start, end: r.end, text: r.text, source: r.source, role, cue: cue.trim() };
  });
  // "U.S. aircraft struck the launch site near Ain al-Asad": a base named after a US
  // striker, in its clause, locates the strike; it is not attacked.
  for (const r of out) {
    if (r.source !== "base" || r.role !== "target") continue;
    const striker = out.find((s) => s.role === "striker" && s.end <= r.start && r.start - s.end < 120);
    if (!striker) continue;
    const between = text.slice(striker.end, r.start);
    if (!CLAUSE_BREAK.test(between) && !HOSTILE_VERB.test(between)) Object.assign(r, { role: "unknown", cue: `locates the strike of ${striker.text}` });
  }
  return out;
}

const CLAUSE_BREAK = /[;:]|,\s*(?:after|when|while|following|as|but|and|including|which|who)\b|\s(?:after|following|when|while|including|in\s+response\s+to|in\s+retaliation\s+for)\s/i;
const HOSTILE_VERB = /\b(?:fired|launched|attacked|targeted|targeting|shelled|rocketed|attacks?\s+(?:on|against))\b/i;
