/**
 * cumulative-tally: a stated running total of attacks, strikes, injured or
 * killed (GUIDELINES §4), with one tally per region of a breakdown
 * ("including 32 in Iraq and 34 in Syria"). Each pattern row below reads
 * the words around one number; the first row that fits gives the metric.
 */
import { has, loadCues, phraseRegex } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { TallyCandidate, TallyRule } from "./rule.js";
import type { TallyMetric } from "../types.js";
import { eventDates } from "../fields/eventDates.js";
import { relSpan } from "../fields/spans.js";
import { usReferences } from "../fields/usReferences.js";

const TRIGGERS = phraseRegex([
  "attacks", "attack", "strike", "times", "injured", "wounded", "wounds", "injuries", "killed", "strikes", "airstrikes", "attacked", "incidents", "occasions", "deaths", "assaults",
]);

const REGIONS = ["Iraq", "Syria", "Jordan", "Yemen", "Red Sea"];
const REGION_ALT = "Iraq|Syria|Jordan|Yemen|the\\s+Red\\s+Sea";
const DIRECTION = "(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\\s+|central\\s+)?";
const US_PEOPLE = /(?<![\w.])(?:US|U\.S\.|American|coalition)(?!\w)|\bservice\s*members\b|\bservicemembers\b|\btroops\b|\bAmericans\b/i;
const PEOPLE = "(?:troops|soldiers|service\\s*members|servicemembers|personnel|Americans|sailors|marines|contractors|members)";
const MODIFIERS = "(?:(?:separate|more|total|additional|other|such|drone|missile|rocket|ballistic|one-way|hostile|retaliatory|precision|reported|known|and|,)\\s*)*";

interface Context {
  before: string;
  /** Up to the next number. */
  after: string;
  /** 90 characters, across numbers ("19 out of 21 American service members …"). */
  longAfter: string;
  usStriker: boolean;
}

/** One way a sentence states a total: the metric, the test, and why. */
interface TallyPattern {
  metric: TallyMetric;
  reason: string;
  test: (c: Context) => boolean;
}

const PATTERNS: TallyPattern[] = [
  { metric: "strikes", reason: `"three separate air strikes"`, test: (c) => new RegExp(`^\\s*${MODIFIERS}(?:air\\s*strikes|strikes)\\b`, "i").test(c.after) },
  {
    metric: "strikes",
    reason: `the US as subject: "has launched three retaliatory attacks"`,
    test: (c) => c.usStriker && new RegExp(`^\\s*${MODIFIERS}(?:attacks|raids)\\b`, "i").test(c.after),
  },
  { metric: "attacks", reason: `"76 attacks", "100 drone and missile attacks"`, test: (c) => new RegExp(`^\\s*${MODIFIERS}(?:attacks?|assaults|incidents)\\b`, "i").test(c.after) },
  {
    metric: "attacks",
    reason: `"attacked approximately 66 times", "attacked U.S. forces at least 73 times", "55 times in Iraq, Syria since"`,
    test: (c) =>
      /^\s*(?:separate\s+|different\s+)?(?:times|occasions)\b/i.test(c.after) &&
      (/(?:attacked|targeted|struck|hit|been\s+\w+|under\s+(?:attack|fire))(?:\s+(?:U\.S\.|US|American|coalition|the|its|their|forces|troops|bases|personnel|facilities))*\s*$/i.test(c.before) ||
        /^\s*times\b[^.]*\bsince\b/i.test(c.after)),
  },
  { metric: "injured", reason: `"injured 62 US military personnel"`, test: (c) => /\b(?:injured|wounded|injuring|wounding)\s*$/i.test(c.before) && US_PEOPLE.test(c.after.slice(0, 40)) },
  { metric: "killed", reason: `"the deaths of three US soldiers"`, test: (c) => /\b(?:killed|killing|deaths?\s+of|lives\s+of)\s*$/i.test(c.before) && US_PEOPLE.test(c.after.slice(0, 40)) },
  {
    metric: "injured",
    reason: `"56 U.S. service members have suffered wounds", "19 out of 21 American service members had sustained injuries"`,
    test: (c) =>
      new RegExp(`^\\s*(?:out\\s+of\\s+\\d+\\s+)?(?:[\\w.'’-]+\\s+){0,3}?${PEOPLE}\\b[^.]{0,50}?\\b(?:injured|wounded|hurt|wounds|injuries)\\b`, "i").test(c.longAfter) &&
      US_PEOPLE.test(c.longAfter.slice(0, 50)),
  },
  {
    metric: "killed",
    reason: `"three US soldiers have been killed"`,
    test: (c) => new RegExp(`^\\s*(?:[\\w.'’-]+\\s+){0,3}?${PEOPLE}\\b[^.]{0,30}?\\b(?:killed|died|dead)\\b`, "i").test(c.after) && US_PEOPLE.test(c.after.slice(0, 40)),
  },
  { metric: "injured", reason: `"the attacks have resulted in 59 injuries"`, test: (c) => /\bresulted\s+in\s*$/i.test(c.before) && /^\s*(?:injuries|wounded)\b/i.test(c.after) },
];

