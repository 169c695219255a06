/**
 * cumulative-tally: a stated running total of attacks, strikes, injured or
 * killed (GUIDELINES §4), with one tally per region of a breakdown
 * ("including 32 in Iraq and 34 in Syria"). Each pattern row below reads
 * the words around one number; the first row that fits gives the metric.
 */
import { has, loadCues } from "../lexicon/cues.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import type { TallyCandidate, TallyRule } from "./rule.js";
import type { TallyMetric } from "../types.js";
import { eventDates } from "../fields/eventDates.js";
import { relSpan } from "../fields/spans.js";
import { usReferences } from "../fields/usReferences.js";
import { tallyVocabulary, type TallyVocabulary } from "./tally/vocabulary.js";


const REGIONS = ["Iraq", "Syria", "Jordan", "Yemen", "Red Sea"];
const REGION_ALT = "Iraq|Syria|Jordan|Yemen|the\\s+Red\\s+Sea";
const DIRECTION = "(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\\s+|central\\s+)?";
const WORD = "[\\w.'’-]+";

interface Context {
  value: number;
  /** 60 characters before the number. */
  before: string;
  /** `before` from the last colon or semicolon: the number's clause. */
  clauseBefore: string;
  /** Likewise, 160 characters ("the number of attacks against … has risen to 66"). */
  wideBefore: string;
  /** Up to the next number. */
  after: string;
  /** 90 characters, across numbers ("19 out of 21 American service members …"). */
  longAfter: string;
  usStriker: boolean;
  /** The sentence names the US side ("U.S. bases", "American troops"). */
  usSentence: boolean;
}

/** One way a sentence states a total: the metric, the test, and why. */
interface TallyPattern {
  metric: TallyMetric | ((c: Context) => TallyMetric | null);
  reason: string;
  test: (c: Context) => boolean;
  /** The wording itself says a running total ("raised the tally of attacks to 143"), even beside a day. */
  statesTotal?: boolean;
  /** How far the evidence reaches before and after the number, when the wording spans more than its noun. */
  reach?: (c: Context) => { before: number; after: number };
}

/** The patterns, compiled once per cue file from its vocabulary. */
interface Compiled {
  patterns: TallyPattern[];
  continuation: RegExp;
  continuationBlock: RegExp;
  ordinal: RegExp;
  subset: RegExp;
  eventCount: RegExp;
  twoRegions: RegExp;
  perfect: RegExp;
  usMarker: RegExp;
  strikeNoun: RegExp;
  singularKill: RegExp;
  /** "… were killed in a drone attack", "… wounded, one critically, in the Jan. 28 strike": the toll of one episode. */
  oneEventToll: RegExp;
  /** "a drone attack on Tower 22 in Jordan killed three U.S. soldiers", "the strike that led to the deaths of three": likewise. */
  oneEventBefore: RegExp;
}

const compiledFor = new WeakMap<TallyVocabulary, Compiled>();

