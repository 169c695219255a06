/**
 * attack-on-us-forces: a hostile armed action aimed at US or coalition
 * forces, bases or assets, or one they intercepted (GUIDELINES §1, attack).
 */
import { alternation, cueTerms, has, hits, loadCues, perCueFile, phraseRegex, type Cues } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { WeaponMention } from "../lexicon/index.js";
import type { EventCandidate, EventRule } from "./rule.js";
import { usReferences, type UsReference } from "../fields/usReferences.js";
import { bestPlaces, placesForClause } from "../fields/places.js";
import { casualties } from "../fields/casualties.js";
import { deniesInvolvement } from "../fields/attribution.js";
import { eventDates } from "../fields/eventDates.js";
import { daysApart, preferSegment, segmentAt } from "../fields/clauses.js";
import { relSpan } from "../fields/spans.js";
import { newCandidate } from "../fields/candidate.js";

function pickActor(ctx: SentenceContext, segment: [number, number], refs: readonly UsReference[]): Pick<EventCandidate, "actor" | "actorGeneric"> {
  // A group that denies involvement is not named as the doer; nor is the group a US strike
  // hit in another clause ("…, and a U.S. drone strike hit a Kataib Hezbollah vehicle").
  const struckClauses = refs.filter((r) => r.role === "striker").map((r) => segmentAt(ctx.text, r.start)).filter(([a]) => a !== segment[0]);
  const axis = preferSegment(
    ctx.actors.filter((a) => a.role === "axis" && a.name !== "Iran" && !deniesInvolvement(ctx, a) && !struckClauses.some(([x, y]) => a.span.start >= x && a.span.end <= y)),
    segment,
  );
  const specific = axis.find((a) => !a.generic) ?? axis[0];
  return specific ? { actor: { value: specific.name, span: specific.span }, actorGeneric: specific.generic } : { actor: null, actorGeneric: false };
}

function targetOf(ctx: SentenceContext): EventCandidate["target"] {
  const t = ctx.text;
  const asset = /\bMQ-9(?:\s+Reaper)?(?:\s+drone)?|\bReaper\s+drone/i.exec(t);
  if (asset && /shot\s+down|downed/i.test(t)) return { value: "MQ-9 drone", span: relSpan(t, asset.index, asset.index + asset[0].length) };
  const ship = /\b(?:commercial|merchant|cargo|container)\s+(?:ships?|vessels?|shipping|tankers?)|\bcommercial\s+vehicles|\bshipping\b/i.exec(t);
  if (ship) return { value: "commercial shipping", span: relSpan(t, ship.index, ship.index + ship[0].length) };
  const us = /\b(?:US|U\.S\.|American|coalition)\s+(?:and\s+(?:coalition|international|allied)\s+)?(?:forces|troops|personnel|service\s+members|soldiers)\b/i.exec(t);
  return us ? { value: "US forces", span: relSpan(t, us.index, us.index + us[0].length) } : { value: "US forces", span: relSpan(t, 0, 0) };
}

// The verbs of an interception (the cue list), and "fired interceptors", "responded".
const interceptVerbOf = perCueFile((cues) => new RegExp(`(?<![\\w-])(?:${alternation(cueTerms(cues, "interceptVerbs"))}|fir(?:ed|ing)\\s+interceptors|responded)(?![\\w])`, "i"));

// "a U.S. drone", "an American MQ-9 Reaper unmanned aircraft": the US side's own aircraft, what was attacked.
const US_OWNER = /(?:\bUS|\bU\.S\.|\bAmerican|\bUnited\s+States)(?:\s+(?:military|Air\s+Force|Navy|Army))?\s*$/i;

/** A weapon word naming a US asset: owned by the US ("a U.S. drone"), or right after one ("MQ-9 Reaper unmanned aircraft"). */
function usAsset(text: string, w: WeaponMention, all: readonly WeaponMention[]): boolean {
  if (/^US\b|^U\.S\./.test(w.span.text) || US_OWNER.test(text.slice(Math.max(0, w.span.start - 30), w.span.start))) return true;
  const before = all.filter((o) => o.span.end <= w.span.start && /^\s*$/.test(text.slice(o.span.end, w.span.start)));
  return before.some((o) => usAsset(text, o, all));
}

