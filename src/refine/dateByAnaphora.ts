/**
 * date-by-anaphora: news often tells an action first and its day in the
 * next sentence, one whose subject only points back at it: "The attack
 * occurred on Monday", "The incident happened late Tuesday near X", "It
 * took place on Jan. 3". Such a sentence dates the undated events told
 * just before it (back to the last dated one, a few sentences at most,
 * the headline included), and gives its named place to those that name
 * none. The nouns are each kind's (kinds.json) and the kind-less ones of
 * `eventAnaphora`; the verbs are `occurrenceVerbs` (cues.json).
 */
import type { Refiner } from "./refiner.js";
import type { EventCandidate } from "../rules/rule.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { DateMention } from "../dates/index.js";
import type { PlaceMention } from "../lexicon/index.js";
import { kindByNoun, kindRegistry, type KindRegistry } from "../kinds.js";
import { alternation, cueTerms, loadCues, type Cues } from "../lexicon/cues.js";
import { eventDates } from "../fields/eventDates.js";

/** How many sentences back an anaphoric date sentence reaches. */
const BACK = 4;

interface Patterns {
  registry: KindRegistry;
  cues: Cues;
  /** "The (latest) drone attack … occurred", "This incident took place"; group 1 the noun. */
  noun: RegExp;
  /** "It took place", "They happened". */
  pronoun: RegExp;
}
let built: Patterns | undefined;

function patterns(): Patterns {
  const registry = kindRegistry();
  const cues = loadCues();
  if (built?.registry === registry && built.cues === cues) return built;
  const kindNouns = registry.list.flatMap((k) => k.nouns.flatMap((n) => (n.endsWith("s") ? [n] : [n, `${n}s`])));
  const nouns = alternation([...kindNouns, ...cueTerms(cues, "eventAnaphora")]);
  const verbs = alternation(cueTerms(cues, "occurrenceVerbs"));
  // The verb follows the noun closely ("The attack, claimed by X, occurred …" is still the subject's).
  const noun = new RegExp(`^\\W*(?:the|this|that|these|those|both|each)\\s+(?:[\\w'’.-]+\\s+){0,3}?(${nouns})\\b[^.;]{0,60}?\\b(?:${verbs})\\b`, "i");
  const pronoun = new RegExp(`^\\W*(?:it|they|both)\\s+(?:(?:all|both|reportedly|apparently)\\s+)?(?:${verbs})\\b`, "i");
  built = { registry, cues, noun, pronoun };
  return built;
}

interface Anaphor {
  /** The kind the noun names; null for a kind-less noun or a pronoun. */
  kind: string | null;
  date: DateMention;
  places: PlaceMention[];
}

const isSpecific = (p: PlaceMention): boolean => p.kind !== "country" && p.kind !== "region" && p.kind !== "sea";

/** What a sentence says when it only dates an action told before it, or null. */
export function anaphoricDate(s: SentenceContext): Anaphor | null {
  const { noun, pronoun } = patterns();
  const m = noun.exec(s.text);
  if (!m && !pronoun.test(s.text)) return null;
  const dates = eventDates(s);
  const days = new Set(dates.map((d) => d.date ?? `${d.range?.[0]}..${d.range?.[1]}`));
  if (days.size !== 1) return null;
  return { kind: m ? (kindByNoun(m[1]!.replace(/s$/i, ""))?.id ?? kindByNoun(m[1]!)?.id ?? null) : null, date: dates[0]!, places: s.places.filter(isSpecific) };
}

export const dateByAnaphora: Refiner = {
  id: "date-by-anaphora",
  description: "A sentence that only dates an action told before it (\"The attack occurred on Monday\") dates the undated events just before it.",
  refine(candidates, article) {
    const out = [...candidates];
    for (const s of article.sentences) {
      if (s.idx === 0) continue;
      const a = anaphoricDate(s);
      if (!a) continue;
      for (let j = s.idx - 1; j >= Math.max(0, s.idx - BACK); j--) {
        const here = out.map((c, k) => [c, k] as const).filter(([c]) => c.sentenceIdx === j && (a.kind === null || c.kind === a.kind));
        // A dated event just before is what the sentence goes on about: nothing earlier is.
        if (here.some(([c]) => c.dates.length)) break;
        for (const [c, k] of here) out[k] = withAnaphor(c, a, s.idx);
      }
    }
    return out;
  },
};

function withAnaphor(c: EventCandidate, a: Anaphor, idx: number): EventCandidate {
  const countries = new Set(c.countries.map((k) => k.value));
  const ownPlace = c.places.some(isSpecific);
  const places = ownPlace ? c.places : a.places.filter((p) => !countries.size || countries.has(p.country)).map((p) => ({ ...p, sentenceIdx: idx }));
  return {
    ...c,
    dates: [a.date],
    places: places.length ? places : c.places,
    inheritedDate: true,
    extraSentences: c.extraSentences.includes(idx) ? c.extraSentences : [...c.extraSentences, idx],
  };
}