function compile(v: TallyVocabulary): Compiled {
  const known = compiledFor.get(v);
  if (known) return known;
  // Words allowed between a number and its noun: listed modifiers, names ("Houthi"), compounds ("small-scale").
  const MODS = `(?:(?:${v.modifiers}|[A-Z][\\w'’]+|\\w+-\\w+)\\s+|,\\s*)*?`;
  const people = `(?:${v.usPeople}|${v.otherPeople})`;
  const nounAfter = (noun: string): RegExp => new RegExp(`^\\s*${MODS}(${noun})`);
  const strikesAfter = nounAfter(v.noun.strikes);
  const attacksAfter = nounAfter(v.noun.attacks);
  const timesAfter = new RegExp(`^\\s*["“”']?\\s*${MODS}(?:${v.times})`, "i");
  // "wounding 24 soldiers", "the deaths of three US soldiers": the casualty words of cues.json before the number.
  const injuredVerbEnd = new RegExp(`(?:${v.injuredBefore})\\s*$`, "i");
  const killedVerbEnd = new RegExp(`(?:${v.killedBefore}|lives\\s+of)\\s*$`, "i");
  const verbEnd = new RegExp(`(?:${v.attackVerbs})\\s*$`, "i");
  const objectAfter = new RegExp(`^\\s*${MODS}(?:${v.attackedObjects})`, "i");
  const partitiveNoun = new RegExp(`^\\s*(?:${v.partitive})\\s+(?:${WORD}\\s+){0,2}?(${v.noun.attacks}|${v.noun.strikes})`, "i");
  const casualtyNounAfter = new RegExp(`^\\s*(${v.noun.injured}|${v.noun.killed})(?!\\s+(?:in|by|during|when)\\b)`, "i");
  const peopleHead = new RegExp(`^\\s*(?:(?:${v.partitive})\\s+)?((?:${WORD}\\s+){0,3}?)(${people})`, "i");
  const otherPeopleOnly = new RegExp(`^(?:${v.otherPeople})$`, "i");
  const usMarkerOnly = new RegExp(`^(?:${v.usMarkers})$`, "i");
  const usMarkerAny = new RegExp(v.usMarkers, "i");
  const metricNoun = (["attacks", "strikes", "injured", "killed"] as const).map((m) => [m, new RegExp(`^(?:${v.noun[m]})$`, "i")] as const);
  // "wounding 24 soldiers": a US noun needs the sentence to be about the US side, and no other nationality before it ("40 Iraqi soldiers").
  const peopleOk = (c: Context, phrase: string): boolean => {
    const m = peopleHead.exec(phrase);
    if (!m) return false;
    if (otherPeopleOnly.test(m[2]!)) return true;
    const mods = m[1]!.trim();
    const foreign = mods.split(/\s+/).some((w) => /^[A-Z]/.test(w) && !usMarkerOnly.test(w));
    return !foreign && (c.usSentence || usMarkerAny.test(mods));
  };
  const injuredAfter = new RegExp(`^\\s*(?:(?:${v.partitive})\\s+)?(?:out\\s+of\\s+\\d+\\s+)?(?:${WORD}\\s+){0,3}?(?:${people})[^.;]{0,50}?(?:${v.noun.injured})`, "i");
  const killedAfter = new RegExp(`^\\s*(?:(?:${v.partitive})\\s+)?(?:${WORD}\\s+){0,3}?(?:${people})[^.;]{0,30}?(?:${v.noun.killed})`, "i");
  const nounMetric = (noun: string): TallyMetric | null =>
    metricNoun.find(([, re]) => re.test(noun))?.[0] ?? null;
  const agrees = (c: Context, noun: string): boolean => c.value === 1 || /s$/i.test(noun) || /^(?:dead|injured|wounded|hurt|killed)$/i.test(noun);
  const usTarget = new RegExp(`^\\s*(?:on|against|targeting|at)\\s+(?:${WORD}\\s+){0,2}?(?:${v.usMarkers})`, "i");
  const rise = new RegExp(`\\b(?:${v.totalNouns})\\s+of\\s+(?:${WORD}\\s+){0,3}?(${v.noun.attacks}|${v.noun.strikes}|${v.noun.injured}|${v.noun.killed})[^;]{0,100}?(?:${v.riseVerbs})\\s*$`, "i");
  // The metric of a phrase is its first metric word: "American service members hurt in such attacks" counts the hurt.
  const metricWords = new RegExp(`\\b(?:(${v.noun.attacks})|(${v.noun.strikes})|(${v.noun.injured})|(${v.noun.killed}))\\b`, "i");
  const timesWord = new RegExp(`\\b(?:${v.times})\\b`, "i");
  const attackVerb = new RegExp(`\\b(?:${v.attackVerbs})\\b`, "i");
  const firstMetric = (phrase: string): TallyMetric | null => {
    const m = metricWords.exec(phrase);
    // "the number of times US forces have been targeted"
    if (!m) return timesWord.test(phrase) && attackVerb.test(phrase) ? "attacks" : null;
    return m[1] ? "attacks" : m[2] ? "strikes" : m[3] ? "injured" : "killed";
  };
  // "brings to 56 the number of …": the verb before the number, the counted noun after it.
  const bringTo = new RegExp(`\\b(?:${v.bringVerbs})\\s+to\\s*$`, "i");
  const totalOfAfter = new RegExp(`^\\s*(?:the\\s+)?(?:(?:total|overall)\\s+)?(?:${v.totalNouns})\\s+of\\s+([^;]{0,80})`, "i");
  // "raising the total number of attacks on U.S. forces to 105".
  const bringTotal = new RegExp(`\\b(?:${v.bringVerbs})\\s+(?:the|its|their)\\s+(?:(?:total|overall)\\s+)?(?:${v.totalNouns})\\s+of\\s+([^;]{0,100}?)\\s+to\\s*$`, "i");
  // Of two casualty words after the people, the nearer one is theirs: "three soldiers killed and dozens wounded".
  const nearerThan = (a: RegExp, b: RegExp, s: string): boolean => {
    const ma = a.exec(s);
    const mb = b.exec(s);
    return !!ma && (!mb || ma[0].length <= mb[0].length);
  };
  const ellipsis = new RegExp(`^\\s*(?:more\\s+)?(?:(?:were|was|have\\s+been|had\\s+been)\\s+)?(${v.noun.injured}|${v.noun.killed})\\b`, "i");
  const peopleCasualty = new RegExp(`(?:${people})[^.;]{0,50}?(?:${v.noun.injured}|${v.noun.killed})`, "i");
  const activePerfect = new RegExp(`\\b(?:has|have|had)\\s+(?:(?!been\\b)\\w+\\s+){0,2}?(?:${v.attackVerbs})(?:\\s+${WORD}){0,14}\\s*$`, "i");
  const attackVerbBefore = new RegExp(`(?:${v.attackVerbs})(?:\\s+${WORD}){0,14}\\s*["“”']?\\s*$`, "i");
  const patterns: TallyPattern[] = [
    {
      metric: (c) => (usTarget.test(c.after.slice(strikesAfter.exec(c.after)![0].length)) && !c.usStriker ? "attacks" : "strikes"),
      reason: `"three separate air strikes"; "a dozen strikes on U.S. bases" are attacks`,
      test: (c) => {
        const m = strikesAfter.exec(c.after);
        return !!m && agrees(c, m[1]!);
      },
    },
    {
      metric: "strikes",
      reason: `the US as subject: "has launched three retaliatory attacks"`,
      test: (c) => c.usStriker && attacksAfter.test(c.after),
    },
    {
      metric: "attacks",
      reason: `"76 attacks", "100 drone and missile attacks" (not "12 attack drones")`,
      test: (c) => {
        const m = attacksAfter.exec(c.after);
        return !!m && agrees(c, m[1]!);
      },
    },
    {
      metric: (c) => (c.usStriker && activePerfect.test(c.wideBefore) ? "strikes" : "attacks"),
      reason: `"attacked approximately 66 times"; "the US has struck Houthi targets at least eight times" is strikes (not the headline "US Troops Attacked 55 Times"), "attacked U.S. troops in the region over 150 times" (not "viewed 1,200 times")`,
      test: (c) =>
        timesAfter.test(c.after) && attackVerbBefore.test(c.wideBefore),
    },
    {
      metric: (c) => (c.usStriker ? "strikes" : "attacks"),
      reason: `"the militia has attacked 48 ships"`,
      test: (c) => verbEnd.test(c.before) && objectAfter.test(c.after),
    },
    {
      metric: (c) => nounMetric(rise.exec(c.wideBefore)![1]!),
      reason: `"the number of attacks … has risen to 66"`,
      statesTotal: true,
      reach: (c) => ({ before: c.wideBefore.length - rise.exec(c.wideBefore)!.index, after: 0 }),
      test: (c) => rise.test(c.wideBefore),
    },
    {
      metric: (c) => firstMetric(totalOfAfter.exec(c.after)![1]!),
      reason: `"brings to 56 the number of American service members hurt in such attacks"`,
      statesTotal: true,
      reach: (c) => ({ before: c.before.length - bringTo.exec(c.before)!.index, after: totalOfAfter.exec(c.after)![0].length }),
      test: (c) => bringTo.test(c.before) && firstMetric(totalOfAfter.exec(c.after)?.[1] ?? "") !== null,
    },
    {
      metric: (c) => firstMetric(bringTotal.exec(c.wideBefore)![1]!),
      reason: `"raising the total number of attacks on U.S. forces to 105"`,
      statesTotal: true,
      reach: (c) => ({ before: c.wideBefore.length - bringTotal.exec(c.wideBefore)!.index, after: 0 }),
      test: (c) => firstMetric(bringTotal.exec(c.wideBefore)?.[1] ?? "") !== null,
    },
    {
      metric: (c) => nounMetric(partitiveNoun.exec(c.after)![1]!),
      reason: `"29 of the attacks were in Iraq"`,
      test: (c) => partitiveNoun.test(c.after),
    },
    {
      metric: "injured",
      reason: `"injured 62 US military personnel", "wounding 24 soldiers"`,
      test: (c) => injuredVerbEnd.test(c.before) && peopleOk(c, c.after),
    },
    {
      metric: "killed",
      reason: `"the deaths of three US soldiers", "have killed three mariners"`,
      test: (c) => killedVerbEnd.test(c.before) && peopleOk(c, c.after),
    },
    {
      metric: "injured",
      reason: `"56 U.S. service members have suffered wounds", "19 out of 21 American service members had sustained injuries"`,
      test: (c) => nearerThan(injuredAfter, killedAfter, c.longAfter) && peopleOk(c, c.longAfter.replace(/^\s*out\s+of\s+\d+/i, "")),
    },
    {
      metric: "killed",
      reason: `"three US soldiers have been killed", "at least 22 of its fighters have been killed"`,
      test: (c) => killedAfter.test(c.after) && peopleOk(c, c.after),
    },
    {
      metric: (c) => firstMetric(ellipsis.exec(c.after)![1]!),
      reason: `"70 U.S. service members have been wounded and three killed": the people of the figure before`,
      test: (c) => ellipsis.test(c.after) && /\band\s+$/i.test(c.before) && peopleCasualty.test(c.wideBefore),
    },
    {
      metric: (c) => nounMetric(casualtyNounAfter.exec(c.after)![1]!),
      reason: `"21 injuries have been acknowledged", "the attacks have resulted in 59 injuries"`,
      // A noun, not a participle: "five killed in Kirkuk" is one event's toll.
      test: (c) => !/^(?:injured|hurt|killed|died)$/i.test(casualtyNounAfter.exec(c.after)?.[1] ?? "injured"),
    },
  ];
  const compiled: Compiled = {
    patterns,
    oneEventToll: new RegExp(
      `^[^;]{0,60}?\\b(?:${v.tollWords})(?:,[^,]{1,30},)?\\s+(?:in|by|during)\\s+(?:an?|the|that|this|two|three|both)\\s+(?:${WORD}\\s+){0,3}?(?:${v.oneEventNouns})\\b(?!s)`,
      "i",
    ),
    oneEventBefore: new RegExp(
      `\\b(?:an?|the|that|this|\\d+)\\s+(?:${WORD}\\s+){0,3}?(?:${v.oneEventNouns})\\s+(?:[^,;]{0,70}?\\s)?(?:(?:that|which)\\s+)?(?:${v.tollVerbs})\\s+(?:at\\s+least\\s+|more\\s+than\\s+)?$`,
      "i",
    ),
    // "including 32 in Iraq", "three more in Syria", "nine separate times in Syria", "(and) four separate times in Syria"
    continuation: new RegExp(`^\\s*["“”')]?\\s*(?:(?:${v.modifiers}|others?|${v.times}|were|was|of\\s+them|directed|aimed|at|against|on|targeting|U\\.S\\.|US|American|troops|forces|bases)\\s+){0,6}in\\s+${DIRECTION}(?:${REGION_ALT})\\b`, "i"),
    usMarker: new RegExp(v.usMarkers, "i"),
    // "has launched", "have carried out": totals are told in the present perfect. (Not the past perfect of
    // reported speech: "the group had carried out two separate attacks" tells one episode.)
    perfect: new RegExp(`\\b(?:have|has)\\s+(?:(?:also|now|so\\s+far|already|in\\s+turn|in\\s+total|collectively)\\s+)?(?:${v.perfectVerbs})`, "i"),
    strikeNoun: new RegExp(`^(?:${v.noun.strikes})$`, "i"),
    continuationBlock: new RegExp(`^\\s*(?:${WORD}\\s+){0,2}?(?:${people})`, "i"),
    // "the 27th attack by the group since Nov. 19", "the 14th and 15th attacks on commercial shipping since …"
    ordinal: new RegExp(`\\bthe\\s+(\\d{1,3})(?:st|nd|rd|th)(?:\\s*(?:,|and|&)\\s*(\\d{1,3})(?:st|nd|rd|th))*\\s+(?:${WORD}\\s+){0,3}?(${v.noun.attacks}|${v.noun.strikes})(?=[^.;]*\\bsince\\b)`, "i"),
    subset: new RegExp(`(?:${v.subsetOf})\\s*$`, "i"),
    eventCount: new RegExp(`(?:${v.eventCount})\\s*$`, "i"),
    // "in Iraq and Syria", "in Iraq and adjacent Syria": two regions together are the overall figure.
    twoRegions: new RegExp(`^\\s*(?:,|and|or|&)\\s*(?:[a-z][\\w-]*\\s+){0,2}?(?:${REGION_ALT})\\b`, "i"),
    // "wounding 24 soldiers and killing a civilian contractor": one, said with an article.
    singularKill: new RegExp(`\\b(killing|killed|wounding|wounded|injuring|injured)\\s+(${v.singular})\\s+(?:${WORD}\\s+){0,2}?(?:${people})\\b`, "i"),
  };
  compiledFor.set(v, compiled);
  return compiled;
}

