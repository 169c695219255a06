/**
 * Finds the words that refer to US or coalition forces in a sentence and
 * decides, from the words around each, what role they play: the target of
 * an attack ("US forces were attacked", "attacks on US bases"), the striker
 * ("U.S. forces struck", "US air strikes") or the interceptor ("the US
 * vessel shot down three drones"). Both event rules build on this.
 */
import { alternation, cueTerms, has, hits, loadCues, perCueFile, phraseRegex, type Cues } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { RelSpan } from "./candidateTypes.js";
import { isHeadlineLike } from "./headline.js";
import { segmentAt } from "./clauses.js";
import { eventDates } from "./eventDates.js";

export type UsRole = "target" | "striker" | "interceptor" | "generic" | "unknown";

export interface UsReference extends RelSpan {
  role: UsRole;
  /** What made the role: the words around the reference. */
  cue: string;
  /** interceptor: a ship, jet or air defence that can only be the one shooting down. */
  source: "noun" | "actor" | "base" | "interceptor";
}

/**
 * The role patterns, built from the cue lists: the verbs and nouns are data
 * (lexicons/cues.json), how they sit around a reference is code.
 */
interface RolePatterns {
  /** "were attacked", "have come under attack", "faced more than 70 attacks" */
  victimAfter: RegExp;
  /** "shot down a drone", "took down 14 drones", "F/A-18 jets shot down 12 drones" */
  interceptAfter: RegExp;
  /**
   * "U.S. forces struck", "conducted a drone strike", "executed an airstrike"; not across a
   * reporting verb ("U.S. officials said rockets struck the base") nor a passive (a headline's
   * "US destroyers targeted at Red Sea").
   */
  strikeAfter: RegExp;
  /** "US air strikes", "a US AC-130", "American F-16s" */
  strikeNounAfter: RegExp;
}

const patternsOf = perCueFile((cues): RolePatterns => {
  const alt = (name: string): string => alternation(cueTerms(cues, name));
  return {
    victimAfter: new RegExp(
      `^[\\s,]*(?:(?:and|in|at|across|stationed|deployed|based|[\\w.'’-]+)\\s+){0,8}?(?:${alt("victimVerbs")})\\b(?!\\s+(?:also\\s+|now\\s+|still\\s+)?(?:able|deployed|stationed|ordered|sent|tasked|notified|involved|responsible|based|present|positioned|withdrawn|moved|in|at|on)\\b)`,
      "i",
    ),
    interceptAfter: new RegExp(
      `^[\\s,]*(?:[\\w.'’/-]+\\s+){0,6}?(?:successfully\\s+)?(?:${alt("interceptVerbs")}|fir(?:ed|ing)\\s+interceptors|responded\\s+to\\s+(?:the\\s+)?(?:missiles?|drones?|rockets?|attacks?|fire))\\b`,
      "i",
    ),
    strikeAfter: new RegExp(
      `^[\\s,]*(?:(?!(?:${alt("speechVerbs")}|was|were|been|being)\\b)[\\w.'’-]+\\s+){0,6}?(?:${alt("strikeVerbs")}|destroyed|destroy|used\\s+[\\w-]+\\s+to)\\b(?!\\s+at\\b)`,
      "i",
    ),
    strikeNounAfter: new RegExp(`^[\\s-]*(?:military\\s+|retaliatory\\s+|precision\\s+|drone\\s+|war)?(?:${alt("strikeNouns")})(?![\\w])`, "i"),
  };
});

