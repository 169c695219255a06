/**
 * attach-casualty-notes: a later sentence that reports no event of its own
 * but says "no injuries or damage reported" (or "no casualties") tells the
 * toll of the event reported just before it ("… shot down 21 missiles and
 * drones … ‘This is the 26th Houthi attack …,’ the statement said, adding
 * that ‘no injuries or damage reported.’").
 */
import { hits, loadCues } from "../lexicon/cues.js";
import type { EventCandidate } from "../rules/rule.js";
import { eventDates } from "../fields/eventDates.js";
import { noCasualtiesSays } from "../fields/casualties.js";
import { dayOf } from "./mergeSameEvent.js";
import type { Refiner } from "./refiner.js";

/** How far after the event's last sentence the note may come. */
const WINDOW = 3;

const sentencesOf = (c: EventCandidate): number[] => [c.sentenceIdx, ...c.extraSentences];

export const attachCasualtyNotes: Refiner = {
  id: "attach-casualty-notes",
  description: "Gives the event just before it the 'no casualties' of a sentence that reports no event of its own.",
  refine(candidates, article) {
    const cues = loadCues();
    const told = new Set(candidates.flatMap(sentencesOf));
    let out = candidates;
    for (const s of article.sentences) {
      if (told.has(s.idx)) continue;
      const none = hits(cues.noCasualties, s.text)[0];
      if (!none) continue;
      const last = Math.max(-1, ...[...told].filter((i) => i < s.idx));
      if (last < 0 || s.idx - last > WINDOW) continue;
      const zero = noCasualtiesSays(none.text);
      const span = { value: 0, span: none, sentenceIdx: s.idx };
      // A note dated to another day is about something else.
      const days = eventDates(s).map((d) => d.date);
      out = out.map((c) =>
        Math.max(...sentencesOf(c)) === last && c.killed === null && c.injured === null && (days.length === 0 || days.includes(dayOf(c)))
          ? { ...c, killed: zero.killed ? span : null, injured: zero.injured ? span : null, extraSentences: [...c.extraSentences, s.idx] }
          : c,
      );
    }
    return out;
  },
};