/** The region right after a number ("32 in Iraq", "three more in eastern Syria"); two regions together are the overall figure. */
function regionAfter(text: string): string | null {
  const m = new RegExp(`^[^0-9]{0,60}?\\bin\\s+${DIRECTION}(${REGION_ALT})\\b`, "i").exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  if (new RegExp(`^\\s*(?:,|and|or)\\s*(?:${REGION_ALT})\\b`, "i").test(rest)) return null;
  return REGIONS.find((r) => r.toLowerCase() === m[1]!.toLowerCase().replace(/^the\s+/, "")) ?? null;
}

// "has launched", "have carried out": totals are told in the present perfect. (Not the past
// perfect of reported speech: "the group had carried out two separate attacks" tells one episode.)
const PERFECT = /\b(?:have|has)\s+(?:(?:also|now|so\s+far|already|in\s+turn|in\s+total)\s+)?(?:been|launched|carried|conducted|faced|suffered|sustained|resulted|targeted|attacked|struck|recorded|counted|seen)\b/i;
// "… were killed in a drone attack", "… wounded in the Jan. 28 strike": the toll of a single event.
const ONE_EVENT_TOLL = /^[^;]{0,60}?\b(?:killed|died|wounded|injured|hurt)\s+(?:in|by|during)\s+(?:an?|the|that|this)\s+(?:[\w.'’-]+\s+){0,3}?(?:attack|strike|airstrike|explosion|blast|assault)\b(?!s)/i;
// "a drone attack on Tower 22 in Jordan killed three U.S. soldiers": likewise.
const ONE_EVENT_BEFORE = /\b(?:an?|the|that|this)\s+(?:[\w.'’-]+\s+){0,3}?(?:attack|strike|airstrike|explosion|blast|assault)\s+(?:[^,;]{0,40}?\s)?(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+)?$/i;
// "including 32 in Iraq", "three more in Syria", "28 directed at U.S. troops in Syria"
const CONTINUATION = new RegExp(`^\\s*(?:(?:more|others?|times|were|was|of\\s+them|directed|aimed|at|against|on|targeting|U\\.S\\.|US|American|troops|forces|bases)\\s+){0,6}in\\s+${DIRECTION}(?:${REGION_ALT})\\b`, "i");
const CONTINUATION_BLOCK = new RegExp(`^\\s*(?:[\\w.'’-]+\\s+){0,2}?${PEOPLE}\\b`, "i");

function matchTallies(ctx: SentenceContext): TallyCandidate[] {
  const cues = loadCues();
  // "not including the eight people injured in the latest attack" is not part of the total.
  const cut = /\b(?:not\s+including|excluding)\b/i.exec(ctx.text);
  const text = cut ? ctx.text.slice(0, cut.index) : ctx.text;
  // "By Friday there had been 36 attacks": the day the count was taken.
  const byDay = ctx.dates.filter((d) => /\bby\s+$/i.test(ctx.text.slice(Math.max(0, d.span.start - 4), d.span.start)));
  const windows = ctx.dates.filter((d) => d.role === "since" || d.role === "as_of" || d.precision === "range" || d.precision === "month" || byDay.includes(d));
  const dayEvent = eventDates(ctx).some((d) => d.precision === "day" && !byDay.includes(d));
  const cumulative = has(cues.cumulative, text) || windows.length > 0 || PERFECT.test(text);
  if (has(cues.outOfScopeContext, text) && !US_PEOPLE.test(text)) return [];
  // A sentence naming one region only ("attacking ships in the Red Sea since November, launching
  // more than 100 … attacks") gives it to its overall figure.
  const regionsNamed = new Set(ctx.places.filter((p) => p.span.end <= text.length && REGIONS.concat("Gulf of Aden").includes(p.country) && p.kind !== "base").map((p) => p.country));
  const soleRegion = regionsNamed.size === 1 ? [...regionsNamed][0]! : null;
  const strikers = usReferences(ctx).filter((r) => r.role === "striker");
  const out: TallyCandidate[] = [];
  const nums = ctx.numbers.filter((n) => n.value !== null && !n.vague && n.span.end <= text.length);
  nums.forEach((n, i) => {
    // "19 out of 21 service members": the 21 is the whole, not a count of its own.
    if (/\bout\s+of\s*$/i.test(text.slice(Math.max(0, n.span.start - 10), n.span.start))) return;
    const nextStart = nums[i + 1]?.span.start ?? text.length;
    const c: Context = {
      before: text.slice(Math.max(0, n.span.start - 60), n.span.start),
      after: text.slice(n.span.end, Math.min(nextStart, n.span.end + 90)),
      longAfter: text.slice(n.span.end, n.span.end + 90),
      usStriker: strikers.some((s) => s.end <= n.span.start && n.span.start - s.end < 60),
    };
    let metric = PATTERNS.find((p) => p.test(c))?.metric ?? null;
    // "including 32 in Iraq and 34 in Syria": the parts of the total just stated.
    if (!metric && out.length && CONTINUATION.test(c.after) && !CONTINUATION_BLOCK.test(c.after)) metric = out.at(-1)!.metric;
    if (!metric || n.value === null) return;
    // A total is cumulative; an event's own count ("attacked four times on Thursday") is not.
    const casualty = metric === "injured" || metric === "killed";
    if (casualty ? !cumulative && (dayEvent || !/\battacks\b/i.test(text)) : !cumulative || (dayEvent && windows.length === 0)) return;
    // "three US soldiers were killed in a drone attack in Jordan": one event's toll, not a running total.
    if (casualty && (ONE_EVENT_TOLL.test(c.longAfter) || ONE_EVENT_BEFORE.test(c.before))) return;
    const since = ctx.dates.find((d) => d.role === "since" || (d.precision === "range" && d.role !== "as_of" && !byDay.includes(d)));
    const asOf = ctx.dates.find((d) => d.role === "as_of" || d.role === "statement" || byDay.includes(d));
    const end = Math.min(text.length, n.span.end + (c.after.trim().length < 15 ? c.longAfter.length : c.after.length));
    out.push({
      sentenceIdx: ctx.idx,
      rule: "cumulative-tally",
      metric,
      value: n.value,
      qualifier: n.qualifier,
      region: regionAfter(c.after) ?? (metric === "attacks" || metric === "strikes" ? soleRegion : null),
      since: since ? (since.date ?? since.range?.[0] ?? null) : null,
      // A window ("between Oct. 17 and Nov. 2") ends when the count was taken; "since mid-October" does not.
      asOf: asOf ? (asOf.date ?? asOf.range?.[1] ?? null) : since?.precision === "range" && since.role !== "since" ? (since.range?.[1] ?? null) : ctx.published,
      span: relSpan(ctx.text, n.span.start, end),
    });
  });
  // "This is the 26th Houthi attack on commercial shipping lanes in the Red Sea since November 19":
  // an ordinal counted since a date is a total.
  const since = ctx.dates.find((d) => d.role === "since");
  const ordinal = ORDINAL_SINCE.exec(text);
  if (ordinal && since && !out.length) {
    const start = ordinal.index + ordinal[0].indexOf(ordinal[1]!);
    out.push({
      sentenceIdx: ctx.idx,
      rule: "cumulative-tally",
      metric: /strike/i.test(ordinal[2]!) ? "strikes" : "attacks",
      value: Number(ordinal[1]),
      qualifier: null,
      region: regionAfter(text.slice(ordinal.index + ordinal[0].length - ordinal[2]!.length)) ?? soleRegion,
      since: since.date ?? since.range?.[0] ?? null,
      asOf: ctx.dates.find((d) => d.role === "as_of" || d.role === "statement")?.date ?? ctx.published,
      span: relSpan(ctx.text, start, ordinal.index + ordinal[0].length),
    });
  }
  return out;
}

const ORDINAL_SINCE = /\bthe\s+(\d{1,3})(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?(attack|strike)\b(?=[^.;]*\bsince\b)/i;

export const cumulativeTally: TallyRule = {
  meta: {
    type: "tally",
    id: "cumulative-tally",
    description: "A running total of attacks, strikes, injured or killed, with the region of each part of a breakdown.",
    triggers: TRIGGERS,
  },
  match: matchTallies,
  examples: {
    valid: [
      {
        text: "American forces have been targeted at least 150 times since Oct. 17, including 65 in Iraq and 85 in Syria.",
        published: "2024-01-30",
        expect: [
          { metric: "attacks", value: 150, qualifier: "at least", region: null, since: "2023-10-17" },
          { metric: "attacks", value: 65, region: "Iraq" },
          { metric: "attacks", value: 85, region: "Syria" },
        ],
      },
      {
        text: "Some 70 U.S. troops have been wounded in the attacks so far, the Pentagon said.",
        published: "2023-12-01",
        expect: [{ metric: "injured", value: 70, qualifier: "about" }],
      },
      {
        text: "The strikes on militia positions have killed more than 40 fighters, while the militias have launched 90 attacks on American bases since mid-October.",
        published: "2023-12-20",
        expect: [{ metric: "attacks", value: 90, region: null }],
      },
      {
        text: "Washington has carried out four rounds of retaliation, including two separate air strikes in eastern Syria this month.",
        published: "2023-11-30",
        expect: [{ metric: "strikes", value: 2, region: "Syria" }],
      },
      {
        text: "Those attacks have wounded 45 American service members, and 12 of the 45 suffered brain injuries.",
        published: "2023-11-30",
        expect: [{ metric: "injured", value: 45 }],
      },
      {
        text: "Since Oct. 17, militants have attacked U.S. forces at least 73 times: 32 times in Iraq and 41 times in Syria.",
        published: "2023-11-24",
        expect: [
          { metric: "attacks", value: 73, qualifier: "at least", region: null, since: "2023-10-17" },
          { metric: "attacks", value: 32, region: "Iraq" },
          { metric: "attacks", value: 41, region: "Syria" },
        ],
      },
      {
        text: "It was the 12th Houthi attack on merchant vessels in the Gulf of Aden since Dec. 1, officials said.",
        published: "2023-12-20",
        expect: [{ metric: "attacks", value: 12, since: "2023-12-01" }],
      },
    ],
    invalid: [
      { text: "The war in Gaza has killed more than 20,000 people since October." },
      { text: "About 2,500 U.S. troops are stationed in Iraq." },
      { text: "US forces were attacked four times in Iraq and Syria on Thursday, Nov. 23, officials said." },
      { text: "Previously, the US three times airstrikes on the positions of militias in Syria." },
      { text: "ISIS attacks have killed 40 Iraqi soldiers in Diyala since January." },
      { text: "The militias fired three rockets and two drones on Thursday." },
      { text: "Two U.S. sailors were hurt in the Dec. 3 attack on the USS Carney, the Navy said." },
    ],
  },
};