/** The attack stated in the clause of one US/coalition reference. */
function attackAt(ctx: SentenceContext, refs: readonly UsReference[], hit: UsReference): EventCandidate {
  const cues = loadCues();
  const segment = segmentAt(ctx.text, hit.start);
  const trigger = hits(cues.attackVerbs, ctx.text).find((h) => h.start >= segment[0] && h.end <= segment[1]) ?? hit;
  // Weapons the US side used (air strikes in reply, "F/A-18 jets shot down …") are not the attackers'.
  const strikerEnds = refs.filter((r) => r.role === "striker").map((r) => r.end);
  // The interceptor's own words run from the reference to its verb.
  const interceptorWords = refs
    .filter((r) => r.role === "interceptor")
    .map((r) => [r.start, r.end + Math.max(0, ctx.text.slice(r.end).search(interceptVerbOf(cues)))] as const);
  const weapons = preferSegment(ctx.weapons, segment).filter(
    (w) =>
      // "The Royal Navy shot down 21 missiles": what a ship shoots down is the attackers', whoever fired at it.
      !strikerEnds.some((e) => w.span.start >= e && w.span.start - e < 25 && !interceptVerbOf(cues).test(ctx.text.slice(e, w.span.start))) &&
      !interceptorWords.some(([a, b]) => w.span.start >= a && w.span.end <= b) &&
      !usAsset(ctx.text, w, ctx.weapons) &&
      // Militias and the Houthis fly no aircraft: jets in an attack's sentence are the defenders' or what was hit.
      w.category !== "aircraft",
  );
  const { killed, injured } = casualties(ctx, segment[0], segment[1]);
  const target = targetOf(ctx);
  const candidate = newCandidate(ctx, {
    kind: "attack",
    rule: "attack-on-us-forces",
    reason: hit.role === "target" ? `US/coalition target (${hit.text}: ${hit.cue})` : `intercepted by US/coalition forces (${hit.text} ${hit.cue})`,
    trigger: relSpan(ctx.text, trigger.start, trigger.end),
    places: bestPlaces(placesForClause(ctx, segment), { text: ctx.text }),
    ...pickActor(ctx, segment, refs),
    target,
    // A downed MQ-9 is what was attacked, not what attacked.
    weapons: target && target.value === "MQ-9 drone" ? weapons.filter((w) => w.span.end <= target.span.start || w.span.start >= target.span.end) : weapons,
    killed,
    injured,
  }, segment);
  // "An MQ-9 was shot down": the attack succeeded; what was downed is the US asset.
  const result = target?.value === "MQ-9 drone" && candidate.outcome === "intercepted" ? { ...candidate, outcome: "damage" as const } : candidate;
  return hit.role === "interceptor" ? atSea(ctx, hit, result) : result;
}

/**
 * "The destroyer shot down four drones launched from Yemen": a ship's
 * engagement happened at sea, in the sea the sentence names (the land the
 * drones came from is not the place); with none named, a refiner takes the
 * article's.
 */
const seaborneWeapons = perCueFile((cues: Cues) => phraseRegex(cueTerms(cues, "seaborneWeapons")));

function atSea(ctx: SentenceContext, hit: UsReference, c: EventCandidate): EventCandidate {
  const seas = new Set(ctx.places.filter((p) => p.kind === "sea").map((p) => p.country));
  // The reference is the whole noun phrase ("U.S. Navy destroyer", "USS Carney", "the Carney").
  const cues = loadCues();
  const naval = has(cues.navalWords, hit.text) || has(cues.usNavyShips, hit.text);
  // "a coalition aircraft destroyed an unmanned surface vessel launched from Yemen": a boat is met at sea.
  const seaborne = c.weapons.some((w) => has(seaborneWeapons(cues), w.span.text));
  const atSeaNamed = c.countries.filter((k) => seas.has(k.value));
  if (!naval && !seaborne && !atSeaNamed.length) return c;
  return { ...c, countries: atSeaNamed, places: c.places.filter((p) => p.kind === "sea"), atSea: true };
}

