/**
 * us-strike: a kinetic strike by US forces, alone or with partners, on
 * militia, Houthi or Iranian-linked targets (GUIDELINES §1, strike).
 */
import { cueTerms, hits, loadCues, perCueFile, phraseRegex } from "../lexicon/cues.js";
import type { EventCandidate, EventRule } from "./rule.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import { usReferences } from "../fields/usReferences.js";
import { bestPlaces, placesForClause } from "../fields/places.js";
import { casualties } from "../fields/casualties.js";
import { preferSegment, segmentAt } from "../fields/clauses.js";
import { relSpan } from "../fields/spans.js";
import { newCandidate } from "../fields/candidate.js";
import type { WeaponMention } from "../lexicon/index.js";

// What a US strike hits: without one of these (or a militia/Houthi actor, or
// a place in the region) "US forces responded" is not a strike.
export const STRIKE_OBJECT = /\b(?:militias?|militants?|fighters|facilit(?:y|ies)|targets?|sites?|positions?|launch(?:ers|\s+sites?|\s+points)?|weapons|storage|depots?|headquarters|command|vehicles?|compounds?|bunkers?|radars?|members|leaders?|commander|boats?)\b/i;

// "responded with airstrikes", "conducted a strike": the word is the noun (not "to strike a deal").
const STRIKE_NOUN_USE = /\b(?:with|an?|the|of|conducted|launched|executed|carried\s+out|retaliatory|precision|self-defen[sc]e|air|drone)\s+(?:[\w-]+\s+){0,2}$/i;

// "unmanned US aircraft" is a drone, whatever the words between.
const UNMANNED = /\bunmanned\s+(?:(?:US|U\.S\.|American)\s+)?(?:aircraft|aerial\s+vehicle|plane)\b/i;

/**
 * What the US struck with: aircraft named in the strike's clause (militias
 * fly none), and drones or missiles only where the words make them the
 * strike's ("drone strike", "unmanned US aircraft", "Tomahawk missiles").
 */
export function strikeWeapons(ctx: SentenceContext, segment: [number, number]): WeaponMention[] {
  const inClause = ctx.weapons.filter((w) => w.span.start >= segment[0] && w.span.end <= segment[1]);
  const own = inClause.filter(
    (w) => w.category === "aircraft" || /^\W*(?:strikes?|attacks?|struck|hit|bombed|fired\s+on)\b/i.test(ctx.text.slice(w.span.end, w.span.end + 12)) || /strike|tomahawk|cruise/i.test(w.span.text),
  );
  const u = UNMANNED.exec(ctx.text);
  if (u && u.index >= segment[0] && u.index < segment[1]) {
    const span = relSpan(ctx.text, u.index, u.index + u[0].length);
    return [...own.filter((w) => w.span.end <= span.start || w.span.start >= span.end), { span, category: "drone", term: u[0] } as WeaponMention];
  }
  return own;
}

const figurativeOf = perCueFile((cues) => phraseRegex(cueTerms(cues, "figurativeObjects")));

/** The striking side: the US and the partners named with it before the strike's verb, in its clause ("US and British forces struck"). */
function partners(ctx: SentenceContext, segment: [number, number], verbStart: number): string[] {
  const names = ["United States"];
  for (const a of ctx.actors)
    if (
      a.role === "partner" &&
      a.span.start >= segment[0] &&
      a.span.end <= Math.max(verbStart, segment[0]) &&
      // "U.S. and coalition troops": a coalition or task force the US leads (one part of another actor) is the US side.
      a.memberOf === null &&
      // "the British-based Syrian Observatory" says where a monitor sits, not who struck.
      !/^-based\b/i.test(ctx.text.slice(a.span.end)) &&
      !names.includes(a.name)
    )
      names.push(a.name);
  return names;
}

