/**
 * drop-hypothetical: threats, conditions, plans and future tense ("vowed to
 * attack", "if a drone kills", "will strike") are not events. Dates are
 * read through ("vowed on Tuesday to keep targeting"), and a cue inside a
 * relative clause that closes before the event ("Kataib Hezbollah, which had
 * threatened to escalate, fired two rockets …") does not govern it.
 */
import { hits, loadCues } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { Refiner } from "./refiner.js";

/** The sentence with its date phrases ("on Tuesday") blanked out, offsets kept. */
function withoutDates(s: SentenceContext): string {
  let text = s.text;
  for (const d of s.dates) {
    const on = /\b(?:on|last|this|early|late)\s+$/i.exec(text.slice(Math.max(0, d.span.start - 6), d.span.start));
    const start = on ? d.span.start - on[0].length : d.span.start;
    text = text.slice(0, start) + " ".repeat(d.span.end - start) + text.slice(d.span.end);
  }
  return text;
}

/** `[start, end)` of ", which/who … ," asides. */
function asides(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /,\s*(?:which|who)\b[^,;.]*,/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// Between a cue and the event: a new clause of real events ("…, after it fired drones").
// (The sentence is already split, so a period inside it is an abbreviation: "U.S.")
const CLAUSE_BREAK = /;|,\s*(?:after|following|when|but|while)\b|\s(?:after|following)\s+(?:an?|the|it|they|its|their)\s/i;

export const dropHypothetical: Refiner = {
  id: "drop-hypothetical",
  description: "Removes events stated as threats, conditions, plans or in the future tense.",
  refine(candidates, article) {
    const cues = loadCues();
    return candidates.filter((c) => {
      const s = article.sentences[c.sentenceIdx]!;
      const text = withoutDates(s);
      const closed = asides(text).filter(([, end]) => end <= c.trigger.start);
      // "destroyed three missiles prepared to launch": the plan is the weapons', not the event's.
      const readiness = hits(cues.preLaunch, text).filter((h) => h.start >= c.trigger.end);
      // A cue counts when it governs the trigger: before it, in the same clause.
      const cue = hits(cues.hypothetical, text).find(
        (h) => h.start <= c.trigger.start + 40 && !CLAUSE_BREAK.test(text.slice(h.end, c.trigger.start)) && !closed.some(([a, b]) => h.start >= a && h.end <= b) &&
          !readiness.some((r) => h.start >= r.start && h.end <= r.end),
      );
      if (cue) return false;
      const verbs = s.parse.verbs;
      const nearest = verbs.find(([a, b]) => a <= c.trigger.start && b >= c.trigger.start) ?? verbs.find(([a]) => a > c.trigger.start - 30 && a < c.trigger.end + 30);
      return !(nearest && nearest[2] === "future");
    });
  },
};