export const attackOnUsForces: EventRule = {
  meta: {
    type: "event",
    id: "attack-on-us-forces",
    description: "A hostile armed action aimed at US or coalition forces, bases, embassies, ships or aircraft, including attempts they intercepted.",
    triggers: ["attackVerbs", "interceptVerbs", "attackTriggerNouns"],
  },
  match(ctx) {
    const refs = usReferences(ctx);
    const targetRef = refs.find((r) => r.role === "target");
    const interceptor = refs.find((r) => r.role === "interceptor");
    const hit = targetRef ?? interceptor;
    if (!hit) return [];
    // A further clause with its own date and a US target is a further attack
    // ("… will continue targeting U.S. bases, after it fired drones at al-Tanf on Tuesday").
    const seen = [segmentAt(ctx.text, hit.start)];
    const more = refs.filter((r) => {
      if (r === hit || (r.role !== "target" && r.role !== "interceptor")) return false;
      const seg = segmentAt(ctx.text, r.start);
      // "… and comes a week after the destroyer took down 14 drones": an attack named a distance in time away.
      // "…; a drone attack in Syria injures a service member": a clause after a semicolon tells its own action.
      const ownClause = eventDates(ctx, seg).length || daysApart(ctx.text, seg) || /;\s*$/.test(ctx.text.slice(0, seg[0]));
      if (seen.some(([a]) => a === seg[0]) || !ownClause) return false;
      seen.push(seg);
      return true;
    });
    return [hit, ...more].map((ref) => attackAt(ctx, refs, ref));
  },
  examples: {
    valid: [
      {
        text: "Militants fired three rockets at Ain al-Asad air base in western Iraq on Tuesday, wounding two American service members.",
        published: "2023-11-09",
        expect: [{ kind: "attack", date: "2023-11-07", place: "Ain al-Asad Air Base", country: "Iraq", weapons: ["rocket"], injured: 2 }],
      },
      {
        text: "American troops at the al-Tanf garrison came under drone attack on Oct. 19, a defense official said.",
        published: "2023-10-20",
        expect: [{ kind: "attack", date: "2023-10-19", place: "al-Tanf", weapons: ["drone"] }],
      },
      {
        text: "A U.S. destroyer in the Red Sea shot down four drones launched from Yemen by the Houthis on Saturday.",
        published: "2023-12-18",
        expect: [{ kind: "attack", date: "2023-12-16", actor: "Houthis", weapons: ["drone"], outcome: "intercepted" }],
      },
      {
        text: "Kataib Hezbollah fighters launched a one-way attack drone at U.S. forces near Erbil on Dec. 25, injuring three service members.",
        published: "2023-12-26",
        expect: [{ kind: "attack", date: "2023-12-25", place: "Erbil", actor: "Kataib Hezbollah", weapons: ["drone"], injured: 3 }],
      },
      {
        text: "Coalition forces were attacked with mortars at Mission Support Site Green Village on Sunday, with no casualties reported.",
        published: "2024-01-08",
        expect: [{ kind: "attack", date: "2024-01-07", place: "Mission Support Site Green Village", weapons: ["mortar"], killed: 0, injured: 0 }],
      },
      {
        text: "Two drones were launched at U.S. troops at Mission Support Site Conoco on Wednesday, and both were shot down.",
        published: "2023-11-24",
        expect: [{ kind: "attack", date: "2023-11-22", place: "Mission Support Site Conoco", weapons: ["drone"], outcome: "intercepted" }],
      },
      {
        text: "Iraqi Hezbollah fired a barrage of rockets at the U.S. garrison at al-Shaddadi on Nov. 2, wounding one contractor.",
        published: "2023-11-24",
        expect: [{ kind: "attack", date: "2023-11-02", place: "al-Shaddadi", actor: "Kataib Hezbollah", weapons: ["rocket"], injured: 1 }],
      },
      {
        text: "A U.S. Navy destroyer downed an anti-ship ballistic missile fired by the Houthis over the Gulf of Aden on Dec. 3.",
        published: "2023-12-05",
        expect: [{ kind: "attack", date: "2023-12-03", country: "Gulf of Aden", actor: "Houthis", weapons: ["missile"], outcome: "intercepted" }],
      },
    ],
    invalid: [
      { text: "Hamas fighters fired rockets at Tel Aviv on Tuesday." },
      { text: "The ministry said the talks would strike a deal on Thursday." },
      { text: "Turkish drones struck Kurdish positions near Sulaymaniyah on Monday." },
      { text: "There are roughly 2,500 US troops in Iraq and 900 in Syria." },
      { text: "Militias have repeatedly threatened to attack American bases in Iraq." },
      { text: "No rockets were fired at U.S. forces at Erbil on Monday, contrary to earlier reports." },
      { text: "ISIS gunmen attacked an Iraqi army outpost near Tikrit on Sunday." },
      { text: "The Pentagon denied reports that Ain al-Asad had been attacked on Monday." },
    ],
  },
};