export const usStrike: EventRule = {
  meta: {
    type: "event",
    id: "us-strike",
    description: "US forces (alone or with partners such as the UK) strike militia, Houthi or Iranian-linked targets.",
    triggers: ["strikeVerbs", "strikeNouns", "interceptVerbs"],
  },
  match(ctx) {
    const striker = usReferences(ctx).find((r) => r.role === "striker");
    if (!striker) return [];
    const segment = segmentAt(ctx.text, striker.start);
    const axis = preferSegment(ctx.actors.filter((a) => a.role === "axis"), segment);
    const places = bestPlaces(placesForClause(ctx, segment), { bases: false });
    const inRegion = places.length > 0 || ctx.places.some((p) => ["Iraq", "Syria", "Yemen"].includes(p.country));
    const cues = loadCues();
    // "U.S. forces responded with airstrikes": a strike noun says it was a strike, whatever was hit.
    const strikeNoun = hits(cues.strikeNouns, ctx.text.slice(striker.start, segment[1])).some((h) =>
      STRIKE_NOUN_USE.test(ctx.text.slice(Math.max(0, striker.start + h.start - 25), striker.start + h.start)),
    );
    if (!axis.length && !STRIKE_OBJECT.test(ctx.text.slice(striker.end)) && !inRegion && !strikeNoun) return [];
    const trigger = hits(cues.strikeVerbs, ctx.text).find((h) => h.start >= striker.start) ?? striker;
    // "struck a deal", "hit back at critics": the verb's object says it is no strike.
    const object = ctx.text.slice(trigger.end).split(/\s+/).slice(0, 5).join(" ").replace(/^\s*(?:an?|the|its|their)\s+/i, " ");
    // The object's noun, perhaps after one adjective ("a conciliatory tone").
    const head = object.split(" ").slice(0, 3).join(" ").length;
    if (trigger !== striker && hits(figurativeOf(cues), object).some((h) => h.start <= head)) return [];
    // "U.S. forces killed an Islamic State leader": a target outside these campaigns (GUIDELINES §1).
    const firstActor = ctx.actors.find((a) => a.span.start >= striker.end && a.span.end <= segment[1] && a.role !== "us" && a.role !== "partner");
    if (!axis.length && firstActor?.role === "other") return [];
    const struck = axis.find((a) => a.span.start > striker.end) ?? axis[0];
    const { killed, injured } = casualties(ctx, segment[0], segment[1], { notUs: true });
    const names = partners(ctx, segment, trigger === striker ? striker.end : trigger.start);
    const candidate: EventCandidate = newCandidate(ctx, {
      kind: "strike",
      rule: "us-strike",
      reason: `US/coalition striker (${striker.text} ${striker.cue})`,
      trigger: relSpan(ctx.text, trigger.start, trigger.end),
      places,
      actor: { value: names.join("; "), span: relSpan(ctx.text, striker.start, striker.end) },
      actorGeneric: false,
      target: struck ? { value: struck.name, span: struck.span } : null,
      weapons: strikeWeapons(ctx, segment),
      killed,
      injured,
    }, segment);
    // "strikes against missile launchers as Houthi fighters prepared to launch them against ships in the Red Sea":
    // the sea after the readiness is where the weapons would have gone, not where the strike hit.
    const ready = hits(cues.preLaunch, ctx.text).find((h) => h.start > striker.end);
    const seas = new Set(ctx.places.filter((p) => p.kind === "sea" && ready && p.span.start > ready.end).map((p) => p.country));
    if (seas.size && candidate.countries.length && candidate.countries.every((k) => seas.has(k.value)) && !candidate.places.some((p) => p.kind !== "sea")) {
      return [{ ...candidate, countries: [], places: candidate.places.filter((p) => p.kind !== "sea") }];
    }
    return [candidate];
  },
  examples: {
    valid: [
      {
        text: "U.S. fighter jets struck two Kataib Hezbollah facilities near Al-Qaim on Wednesday, killing four militants.",
        published: "2024-01-25",
        expect: [{ kind: "strike", date: "2024-01-24", actor: "United States", weapons: ["aircraft"], killed: 4 }],
      },
      {
        text: "The U.S. military carried out a drone strike in eastern Baghdad on Jan. 4 that killed a senior Nujaba commander.",
        published: "2024-01-05",
        expect: [{ kind: "strike", date: "2024-01-04", place: "Baghdad", weapons: ["drone"] }],
      },
      {
        text: "American warplanes bombed a weapons depot near Abu Kamal in eastern Syria on Nov. 12.",
        published: "2023-11-14",
        expect: [{ kind: "strike", date: "2023-11-12", place: "Abu Kamal", country: "Syria", weapons: ["aircraft"] }],
      },
      {
        text: "On Jan. 12, U.S. and British forces struck Houthi radar and missile sites near Sanaa and Hodeidah.",
        published: "2024-01-13",
        expect: [
          { kind: "strike", date: "2024-01-12", place: "Sanaa", actor: "United States; United Kingdom" },
          { kind: "strike", date: "2024-01-12", place: "Hodeidah", actor: "United States; United Kingdom" },
        ],
      },
      {
        text: "The U.S. conducted a self-defense strike on a Kataib Hezbollah drone launch site near Al-Qaim on Tuesday.",
        published: "2023-11-24",
        expect: [{ kind: "strike", date: "2023-11-21", place: "Al-Qaim", country: "Iraq" }],
      },
      {
        text: "U.S. warplanes bombed a Houthi missile site near Sanaa on Thursday, killing five militants and wounding six.",
        published: "2023-11-24",
        expect: [{ kind: "strike", date: "2023-11-23", weapons: ["aircraft"], killed: 5, injured: 6 }],
      },
    ],
    invalid: [
      { text: "Israeli jets struck targets in southern Lebanon on Monday." },
      { text: "The U.S. will strike back if its troops are harmed, the official warned." },
      { text: "U.S. negotiators hope to strike a deal on Thursday." },
      { text: "U.S. officials said militants struck Ain al-Asad air base on Monday." },
      { text: "Russian jets struck rebel positions near Idlib on Sunday." },
      { text: "The U.S. is considering strikes on Iranian proxies in Iraq, officials said Tuesday." },
    ],
  },
};