// ", a U.S. Navy guided-missile destroyer in the northern Red Sea,", " (US)", ", on Thursday,":
// words set between a reference and its verb.
const APPOSITIVE = /^(?:\s*\([^()]{1,40}\)|\s*,\s*(?:(?:an?|the|which\s+is|which\s+are|who\s+are|on|late|early|along\s+with|together\s+with|with|in|stationed|deployed|based|part\s+of)\s)[^,;:()]{1,90},(?=\s)|\s*,\s*(?:[\w.'’/-]+\s+){0,2}[\w.'’/-]+,(?=\s))+/i;

/** The words after a reference with an appositive or parenthesis between it and its verb left out. */
function afterReference(text: string, end: number): string {
  // Quotation marks do not change who does what: American forces "conducted … strikes".
  const after = text.slice(end, end + 200).replace(/[“”"]/g, " ");
  const m = APPOSITIVE.exec(after);
  return (m ? after.slice(m[0].length) : after).slice(0, 90);
}

// "CENTCOM said its forces struck", "the Pentagon said it carried out strikes", "said it had struck back": the speaker's own forces strike.
const OWN_FORCES_STRIKE =
  /^[\s,]*(?:[\w.'’-]+\s+){0,3}?(?:said|says|announced|confirmed|reported|stated)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that\s+)?(?:(?:on|late|early|overnight)\s+(?:[\w.]+\s+){0,2}?(?:\d{1,2},?\s+)?)?(?:(?:its|their)\s+(?:own\s+)?(?:forces|troops|aircraft|jets|fighter\s+jets|warplanes|military|warships?|navy)|it|they)\s+(?:had\s+|has\s+|have\s+)?(?:successfully\s+)?(?:struck|conducted|carried\s+out|launched|bombed|hit|targeted|attacked|killed|destroyed)\b/i;
// Headlines drop the auxiliary: "US Forces in Syria Targeted in Drone Attacks", "Soldier Seriously Injured In Drone Attack".
const PASSIVE_HEADLINE =
  /^[\s,]*(?:(?:in|at|across|stationed|deployed|based|[\w.'’-]+)\s+){0,5}?(?:\w+ly\s+)?(?:targeted|attacked|hit|struck|injured|wounded|hurt|killed|shelled)\s+(?:in|by|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|drones?|rockets?|missiles?|mortars?|barrage|fire)\b/i;
// A headline's "US Troops Attacked in Syria", "American Base Targeted Near Erbil": these verbs take an
// object, so one followed at once by a place is a passive without its auxiliary (headlines only).
const PASSIVE_HEADLINE_PLACE = /^[\s,]*(?:[\w.'’-]+\s+){0,4}?(?:\w+ly\s+)?(?:attacked|targeted)\s+(?:again\s+|twice\s+)?(?:in|at|near|across|inside|outside)\s/i;
// Headlines drop the article too: "Drones Attack US Base", "Houthis Down US Spy Plane", "Militias Target US Troops".
const HEADLINE_VERB_BEFORE = /\b(?:attack|attacks|target|targets|hit|hits|strike|strikes|down|downs|shoot\s+down|shoots\s+down)\s+$/i;
// "the January 28 killing of three American soldiers", "a strike that killed three U.S. service members".
const CASUALTY_BEFORE =
  /\b(?:killing|killed|kills|deaths?\s+of|wounding|wounded|wounds|injuring|injured|injures|injuries\s+to)\s+(?:of\s+)?(?:(?:at\s+least|more\s+than|some)\s+)?(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|\w+teen|twenty|thirty|forty)\s+)?(?:other\s+)?$/i;
const ATTACK_NEAR = /\b(?:attacks?|assaults?|ambush(?:ed)?|strikes?|struck|drones?|rockets?|missiles?|mortars?|barrage|salvo|volley|shelling|fire|bomb(?:ing)?|explosion|blast|killing|IED)\b/i;
// "attacks on", "launched drones at", "targeting", "aimed at", "downed an American MQ-9"
const ATTACK_BEFORE =
  /(?:(?:attacks?|attacked|attacking|strikes?|struck|fire|fired|firing|launched|targeting|targeted|aimed|hit|shelled|rockets?|drones?|missiles?|mortars?|assault|barrage|crash(?:ed|es)?|slam(?:med|s)?|landed|exploded|impacted)\b(?:(?!threat)[^.;:]){0,35}?\b(?:on|at|against|toward|towards|into|inside|within|near|housing|hosting)|\b(?:targeting|targeted|targets?|hits?|struck|strikes(?=\s+(?:an?|the)\s)|attack(?=\s+(?:an?|the)\s)|attacked|attacking|attacks|shelled|shells|bombed|rocketed|approached|approaching|downed|downs|shot\s+down|shoots?\s+down))\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,4}$/i;
// "recent attacks on", "a string of attacks against": a summary, not one event.
const GENERIC_ATTACK =
  /\b(?:recent|ongoing|repeated|continued|continuing|previous|past|future|further|regular|frequent|daily|series\s+of|wave\s+of|string\s+of|pattern\s+of|spate\s+of|campaign\s+of|barrage\s+of|dozens\s+of|hundreds\s+of|scores\s+of|number\s+of|uptick\s+in|increase\s+in|rise\s+in|surge\s+in|escalation\s+(?:of|in)|response\s+to|retaliation\s+for|responsible\s+for|behind|such|more|other|all|numerous|many|several|multiple|countless|frequent|sporadic|(?:that|which|who)\s+(?:have\s+|had\s+|has\s+)?(?:carried\s+out|conducted|launched|claimed|staged|mounted))\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes|assaults)\b[^.;:]{0,40}$/i;
// "attacked 55 separate times", "on dozens of occasions", "since Oct. 17": a running total.
const CUMULATIVE_AFTER = /\b(?:\d+|dozens?|scores|hundreds|several|multiple|numerous|many)\s+(?:of\s+)?(?:separate\s+|different\s+)?(?:times|occasions)\b|\bsince\b|\brepeatedly\b/i;
// "there were more attacks on US forces in Iraq and Syria on Monday": further attacks on a named day are events.
// Not a running total ("more than 100 attacks … since the Oct. 7 war"): no count, and the day is the attacks' own.
const DATED_MORE = /\b(?:more|other|further|several|multiple|numerous)\s+(?!than\b)(?:[\w-]+\s+){0,2}?attacks\b[^.;:]{0,40}$/i;
/** An event's day follows the reference in its clause ("… on US forces in Syria on Monday"). */
function dayFollows(ctx: SentenceContext, at: number): boolean {
  const [, end] = segmentAt(ctx.text, at);
  return eventDates(ctx, [at, Math.min(end, at + 60)]).some((d) => d.precision === "day" && !/\b(?:since|start|began|after|before)\b/i.test(ctx.text.slice(at, d.span.start)));
}
const BY_BEFORE = /\bby\s+(?:an?\s+|the\s+)?(?:unmanned\s+|armed\s+)?$/i;

const groundTargetsOf = perCueFile((cues) => phraseRegex(cueTerms(cues, "groundTargets")));

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
  for (const v of vesselReferences(text, cues)) refs.push({ ...v, source: "noun" });
  for (const h of hits(cues.interceptorNouns, text)) if (!foreignQualified(text, h.start, cues)) refs.push({ ...h, source: "interceptor" });
  // "Two soldiers were wounded when a drone hit their base": in a story about US forces, bare personnel are theirs
  // ("Iraqi soldiers", "Kurdish troops" are not).
  if (ctx.story.usForces) for (const h of hits(cues.usPersonnel, text)) if (!otherwiseQualified(text, h.start, cues)) refs.push({ ...h, source: "noun" });
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof refs = [];
  for (const r of refs) {
    const last = merged.at(-1);
    // Overlapping, or adjacent words of one noun phrase ("U.S. Navy" + "destroyer").
    if (last && (r.start < last.end || /^[\s-]+$/.test(text.slice(last.end, r.start)))) {
      if (r.end > last.end) Object.assign(last, { end: r.end, text: text.slice(last.start, r.end) });
      // "American MQ-9" is an asset, "U.S. Navy destroyer" a force: the noun decides what the phrase can be.
      if (SOURCE_RANK[r.source] < SOURCE_RANK[last.source]) last.source = r.source;
      continue;
    }
    merged.push({ ...r });
  }
  const pat = patternsOf(cues);
  const out = merged.map((r) => {
    const after = afterReference(text, r.end);
    const before = text.slice(Math.max(0, r.start - 90), r.start);
    let role: UsRole = "unknown";
    let cue = "";
    let m: RegExpExecArray | null;
    // Only forces, bases and assets can be targets; "CENTCOM" or "the Pentagon" cannot;
    // nor "the destroyer" or "jets", which are US only when they shoot something down.
    const canBeTarget = r.source !== "actor" && r.source !== "interceptor";
    const interceptorOnly = r.source === "interceptor";
    if (canBeTarget && ((m = PASSIVE_HEADLINE.exec(after)) || (isHeadlineLike(ctx) && (m = PASSIVE_HEADLINE_PLACE.exec(after))))) {
      role = "target";
      cue = m[0];
    } else if (canBeTarget && r.source === "noun" && has(cues.usPersonnel, r.text) && (m = CASUALTY_BEFORE.exec(before)) && ATTACK_NEAR.test(text.slice(Math.max(0, r.start - 200), r.end + 60))) {
      role = GENERIC_ATTACK.test(before) ? "generic" : "target";
      cue = m[0];
    } else if (canBeTarget && (m = pat.victimAfter.exec(after)) && /attack|fire|target|struck|hit|assault|drone|rocket|missile|shell|threat|barrage/i.test(after.slice(0, 90))) {
      role = CUMULATIVE_AFTER.test(text.slice(r.end, r.end + 200).split(/[.;]\s/)[0]!) ? "generic" : "target";
      cue = m[0];
    } else if (canBeTarget && ((m = ATTACK_BEFORE.exec(before)) || (isHeadlineLike(ctx) && (m = HEADLINE_VERB_BEFORE.exec(before))))) {
      role = GENERIC_ATTACK.test(before) && !(DATED_MORE.test(before) && dayFollows(ctx, r.end)) ? "generic" : "target";
      cue = m[0];
    } else if ((m = pat.interceptAfter.exec(after)) && !(r.source === "actor" && foreignQualified(text, r.end, cues))) {
      // "destroyed four missiles that were prepared to launch": struck on the ground, not shot down.
      // "destroyed a radar site": what stands on the ground is struck.
      const rest = after.slice(m[0].length);
      const ground = hits(groundTargetsOf(cues), rest.split(/\s+/).slice(0, 7).join(" ")).length > 0;
      role = (has(cues.preLaunch, rest) || ground) && !interceptorOnly ? "striker" : "interceptor";
      cue = m[0];
    } else if (r.source === "actor" && pat.interceptAfter.test(after)) {
      // "a warship from the Royal Navy shot down 21 missiles and drones launched …": another navy's
      // interception, which neither makes it a US interceptor nor, by the "launched" after it, a striker.
      role = "unknown";
    } else if (interceptorOnly) {
      role = "unknown";
    } else if (r.source !== "base" && ((m = pat.strikeNounAfter.exec(after)) || (m = pat.strikeAfter.exec(after)) || (m = OWN_FORCES_STRIKE.exec(after)))) {
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
  return out.filter((r) => r.source !== "interceptor" || r.role === "interceptor");
}

const SOURCE_RANK: Record<UsReference["source"], number> = { noun: 0, base: 1, actor: 2, interceptor: 3 };

// "USS Carney", "U.S.S. Mason", "USS Dwight D. Eisenhower": the capitalised words of its name.
const USS_NAME = /\bU\.?S\.?S\.?\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*/g;

/** Names of US Navy ships: "USS X", or a listed name after "the", "destroyer", "ship". */
function vesselReferences(text: string, cues: Cues): RelSpan[] {
  const out: RelSpan[] = [];
  USS_NAME.lastIndex = 0;
  for (let m = USS_NAME.exec(text); m; m = USS_NAME.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  for (const h of hits(cues.usNavyShips, text)) {
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    if (/\b(?:the|destroyers?|warships?|ships?|cruiser|carrier|vessel|frigate)\s+$/i.test(before) && !out.some((o) => h.start < o.end && h.end > o.start)) out.push(h);
  }
  return out;
}

/**
 * A nationality other than the US qualifies the noun phrase ending at `at`
 * ("a French frigate", "the Royal Navy's HMS Diamond"), and no US word does
 * ("US and British warships" are US).
 */
function foreignQualified(text: string, at: number, cues: Cues): boolean {
  const phrase = text.slice(Math.max(0, at - 40), at).split(/[,;:.()]|\b(?:and\s+)?(?:said|says|that|which|who|after|when)\b/i).at(-1) ?? "";
  return has(cues.foreignForces, phrase) && !/\b(?:US|U\.S\.|American|United\s+States|coalition)\b/.test(phrase);
}

// The words of a noun phrase before its head noun: numbers, determiners, lower-case adjectives.
const NOUN_PHRASE_BEFORE = /(?:\b(?:[\w'’-]+)\s+){0,2}$/;

/** A personnel noun another nationality or force qualifies ("three Iraqi soldiers", "SDF fighters", "Israel's troops"). */
function otherwiseQualified(text: string, at: number, cues: Cues): boolean {
  const phrase = NOUN_PHRASE_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? "";
  if (/\b(?:US|U\.S\.|American|United\s+States|coalition)\b/.test(phrase)) return false;
  // A capitalised word inside the noun phrase (not the sentence's first word) names someone else's forces.
  const capitalised = [...phrase.matchAll(/\b[A-Z][\w'’-]*/g)].some((m) => at - phrase.length + m.index! > 0);
  return capitalised || foreignQualified(text, at, cues);
}

const CLAUSE_BREAK = /[;:]|,\s*(?:after|when|while|following|as|but|and|including|which|who)\b|\s(?:after|following|when|while|including|in\s+response\s+to|in\s+retaliation\s+for)\s/i;
const HOSTILE_VERB = /\b(?:fired|launched|attacked|targeted|targeting|shelled|rocketed|attacks?\s+(?:on|against))\b/i;
