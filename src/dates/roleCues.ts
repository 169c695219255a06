/**
 * Lexical cues that give a date mention its role in the sentence, as data
 * rows with the text each handles. Used by `roleRefiner` (every mention) and
 * by publication inference (statement dates).
 *
 * Order matters: tally cues ("since", "as of", "until") come first because
 * they sit right before the date; statement cues need a reporting verb or a
 * statement noun next to the date; everything else is an event date.
 */
import type { DateRole } from "./types.js";

/** Verbs that report a statement. */
export const REPORTING_VERBS =
  "said|says|announced|announces|told|tells|stated|states|reported|reports|confirmed|confirms|claimed|claims|mentioned|added|noted|declared|briefed|disclosed|acknowledged|revealed|tweeted|posted|wrote|published";

/** Nouns that name a statement ("CENTCOM's Monday press statement"). */
export const STATEMENT_NOUNS =
  "statements?|press\\s+releases?|news\\s+releases?|releases?|press\\s+conferences?|news\\s+conferences?|conferences?|briefings?|announcements?|communiqu[eé]s?|readouts?|remarks|interview";

/**
 * Text between a reporting verb (or statement noun) and the date that shows
 * the date belongs to another clause: a subordinator, an auxiliary, a past
 * participle, or a word naming the event itself ("said the attack on Monday").
 */
const FOREIGN_CLAUSE =
  /\b(?:that|which|who|whom|when|while|after|before|because|if|since|as|was|were|is|are|had|has|have|been|be|attack|attacks|strike|strikes|raid|assault|bombing|incident|explosion|drone|drones|rocket|rockets|missile|missiles|killing|shooting)\b|\b(?!(?:released|issued|published|posted|quoted|cited|emailed|televised|broadcast)\b)\w+ed\b/i;

const MAX_GAP = 90;

/** A verb right after the date means the date is that verb's ("said militants on Thursday launched …"). */
const VERB_FOLLOWS =
  /^\s+(?:\w+ed|struck|hit|shot|began|sent|flew|took|led|came|went|fought|left|threw|sank|met|held|spoke)\b/i;

export interface RoleCue {
  role: DateRole;
  /** Why: a short quote of the pattern that fired. */
  reason: string;
  /**
   * A statement cue tied to the date itself (a reporting verb or statement
   * noun right beside it), as opposed to a looser one (a speaker noun, a date
   * opening a sentence that later reports a claim).
   */
  strong: boolean;
}

interface CueRow {
  role: DateRole;
  reason: string;
  strong?: boolean;
  test: (before: string, after: string) => boolean;
}

