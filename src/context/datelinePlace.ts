/**
 * The place of a dateline ("BAGHDAD (AP) —", "WASHINGTON, Dec 4 (Reuters) -",
 * "Erbil, 14 January 2024:") says where the story was filed, not where
 * anything happened: it is no place of an event.
 */
import type { PlaceMention } from "../lexicon/index.js";

/** Datelines open the body: only this far into the article. */
const DATELINE_REACH = 1000;

const NAME = String.raw`[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}`;
const MONTH_DAY = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)`;
/**
 * After the dateline's place: more of its address (", Yemen", ", DC [US]"), perhaps a date, perhaps
 * the agency in brackets, then the dash or colon that opens the story.
 */
const DATELINE_TAIL = new RegExp(
  String.raw`^(?:\s*,\s*${NAME})*\s*(?:\[[^\]\n]{1,20}\]\s*)?(?:,\s*${MONTH_DAY}\s*)?(?:\([^()\n]{1,25}\)\s*)?(?:[—–:]|--?\s)`,
);

/** Whether a place opens its sentence as the dateline of the article's body. */
export function isDatelinePlace(sentence: string, sentenceStart: number, place: PlaceMention): boolean {
  if (sentenceStart + place.span.start > DATELINE_REACH) return false;
  if (sentence.slice(0, place.span.start).trim() !== "") return false;
  return DATELINE_TAIL.test(sentence.slice(place.span.end));
}