const REGION_AFTER = new RegExp(`^[^0-9]{0,60}?\\bin\\s+${DIRECTION}(${REGION_ALT})\\b`, "i");

/** The region right after a number ("32 in Iraq", "three more in eastern Syria"); two regions together are the overall figure. */
function regionAfter(text: string, twoRegions: RegExp): string | null {
  const m = REGION_AFTER.exec(text);
  if (!m) return null;
  if (twoRegions.test(text.slice(m.index + m[0].length))) return null;
  return REGIONS.find((r) => r.toLowerCase() === m[1]!.toLowerCase().replace(/^the\s+/, "")) ?? null;
}

const DAY_MS = 86_400_000;
const clause = (before: string): string => before.slice(Math.max(before.lastIndexOf(":"), before.lastIndexOf(";")) + 1);
// "since the start of the Oct. 7 war", "since last October 17", "since their attacks began on the 19th of November".
const SINCE_BEFORE = /\bsince\b[^.;]{0,200}$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:[^.;]{0,40}\s(?:and|to)\s+)?$/i;

function matchTallies(ctx: SentenceContext): TallyCandidate[] {
  const v = tallyVocabulary();
  const x = compile(v);
  // "not including the eight people injured in the latest attack" is not part of the total.
  const cut = (() => {
    v.excluding.lastIndex = 0;
    return v.excluding.exec(ctx.text);
  })();
  const text = cut ? ctx.text.slice(0, cut.index) : ctx.text;
  // "By Friday there had been 36 attacks": the day the count was taken.
  const byDay = ctx.dates.filter((d) => /\bby\s+$/i.test(ctx.text.slice(Math.max(0, d.span.start - 4), d.span.start)));
  // "since the start of the Oct. 7 war", "since last October 17": the day a count starts from.
  // "between Oct. 17 and Tuesday": both ends of a counting window.
  const sinceAnchored = ctx.dates.filter(
    (d) => d.precision === "day" && (SINCE_BEFORE.test(ctx.text.slice(0, d.span.start)) || BETWEEN_BEFORE.test(ctx.text.slice(Math.max(0, d.span.start - 60), d.span.start))),
  );
  const asOfDay = ctx.dates.find((d) => d.role === "as_of" || d.role === "statement" || byDay.includes(d))?.date ?? ctx.published;
  // "attacked four times over the past 24 hours" counts one day's events, not a running total.
  const shortWindow = (d: (typeof ctx.dates)[number]): boolean => {
    const from = d.role === "since" ? d.date : d.precision === "range" ? (d.range?.[0] ?? null) : null;
    const to = d.role === "since" ? asOfDay : (d.range?.[1] ?? null);
    // "the past 24 hours" is short even when the article's date is unknown; a "since" on the very day
    // the count was given says the publication date is wrong, not that the count is a day's.
    if (d.precision === "range" && /\b(?:hours?|overnight)\b/i.test(d.span.text)) return true;
    const days = from && to ? Date.parse(to) - Date.parse(from) : NaN;
    return days <= DAY_MS && (d.role !== "since" || days > 0);
  };
  const windows = ctx.dates.filter(
    (d) => !shortWindow(d) && (d.role === "since" || d.role === "as_of" || d.precision === "range" || d.precision === "month" || byDay.includes(d) || sinceAnchored.includes(d)),
  );
  const onlyShort = ctx.dates.some(shortWindow) && windows.length === 0;
  const dayEvent = eventDates(ctx).some((d) => d.precision === "day" && !byDay.includes(d) && !sinceAnchored.includes(d));
  const cumulative = !onlyShort && (has(v.cumulative, text) || windows.length > 0 || x.perfect.test(text));
  const usSentence = x.usMarker.test(text);
  if (has(loadCues().outOfScopeContext, text) && !usSentence) return [];
  // A sentence naming one region only ("attacking ships in the Red Sea since November, launching
  // more than 100 … attacks") gives it to its overall figure.
  const regionsNamed = new Set(ctx.places.filter((p) => p.span.end <= text.length && REGIONS.concat("Gulf of Aden").includes(p.country) && p.kind !== "base").map((p) => p.country));
  const soleRegion = regionsNamed.size === 1 ? [...regionsNamed][0]! : null;
  const strikers = usReferences(ctx).filter((r) => r.role === "striker");
  const out: TallyCandidate[] = [];
  const since = ctx.dates.find((d) => !shortWindow(d) && (d.role === "since" || sinceAnchored.includes(d) || (d.precision === "range" && d.role !== "as_of" && !byDay.includes(d))));
  const asOf = ctx.dates.find((d) => d.role === "as_of" || d.role === "statement" || byDay.includes(d));
  const sinceDate = since ? (since.date ?? since.range?.[0] ?? null) : null;
  // A window ("between Oct. 17 and Nov. 2") ends when the count was taken; "since mid-October" does not.
  const asOfDate = asOf ? (asOf.date ?? asOf.range?.[1] ?? null) : since?.precision === "range" && since.role !== "since" ? (since.range?.[1] ?? null) : ctx.published;
  // Attacks on shipping are the Red Sea campaign's ("the 15th attack on commercial shipping since …").
  const shippingRegion = (phrase: string): string | null => (has(v.shipping, phrase) ? (soleRegion === "Gulf of Aden" || soleRegion === "Red Sea" ? soleRegion : "Red Sea") : null);
  const push = (metric: TallyMetric, value: number, qualifier: TallyCandidate["qualifier"], region: string | null, start: number, end: number): void => {
    out.push({ sentenceIdx: ctx.idx, rule: "cumulative-tally", metric, value, qualifier, region, since: sinceDate, asOf: asOfDate, span: relSpan(ctx.text, start, end) });
  };
  const nums = ctx.numbers.filter((n) => n.value !== null && n.value > 0 && !n.vague && n.span.end <= text.length);
  nums.forEach((n, i) => {
    // "19 out of 21 service members": the 21 is the whole, not a count of its own.
    if (/\bout\s+of\s*$/i.test(text.slice(Math.max(0, n.span.start - 10), n.span.start))) return;
    const nextStart = nums[i + 1]?.span.start ?? text.length;
    const before = text.slice(Math.max(0, n.span.start - 60), n.span.start);
    const c: Context = {
      value: n.value!,
      before,
      clauseBefore: clause(before),
      wideBefore: clause(text.slice(Math.max(0, n.span.start - 160), n.span.start)),
      after: text.slice(n.span.end, Math.min(nextStart, n.span.end + 90)),
      longAfter: text.slice(n.span.end, n.span.end + 90),
      usStriker: strikers.some((s) => s.end <= n.span.start && n.span.start - s.end < 60),
      usSentence,
    };
    const pattern = x.patterns.find((p) => p.test(c));
    let metric = pattern ? (typeof pattern.metric === "function" ? pattern.metric(c) : pattern.metric) : null;
    const region = regionAfter(c.after, x.twoRegions);
    // "including 32 in Iraq and 34 in Syria": the parts of the total just stated.
    const continues = !metric && out.length > 0 && x.continuation.test(c.after) && !x.continuationBlock.test(c.after);
    if (continues) metric = out.at(-1)!.metric;
    if (!metric) return;
    // "59 injuries, including at least 27 personnel who …": a part without a region of its own is not another total.
    if (out.some((o) => o.metric === metric) && !region && x.subset.test(text.slice(Math.max(0, n.span.start - 20), n.span.start))) return;
    const casualty = metric === "injured" || metric === "killed";
    // "29 of the attacks were in Iraq": a breakdown of a total stated before.
    const breakdown = (continues || /^\s*of\s/i.test(c.after)) && region !== null;
    // "claimed more than a dozen attacks": a bounded count of attacks is a total, not one event.
    const bounded = !casualty && (n.qualifier === "more than" || n.qualifier === "at least") && !dayEvent;
    // A total is cumulative; an event's own count ("attacked four times on Thursday") is not.
    if (casualty) {
      if (!cumulative && (dayEvent || onlyShort || !/\battacks\b/i.test(text) || x.eventCount.test(c.before))) return;
      // "five fighters killed in Kirkuk on 3 December", "killing 3 US soldiers in Jordan": one day's or one place's toll.
      if ((dayEvent && windows.length === 0) || region) return;
      // "three US soldiers were killed in a drone attack in Jordan": one event's toll, not a running total.
      if (x.oneEventToll.test(c.longAfter) || x.oneEventBefore.test(c.wideBefore)) return;
    } else if (!breakdown && !bounded && !pattern?.statesTotal && (!cumulative || (dayEvent && windows.length === 0))) return;
    const end = Math.min(text.length, n.span.end + (c.after.trim().length < 15 ? c.longAfter.length : c.after.length));
    const phrase = text.slice(n.span.end, Math.min(text.length, n.span.end + 120)).split(/[.;]/)[0]!;
    const r = region ?? (metric === "attacks" || metric === "strikes" ? (metric === "attacks" ? shippingRegion(phrase) : null) ?? soleRegion : null);
    const reach = pattern?.reach?.(c);
    push(metric, n.value!, n.qualifier, r, n.span.start - (reach?.before ?? 0), Math.max(end, n.span.end + (reach?.after ?? 0)));
  });
  // "wounding 24 soldiers and killing a civilian contractor" in a sentence of totals: one.
  if (out.length) {
    const one = x.singularKill.exec(text);
    const metric: TallyMetric | null = one ? (/^kill/i.test(one[1]!) ? "killed" : "injured") : null;
    if (one && metric && !out.some((o) => o.metric === metric)) {
      const start = one.index + one[0].indexOf(one[2]!, one[1]!.length);
      push(metric, 1, null, null, start, one.index + one[0].length);
    }
  }
  // "This is the 26th Houthi attack on commercial shipping lanes in the Red Sea since November 19":
  // an ordinal counted since a date is a total (the last of "the 14th and 15th attacks").
  const ordinal = x.ordinal.exec(text);
  if (ordinal && (since || /\bsince\b/i.test(text.slice(ordinal.index))) && !out.length) {
    const last = ordinal[2] ?? ordinal[1]!;
    const start = ordinal.index + ordinal[0].lastIndexOf(last, ordinal[0].length - ordinal[3]!.length);
    const phrase = text.slice(ordinal.index + ordinal[0].length - ordinal[3]!.length).split(/[.;]/)[0]!;
    const strike = x.strikeNoun.test(ordinal[3]!);
    push(strike ? "strikes" : "attacks", Number(last), null, regionAfter(phrase, x.twoRegions) ?? (strike ? null : shippingRegion(phrase)), start, ordinal.index + ordinal[0].length);
  }
  return out;
}

export const cumulativeTally: TallyRule = {
  meta: {
    type: "tally",
    id: "cumulative-tally",
    description: "A running total of attacks, strikes, injured or killed, with the region of each part of a breakdown.",
    // A sentence without a count noun, an attack verb or a target noun cannot state a total.
    triggers: ["tallyNouns.attacks", "tallyNouns.times", "tallyNouns.injured", "tallyNouns.killed", "tallyNouns.strikes", "tallyCues.attackedObjects"],
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
        // The fighters the strikes killed are a tally too: the strikes are part of this conflict.
        expect: [
          { metric: "killed", value: 40, qualifier: "more than" },
          { metric: "attacks", value: 90, region: null },
        ],
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