/** Where the gap between a cue and the date is short, inside one clause, and names no other event. */
function cleanGap(gap: string): boolean {
  return gap.length <= MAX_GAP && !/[.;!?"“”:]/.test(gap) && !FOREIGN_CLAUSE.test(gap);
}

/** The last reporting verb before the date (group 1) and the gap after it (group 2). */
const VERB_BEFORE = new RegExp(`^[^]*\\b(${REPORTING_VERBS})\\b([^]*)$`, "i");
/** A claim ("claimed the attack on Monday") dates the claim, but loosely: it may also be the attack's day. */
const CLAIM_VERB = /^claim/i;

function reportedJustBefore(before: string, after: string, claims: boolean): boolean {
  const m = VERB_BEFORE.exec(before);
  return m !== null && CLAIM_VERB.test(m[1]!) === claims && cleanGap(m[2]!) && !VERB_FOLLOWS.test(after);
}
const NOUN_BEFORE = new RegExp(`^[^]*\\b(?:${STATEMENT_NOUNS})\\b([^]*)$`, "i");
const NOUN_AFTER = new RegExp(
  `^(?:['’]s)?\\s*(?:(?:joint|written|official|weekly|daily|press|news)\\s+)*(?:${STATEMENT_NOUNS})\\b`,
  "i",
);
const VERB_AFTER = new RegExp(`^\\s*,?\\s*(?:${REPORTING_VERBS})\\b`, "i");
const SPEAKER_BEFORE = /\b(?:spokes(?:man|woman|person)|officials?|secretary|minister|ministry|command|pentagon|centcom)\s+(?:on\s+)?$/i;
/** A date opening the sentence ("On Nov. 12, Austin announced …", "In the early hours of Monday, a group … claimed …"). */
const OPENING_BEFORE = /^\s*(?:(?:on|early|late|in\s+the\s+early\s+hours\s+of|on\s+the\s+(?:morning|evening|night)\s+of)\s+)?$/i;
const SUBJECT_THEN_VERB = new RegExp(`^\\s*(?:(?:night|morning|evening|afternoon)\\b)?\\s*,\\s*([^,;:.!?"“”]{0,80}?)\\b(?:${REPORTING_VERBS})\\b`, "i");
/** A header label ("date 2023-11-24", "Published: Nov. 3", "UPDATED … – Wednesday, March 8, 2023"). */
const HEADER_LABEL_BEFORE = /(?:^|\n)\s*(?:date|published|updated|posted|last\s+updated)\b[^\n]{0,30}?$/i;

/** The start of a period named by its beginning: "since the war in Gaza began on Oct. 7", "since attacks started Oct. 17". */
const SINCE_BEGAN = /\bsince\s+[^.;:!?"“”]{1,60}?\b(?:began|started|erupted|broke\s+out|resumed)\s+(?:on\s+|in\s+)?$/i;

/** A possessive date naming an event: "Monday night's attack", "Sunday's deadly drone strike". */
const EVENT_NOUN_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|assaults?|bombings?|barrage|shelling|incident|explosion|blast|killing|ambush)\b/i;

const ROWS: readonly CueRow[] = [
  { role: "as_of", reason: '"As of Thursday"', test: (b) => /\bas\s+(?:of|at)\s+$/i.test(b) },
  {
    role: "since",
    reason: '"since Oct. 17", "since last October 17", "starting Oct. 17", "since the war began on Oct. 7"',
    test: (b) =>
      /\b(?:since(?:\s+last)?|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|in))?)\s+$/i.test(b) || SINCE_BEGAN.test(b),
  },
  { role: "until", reason: '"until Dec. 31"', test: (b) => /\b(?:until|till|through|up\s+to)\s+$/i.test(b) },
  // Before the statement rows: "claimed Monday night's attack" dates the attack, whatever verb comes before.
  { role: "event", reason: '"Monday night\'s attack", "Sunday\'s drone strike"', test: (_b, a) => EVENT_NOUN_AFTER.test(a) },
  { role: "statement", reason: '"date 2023-11-24" header line', strong: true, test: (b) => HEADER_LABEL_BEFORE.test(b) },
  {
    role: "statement",
    reason: '"said on 4 December", "announced Oct. 19", "said in a statement to Sputnik on Friday"',
    strong: true,
    test: (b, a) => reportedJustBefore(b, a, false),
  },
  {
    role: "statement",
    reason: '"claimed the attack on Monday"',
    test: (b, a) => reportedJustBefore(b, a, true),
  },
  {
    role: "statement",
    reason: '"in a statement on Monday", "a press conference with … on Monday"',
    strong: true,
    test: (b, a) => {
      const m = NOUN_BEFORE.exec(b);
      return m !== null && cleanGap(m[1]!) && !VERB_FOLLOWS.test(a);
    },
  },
  { role: "statement", reason: '"a Thursday statement", "at a Nov. 14 press conference"', strong: true, test: (_b, a) => NOUN_AFTER.test(a) },
  { role: "statement", reason: '"a Pentagon spokesperson on 4 December"', test: (b, a) => SPEAKER_BEFORE.test(b) && !VERB_FOLLOWS.test(a) },
  { role: "statement", reason: '"officials on Tuesday said"', strong: true, test: (_b, a) => VERB_AFTER.test(a) },
  {
    role: "statement",
    reason: '"On Nov. 12, Austin announced …"',
    test: (b, a) => OPENING_BEFORE.test(b) && SUBJECT_THEN_VERB.test(a),
  },
];

/**
 * The role of the mention `sentence.slice(start, end)`: the first cue row
 * that fires, else "event".
 */
export function roleCueFor(sentence: string, start: number, end: number): RoleCue {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  for (const row of ROWS) if (row.test(before, after)) return { role: row.role, reason: row.reason, strong: row.strong ?? false };
  return { role: "event", reason: "default", strong: false };
}
