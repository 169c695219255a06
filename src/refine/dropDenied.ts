/**
 * drop-denied: a denial that denies the event itself ("The Pentagon denied
 * reports that U.S. troops at al-Tanf had come under fire"; "CENTCOM denied
 * Houthi claims that they had struck a U.S. warship") removes it. A denial
 * of involvement ("Iran denied involvement in the drone attack", "Tehran
 * rejected claims that it was behind …") does not: the attack still
 * happened, only who did it is in doubt — fields.ts keeps the denier from
 * being its actor.
 */
import { has, loadCues } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { Refiner } from "./refiner.js";

const DENY = "(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted)";
// "denied reports that", "rejected Houthi claims of"
const DENY_REPORTS = new RegExp(`\\b${DENY}\\s+(?:[\\w'’-]+\\s+){0,2}?(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\\s+(?:that|of)\\b`, "gi");
// "denied that U.S. forces were attacked", "denied that any attack took place"
const DENY_THAT_US = new RegExp(
  `\\b${DENY}\\s+(?:(?:[\\w'’-]+\\s+){0,2}?(?:reports?|claims?|allegations?)\\s+)?that\\s+(?:(?:an?|any|the)\\s+)?(?:(?:U\\.S\\.|US|American|coalition)\\b|(?:[\\w-]+\\s+)?(?:attacks?|strikes?)\\s+(?:had\\s+|has\\s+|ever\\s+)?(?:occurred|took\\s+place|happened)\\b)`,
  "gi",
);

/** Where in the sentence a denial of the event starts, if it has one. */
function eventDenial(s: SentenceContext): number | null {
  DENY_THAT_US.lastIndex = 0;
  const direct = DENY_THAT_US.exec(s.text);
  if (direct) return direct.index;
  // Reports or claims denied by the US side: the event is what they deny.
  DENY_REPORTS.lastIndex = 0;
  for (let m = DENY_REPORTS.exec(s.text); m; m = DENY_REPORTS.exec(s.text)) {
    const before = s.text.slice(0, m.index);
    const usSide = has(loadCues().official, before) || s.actors.some((a) => (a.role === "us" || a.role === "partner") && a.span.end <= m!.index);
    if (usSide) return m.index;
  }
  return null;
}

export const dropDenied: Refiner = {
  id: "drop-denied",
  description: "Removes events whose occurrence the sentence denies (not mere denials of involvement).",
  refine(candidates, article) {
    return candidates.filter((c) => {
      const at = eventDenial(article.sentences[c.sentenceIdx]!);
      return at === null || c.trigger.end <= at;
    });
  },
};
