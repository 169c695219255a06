/**
 * Clauses of a sentence: where one clause, about one action, ends and the next
 * begins, so that each event takes the dates, places and figures of its own clause.
 */

import { alternation, cueTerms, loadCues, perCueFile } from "../lexicon/cues.js";

// Where one clause of a sentence ends and another, about something else, begins:
// "..., including the Jan. 28 attack on ...", "The Europe Today: ...", "... when Hamas gunmen ...",
// "… on Monday after militants fired rockets at al-Tanf on Sunday".
const SEGMENT_BOUNDARY = (actionVerbs: string): RegExp =>
  new RegExp(
    String.raw`[;:]\s|\s[—–]\s|,\s*(?=(?:including|which|who|when|while|after|following|amid|as|in\s+response|in\s+retaliation)\b)|\s(?=(?:including|which|when|while|amid|following|in\s+response\s+to|in\s+retaliation\s+for)\s)|,\s*(?=(?:[\w-]+\s+){0,2}(?:days?|weeks?|hours?|months?)\s+(?:after|before)\s)|\s(?=after\s+(?:an?|the)\s)|\s(?=after\s+(?:[\w'’-]+\s+){1,3}(?:${actionVerbs})\b)`,
    "gi",
  );

// "Rockets hit Ain al-Asad on Monday, and a U.S. drone strike hit a vehicle in Baghdad on Tuesday":
// a coordinated clause that tells another action on its own day — a boundary only when both sides carry a day.
// A weekday or a month, written out or cut short ("Dec.", "December").
const DAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\\b";
// The day may come before the verb: ", and on December 10, the French frigate intercepted two drones".
const COORDINATED = (actionVerbs: string): RegExp =>
  new RegExp(String.raw`,\s+(?=(?:and|but|while)\s+(?:[\w.,'’-]+\s+){1,8}?(?:${actionVerbs})\s)(?=(?:and|but|while)\s[^;]*?\b${DAY})`, "gi");

/** The verbs of an armed action, from the cue lists: a clause that tells one starts a new event. */
const patternsOf = perCueFile((cues) => {
  const verbs = alternation(["attackVerbs", "strikeVerbs", "interceptVerbs", "killedVerbs", "injuredVerbs"].flatMap((name) => cueTerms(cues, name)));
  return {
    boundary: SEGMENT_BOUNDARY(verbs),
    coordinated: COORDINATED(verbs),
    namesEvent: new RegExp(`\\b(?:${verbs}|${alternation(cueTerms(cues, "eventNouns"))})\\b`, "i"),
  };
});
// "struck a dozen targets, including in the capital on 12 January": the phrase lists where the same action
// hit; "…, including an attack on Tuesday" names another event. Only the latter opens a clause of its own.
const INCLUDING = /^including\b/i;
// "an incident on Saturday when a destroyer shot down 14 drones": the when-clause tells what happened on the
// day just named, so it keeps that day.
const WHEN = /^when\b/i;
const DAY_BEFORE = new RegExp(`\\b(?:on|last|late|early)\\s+(?:[\\w.]+\\s+){0,2}?${DAY}(?:\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?)?(?:\\s+(?:morning|afternoon|evening|night))?,?\\s*$`, "i");
// "A week after rockets hit the base on January 10, American bombers struck …": an opening clause that
// names an earlier event ends at its first comma.
const OPENING_REFERENCE = /(?<=^\W*(?:(?:[\w-]+\s+){0,3}(?:days?|weeks?|hours?)\s+)?(?:after|following|before|since)\s[^,;]{5,160}),\s/gi;
const HAS_DAY = new RegExp(`\\b${DAY}`, "i");

/** Offsets `[boundary start, next clause start]` of every clause boundary in `text`. */
function boundaries(text: string): Array<[number, number]> {
  const found: Array<[number, number, boolean]> = [];
  const { boundary, coordinated } = patternsOf(loadCues());
  for (const re of [boundary, coordinated, OPENING_REFERENCE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      if (!found.some(([at]) => at === m!.index)) found.push([m.index, m.index + m[0].length, re === coordinated]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const { namesEvent } = patternsOf(loadCues());
  // A coordination counts only when the clause before it has a day of its own.
  const out: Array<[number, number]> = [];
  found.forEach(([at, cut, coordinated], i) => {
    if (coordinated && !HAS_DAY.test(text.slice(out.at(-1)?.[1] ?? 0, at))) return;
    const next = text.slice(cut, found[i + 1]?.[0] ?? text.length);
    if (INCLUDING.test(next) && !namesEvent.test(next.replace(INCLUDING, ""))) return;
    if (WHEN.test(next) && DAY_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return;
    out.push([at, cut]);
  });
  return out;
}

/** Every clause of `text`, in order. */
export function segmentsOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const [at, cut] of boundaries(text)) {
    out.push([start, at]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}

/** The `[start, end)` of the clause of `text` that holds position `pos`. */
export function segmentAt(text: string, pos: number): [number, number] {
  let start = 0;
  for (const [at, cut] of boundaries(text)) {
    if (cut > pos) return [start, at];
    start = cut;
  }
  return [start, text.length];
}

export const inside = (span: { start: number; end: number }, [a, b]: [number, number]): boolean => span.start >= a && span.end <= b;

/** Mentions inside the segment, or all of them when the segment has none. */
export function preferSegment<T extends { span: { start: number; end: number } }>(items: T[], segment: [number, number]): T[] {
  const local = items.filter((x) => inside(x.span, segment));
  return local.length ? local : items;
}

/** A clause that names another event than the sentence's own: "after X", "in response to X", "a week after X", "including X". */
export const REFERENCE_CLAUSE = /^\W*(?:(?:[\w-]+\s+){0,3}(?:days?|weeks?|hours?)\s+(?=after|before))?(?:including|after|following|since|before|in\s+(?:response|retaliation|reply)\s+to|in\s+retaliation\s+for|responding\s+to|a\s+response\s+to)\b/i;

/** Where the sentence stops telling the event at `pos`: at the first later clause that names another event, else its end. */
export function endBeforeReference(text: string, pos: number): number {
  for (const [start] of segmentsOf(text)) if (start > pos && REFERENCE_CLAUSE.test(text.slice(start))) return start;
  return text.length;
}

const DAYS_APART = /\b(?:(?:a|one|two|three|four|five|several|a\s+few|\d+)\s+)?(?:days?|weeks?|nights?)\s+(?:after|before|earlier|later)\b/i;

/** Whether the clause opens with a distance in time from another event ("…, a day after X", "… a week after X"). */
export function daysApart(text: string, segment: [number, number]): boolean {
  return DAYS_APART.test(text.slice(Math.max(0, segment[0] - 25), segment[0] + 24));
}
