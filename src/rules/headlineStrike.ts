/**
 * headline-strike: a headline often names a strike without its striker
 * ("Airstrikes target ammunition depots", "Militia fighters killed in
 * Baghdad drone strike"): the body says who struck. This rule proposes the
 * strike; the refiner confirm-headline-strike keeps it only when the body
 * says the US struck (a sentence with the US as striker, in the same
 * country), so a headline about another country's raid gives nothing.
 */
import { hits, loadCues, type CueHit } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { EventRule } from "./rule.js";
import { kindOf } from "../kinds.js";
import { isHeadlineLike } from "../fields/headline.js";
import { usReferences } from "../fields/usReferences.js";
import { bestPlaces } from "../fields/places.js";
import { casualties } from "../fields/casualties.js";
import { relSpan } from "../fields/spans.js";
import { newCandidate } from "../fields/candidate.js";
import { STRIKE_OBJECT } from "./usStrike.js";

const SCOPE = new Set(["Iraq", "Syria", "Yemen"]);

/** The strike noun of the line ("airstrikes", "drone strike", "raids"), not a plane or a jet. */
function strikeNoun(ctx: SentenceContext): CueHit | undefined {
  const nouns = new Set(kindOf("strike").nouns);
  return hits(loadCues().strikeNouns, ctx.text).find((h) => nouns.has(h.text.toLowerCase().split(/\s+/).at(-1)!));
}

/** The condition a line fails to be a headline strike without a named striker, or null when it is one (explain reads it too). */
export function whyNoHeadlineStrike(ctx: SentenceContext): string | null {
  if (!isHeadlineLike(ctx)) return "not a headline (a short first line without a closing full stop)";
  if (!strikeNoun(ctx)) return "no strike noun (“strike”, “airstrikes”, “raid” …), only a plane or a jet";
  // A named striker or a US target is another rule's; a base hit is an attack on US forces; another country's raid is out of scope.
  const us = usReferences(ctx).find((r) => r.role !== "unknown" && r.role !== "generic");
  if (us) return `a US reference with a role (“${us.text}” ${us.role}): the other rules read it`;
  const other = ctx.actors.find((a) => a.role === "other" || a.role === "partner");
  if (other) return `another force is named (“${other.span.text}”)`;
  const place = ctx.places.find((p) => p.kind === "base" || (p.kind === "country" && !SCOPE.has(p.country)));
  if (place) return place.kind === "base" ? `a base is named (“${place.span.text}”): an attack on US forces` : `a country out of scope (“${place.span.text}”)`;
  const { killed } = casualties(ctx, 0, ctx.text.length, { notUs: true });
  if (!ctx.actors.some((a) => a.role === "axis") && !killed && !bestPlaces(ctx.places, { bases: false }).length && !STRIKE_OBJECT.test(ctx.text))
    return "nothing struck: no militia or Houthi actor, no one killed, no place, no target word";
  return null;
}

export const headlineStrike: EventRule = {
  meta: {
    type: "event",
    id: "headline-strike",
    description: "A headline naming a strike but no striker proposes a strike; the body must say the US struck (confirm-headline-strike).",
    triggers: ["strikeNouns"],
    requires: ["us-strike", "attack-on-us-forces"],
  },
  match(ctx) {
    if (whyNoHeadlineStrike(ctx)) return [];
    const noun = strikeNoun(ctx)!;
    const axis = ctx.actors.filter((a) => a.role === "axis");
    const { killed, injured } = casualties(ctx, 0, ctx.text.length, { notUs: true });
    const places = bestPlaces(ctx.places, { bases: false });
    return [
      newCandidate(ctx, {
        kind: "strike",
        rule: "headline-strike",
        reason: `a headline strike without a named striker (“${noun.text}”)`,
        trigger: relSpan(ctx.text, noun.start, noun.end),
        places,
        actor: null,
        actorGeneric: false,
        target: axis[0] ? { value: axis[0].name, span: axis[0].span } : null,
        weapons: ctx.weapons.filter((w) => w.category === "aircraft" || (w.category === "drone" && /strike/i.test(w.span.text))),
        killed,
        injured,
      }),
    ];
  },
  examples: {
    valid: [
      {
        text: "Drone strike kills two Kataib Hezbollah commanders in Baghdad\nA U.S. drone struck their car, the Pentagon said.",
        published: "2024-01-05",
        expect: [{ kind: "strike", date: "2024-01-05", place: "Baghdad", killed: 2, actor: "United States" }],
      },
      {
        text: "Airstrikes hit weapons depots near Al-Qaim\nAmerican F-15Es bombed the depots, officials said.",
        published: "2024-02-03",
        expect: [{ kind: "strike", date: "2024-02-03", place: "Al-Qaim", weapons: ["aircraft"] }],
      },
      {
        text: "Overnight raids pound Houthi radar sites in Yemen\nThe U.S. military carried out the raids with Navy jets.",
        published: "2024-01-22",
        expect: [{ kind: "strike", date: "2024-01-21", country: "Yemen" }],
      },
      {
        text: "Five militants killed in air strike on militia compound in eastern Syria\nThe United States conducted the air strike, a defence official said.",
        published: "2023-11-09",
        expect: [{ kind: "strike", date: "2023-11-09", country: "Syria", killed: 5 }],
      },
      {
        text: "Airstrikes target IRGC storage facilities\nA militia spokesman accused Washington of carrying out the strikes.",
        published: "2023-10-27",
        expect: [{ kind: "strike", date: "2023-10-27", actor: "United States" }],
      },
    ],
    invalid: [
      // Another country's raid; the body's US strike is undated, so nothing is left.
      { text: "Israeli airstrikes hit targets near Damascus\nU.S. jets have struck militia depots in Iraq in the past." },
      // The strike is in another country than the one the body's US strike is in.
      { text: "Drone strike kills militia leader in Syria\nThe U.S. has struck militia sites in Yemen before." },
      // Nobody in the body says the US struck.
      { text: "Airstrikes target militia depots in Syria\nThe Israeli air force said its jets hit the sites." },
      { text: "Overnight raids pound Houthi positions in Yemen\nSaudi-led coalition jets flew dozens of sorties, a spokesman said." },
      // An explainer's headline is not the day's news.
      { text: "How drone strikes on militia leaders in Iraq work\nThe U.S. has struck such leaders before." },
    ],
  },
};
