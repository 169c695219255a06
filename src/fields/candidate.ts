/** Builds an event candidate with the fields every rule fills the same way. */
import type { SentenceContext } from "../context/sentenceContext.js";
import type { DateMention } from "../dates/index.js";
import type { EventCandidate } from "./candidateTypes.js";
import { assertedBy } from "./attribution.js";
import { countOf } from "./casualties.js";
import { REFERENCE_CLAUSE, daysApart, inside, preferSegment, segmentAt } from "./clauses.js";
import { eventDates } from "./eventDates.js";
import { outcomeOf } from "./outcome.js";
import { alternation, cueTerms, has, loadCues, perCueFile } from "../lexicon/cues.js";
import { countriesOf } from "./places.js";

/**
 * The dates of the clause that states the event; when it has none ("…,
 * including on al-Asad air base"), the sentence's only event date, if it
 * has exactly one.
 */
function datesFor(ctx: SentenceContext, segment: [number, number], trigger: { start: number }): ReturnType<typeof eventDates> {
  // "… strikes … after Hamas's October 7 onslaught": a date after "since", "after" or
  // "following" later in the clause than the event's own words dates what it names, not the event.
  const namesAnother = (d: DateMention): boolean => {
    const m = NAMES_ANOTHER.exec(ctx.text.slice(Math.max(0, d.span.start - 40), d.span.start));
    return m !== null && trigger.start < d.span.start - m[0].length;
  };
  // "… a spike in attacks on U.S. forces, which began when Hamas carried out an attack on Oct. 7":
  // a date after an out-of-scope doer, later than the event's own words, dates that doer's action.
  // (The doer acts: an attack word between it and the date; "Israel-linked ships on 3 December" is no action of Israel's.)
  const othersAction = (d: DateMention): boolean =>
    ctx.actors.some(
      (a) =>
        a.role === "other" &&
        a.span.start > trigger.start &&
        a.span.end <= d.span.start &&
        d.span.start - a.span.end < OTHERS_REACH &&
        (has(loadCues().attackVerbs, ctx.text.slice(a.span.end, d.span.start)) || has(loadCues().strikeNouns, ctx.text.slice(a.span.end, d.span.start))),
    );
  const local = eventDates(ctx, segment).filter((d) => !namesAnother(d) && !othersAction(d));
  if (local.length) return local;
  // "…on Thursday, a day after a U.S. strike in Baghdad": the earlier event is not on that day.
  if (daysApart(ctx.text, segment)) return [];
  // Not a date of a clause that tells another event: "ordered the strikes in response to the
  // January 28 killing of …", "…, including a Jan. 28 strike that killed …".
  const all = eventDates(ctx).filter((d) => !namesAnother(d) && !othersAction(d) && !REFERENCE_CLAUSE.test(ctx.text.slice(segmentAt(ctx.text, d.span.start)[0], d.span.start)));
  return all.length === 1 ? all : [];
}

/** How far before a date an out-of-scope doer still makes it that doer's day. */
const OTHERS_REACH = 80;

const NAMES_ANOTHER = /\b(?:since|after|following|prior\s+to|before|ahead\s+of)\s+(?:[\w’'.-]+\s+){0,3}$/i;



/** The first mention of each country. */
function firstOfEach<T extends { value: string }>(items: T[]): T[] {
  return items.filter((x, i) => items.findIndex((y) => y.value === x.value) === i);
}

export function newCandidate(
  ctx: SentenceContext,
  fields: Pick<EventCandidate, "kind" | "rule" | "reason" | "trigger" | "places" | "actor" | "actorGeneric" | "target" | "weapons" | "killed" | "injured">,
  segment: [number, number] = [0, ctx.text.length],
): EventCandidate {
  // Tag every span with its sentence, so merged events link each field to the right one.
  const tag = <T extends object | null>(x: T): T => (x ? { ...x, sentenceIdx: ctx.idx } : x);
  return {
    ...fields,
    places: fields.places.map(tag),
    weapons: fields.weapons.map(tag),
    actor: tag(fields.actor),
    target: tag(fields.target),
    killed: tag(fields.killed),
    injured: tag(fields.injured),
    sentenceIdx: ctx.idx,
    dates: datesFor(ctx, segment, fields.trigger),
    segment,
    countries: firstOfEach(
      preferSegment(
        // "ordered the strikes in response to the killing of three soldiers in Jordan": the
        // country of the event a reference clause names is not this one's.
        countriesOf(ctx).filter((k) => inside(k.span, segment) || !REFERENCE_CLAUSE.test(ctx.text.slice(segmentAt(ctx.text, k.span.start)[0], k.span.start))),
        segment,
      ),
    ).map(tag),
    count: tag(countOf(ctx)),
    outcome: outcomeOf(ctx, fields.killed?.value ?? null, fields.injured?.value ?? null, segment),
    assertedBy: assertedBy(ctx),
    extraSentences: [],
    umbrella: false,
    inheritedDate: false,
    // "Separately, in northern Iraq, U.S. forces destroyed a drone": told as another event.
    ...(segment[0] === 0 && opensAsSeparate(ctx.text) ? { separate: true } : {}),
  };
}

const separateOpening = perCueFile((cues) => new RegExp(`^\\W*(?:${alternation(cueTerms(cues, "separateEvent"))})\\b`, "i"));

/** The sentence opens by saying it tells another event ("Separately,", "In a separate attack,", "Elsewhere,"). */
function opensAsSeparate(text: string): boolean {
  return separateOpening(loadCues()).test(text);
}
