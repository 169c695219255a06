/**
 * The scorer of SCORING.md as pure functions: pairs gold and output events
 * per article with an exact maximum-weight bipartite matching, then computes
 * micro precision / recall / F1, field accuracies, evidence accuracy, tally
 * P/R/F1 and publication-date accuracy, and lists what was missed or
 * spurious. No I/O here; see loadAnswers.ts and formatReport.ts.
 *
 * Choices where SCORING.md leaves room (all deliberate):
 * - Date compatibility with a gold `date_range` accepts any output date
 *   inside the range widened by one day at each end, not only dates near
 *   its two ends: a date inside the range is what the field score calls
 *   right, so it must be able to pair.
 * - An output event with a null `date` is compatible only with gold whose
 *   `date` is null too (gold with no date at all, or with only a window);
 *   when both sides give a `date_range` the windows must overlap (±1 day).
 *   Gold with a definite day never pairs with an undated output. This
 *   keeps self-scoring of window-only gold at 1.0.
 * - The `date` field is right when the output date equals the gold date or
 *   lies inside the gold `date_range`, and also when both dates are null
 *   (null = null, as for the other fields).
 * - Rates with a zero denominator are `null` (printed "-"); F1 is `null`
 *   when P or R is, and 0 when both are 0.
 */

import { SitrepError } from "../errors.js";
import type { AnswerArticle, AnswerEvent, AnswerTally, EventKind, TallyMetric } from "../types.js";
import { actorsEqual, countriesAgree, normalizeCountry, placesEqual } from "./normalize.js";

/** Which of the six compared fields of a pair agree. */
export interface FieldAgreement {
  date: boolean;
  place: boolean;
  actor: boolean;
  weapons: boolean;
  killed: boolean;
  injured: boolean;
}

/** The field names of FieldAgreement, in report order. */
export const FIELD_NAMES = ["date", "place", "actor", "weapons", "killed", "injured"] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** An event named in the missed / spurious lists. */
export interface EventRef {
  article: string;
  /** Index of the event in its article's `events`. */
  index: number;
  kind: EventKind;
  date: string | null;
  dateRange: [string, string] | null;
  place: string | null;
  actor: string | null;
  /** First evidence string, or null when there is none. */
  evidence: string | null;
}

/** A tally named in the missed / spurious lists. */
export interface TallyRef {
  article: string;
  index: number;
  metric: TallyMetric;
  value: number;
  region: string | null;
  evidence: string | null;
}

/** One chosen pair of gold and output events. */
export interface PairDetail {
  article: string;
  goldIndex: number;
  outputIndex: number;
  /** True when the gold event is umbrella or optional: neither right nor wrong. */
  neutral: boolean;
  fields: FieldAgreement;
  /** Evidence right (always computed; only counted for ordinary gold). */
  evidence: boolean;
}

/** Incident scores (eval/incidents.ts, SCORING.md "Incidents"). */
export interface IncidentScore {
  /** Pairs of paired events from different articles that were scored. */
  pairs: number;
  skipped: number;
  outputSame: number;
  goldSame: number;
  bothSame: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Pairs linked by the pipeline but not by gold, and the reverse (output article#event index). */
  wrongLinks: Array<[string, string]>;
  missedLinks: Array<[string, string]>;
}

/** Everything the scorer computes; formatReport.ts prints it. */
export interface EvalReport {
  /** Number of gold articles scored. */
  articles: number;
  /** Gold articles with no output article (all their gold counts as missed). */
  articlesWithoutOutput: string[];
  /** Output articles with no gold article (ignored). */
  outputOnlyArticles: string[];
  /** Ordinary gold events (neither umbrella nor optional): the recall denominator. */
  goldEvents: number;
  /** Umbrella or optional gold events (not counted). */
  goldNeutralEvents: number;
  /** Output events in gold articles. */
  outputEvents: number;
  /** Pairs with ordinary gold (true positives). */
  pairs: number;
  /** Pairs with umbrella or optional gold (removed from the precision denominator). */
  neutralPairs: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Field accuracies over the pairs with ordinary gold. */
  fields: Record<FieldName, number | null>;
  /** Share of pairs with ordinary gold whose evidence is right. */
  evidence: number | null;
  tallies: {
    gold: number;
    output: number;
    pairs: number;
    precision: number | null;
    recall: number | null;
    f1: number | null;
  };
  /** Gold articles whose output `published` equals gold. */
  publishedRight: number;
  /** publishedRight / articles. */
  publishedAcc: number | null;
  /** Ordinary gold events left unpaired. */
  missed: EventRef[];
  /** Output events paired with nothing. */
  spurious: EventRef[];
  missedTallies: TallyRef[];
  spuriousTallies: TallyRef[];
  /** Every chosen pair, for drilling into field errors. */
  pairDetails: PairDetail[];
  /** Incident scores, when an incidents file was given (eval/incidents.ts). */
  incidents?: IncidentScore;
}

// ---------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

/** Day number of a `YYYY-MM-DD` string, or null when absent or not a real date. */
function dayNumber(s: unknown): number | null {
  if (typeof s !== "string") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const dt = new Date(t);
  // Reject dates Date.UTC silently rolls over (2023-02-30).
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return Math.round(t / DAY_MS);
}

/** A `date_range` as day numbers (ordered), or null when absent or malformed. */
function dayRange(r: unknown): [number, number] | null {
  if (!Array.isArray(r) || r.length !== 2) return null;
  const a = dayNumber(r[0]);
  const b = dayNumber(r[1]);
  if (a === null || b === null) return null;
  return a <= b ? [a, b] : [b, a];
}

/** SCORING.md events item 1, date part (see the module header for null dates). */
export function datesCompatible(gold: AnswerEvent, out: AnswerEvent): boolean {
  const gd = dayNumber(gold.date);
  const gr = dayRange(gold.date_range);
  if (gd === null && gr === null) return true;
  const od = dayNumber(out.date);
  if (od === null) {
    if (gd !== null || gr === null) return false;
    const or = dayRange(out.date_range);
    if (or === null) return true;
    return or[0] <= gr[1] + 1 && or[1] >= gr[0] - 1;
  }
  if (gd !== null && Math.abs(od - gd) <= 1) return true;
  if (gr !== null && od >= gr[0] - 1 && od <= gr[1] + 1) return true;
  return false;
}

/** Date field score: equal to the gold date, inside the gold range, or both null. */
function dateRight(gold: AnswerEvent, out: AnswerEvent): boolean {
  const od = dayNumber(out.date);
  if (od === null) return (gold.date ?? null) === null && (out.date ?? null) === null;
  const gd = dayNumber(gold.date);
  if (gd !== null && od === gd) return true;
  const gr = dayRange(gold.date_range);
  return gr !== null && od >= gr[0] && od <= gr[1];
}

// ---------------------------------------------------------------------------
// Event comparison

/** SCORING.md events item 1: same kind, compatible dates, agreeing countries. */
export function canPair(gold: AnswerEvent, out: AnswerEvent): boolean {
  return gold.kind === out.kind && datesCompatible(gold, out) && countriesAgree(gold.country, out.country);
}

function weaponSet(e: AnswerEvent): Set<string> {
  return new Set(Array.isArray(e.weapons) ? e.weapons.filter((w) => typeof w === "string") : []);
}

function setsEqual(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Compare the six scored fields of a gold and an output event. */
export function fieldAgreement(gold: AnswerEvent, out: AnswerEvent): FieldAgreement {
  return {
    date: dateRight(gold, out),
    place: placesEqual(gold.place, out.place),
    actor: actorsEqual(gold.actor, out.actor),
    weapons: setsEqual(weaponSet(gold), weaponSet(out)),
    killed: (gold.killed ?? null) === (out.killed ?? null),
    injured: (gold.injured ?? null) === (out.injured ?? null),
  };
}

function agreeCount(f: FieldAgreement): number {
  let n = 0;
  for (const k of FIELD_NAMES) if (f[k]) n++;
  return n;
}

/** Evidence strings of an event, tolerating a bare string or a missing field. */
function evidenceList(e: { evidence?: unknown }): string[] {
  const ev = e.evidence;
  if (typeof ev === "string") return [ev];
  if (Array.isArray(ev)) return ev.filter((x): x is string => typeof x === "string");
  return [];
}

function foldSpace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Evidence is right when some output string contains a gold quote or is
 * contained in one, white space folded. Empty strings never match (an
 * empty string is "contained" in everything).
 */
export function evidenceMatches(goldQuotes: readonly string[], outEvidence: readonly string[]): boolean {
  const gs = goldQuotes.map(foldSpace).filter((s) => s !== "");
  const os = outEvidence.map(foldSpace).filter((s) => s !== "");
  return os.some((o) => gs.some((g) => o.includes(g) || g.includes(o)));
}

function isNeutral(gold: AnswerEvent): boolean {
  return gold.umbrella === true || gold.optional === true;
}

// ---------------------------------------------------------------------------
// Matching

/**
 * Maximum-weight bipartite matching on a rows × columns weight matrix
 * (Hungarian algorithm, O(n²m)). Weights ≤ 0 mean "cannot pair"; the
 * result lists `[row, column]` pairs with positive weight, whose total
 * weight is the maximum over all matchings. Exact, not greedy.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[]): Array<[number, number]> {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  if (rows === 0 || cols === 0) return [];
  // The algorithm below needs rows ≤ columns; transpose otherwise.
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const w = (i: number, j: number): number => {
    const x = transpose ? weights[j]![i]! : weights[i]![j]!;
    // Forbidden pairs weigh 0: assigning them costs nothing and they are
    // dropped afterwards, so the optimum equals the best real matching.
    return x > 0 ? x : 0;
  };
  // Min-cost assignment on cost = -weight, 1-indexed potentials (e-maxx form).
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j] = row assigned to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -w(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: Array<[number, number]> = [];
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0) continue;
    if (w(i - 1, j - 1) <= 0) continue;
    out.push(transpose ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out;
}

/**
 * Pair one article's gold and output events (SCORING.md events items 1–2):
 * maximise the number of pairs, then the number of agreeing fields. Each
 * possible pair weighs BASE + agreeing fields with BASE larger than the
 * most fields any matching can gain, so one more pair always outweighs any
 * gain in fields.
 */
export function pairEvents(
  gold: readonly AnswerEvent[],
  output: readonly AnswerEvent[],
): Array<{ goldIndex: number; outputIndex: number; fields: FieldAgreement }> {
  const base = 6 * Math.min(gold.length, output.length) + 1;
  const fields: (FieldAgreement | null)[][] = gold.map((g) =>
    output.map((o) => (canPair(g, o) ? fieldAgreement(g, o) : null)),
  );
  const weights = fields.map((row) => row.map((f) => (f === null ? 0 : base + agreeCount(f))));
  return maxWeightMatching(weights).map(([i, j]) => ({
    goldIndex: i,
    outputIndex: j,
    fields: fields[i]![j]!,
  }));
}

// ---------------------------------------------------------------------------
// Corpus scoring

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

function f1Of(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function eventRef(article: string, index: number, e: AnswerEvent): EventRef {
  const ev = evidenceList(e);
  const range = Array.isArray(e.date_range) && e.date_range.length === 2 ? e.date_range : null;
  return {
    article,
    index,
    kind: e.kind,
    date: e.date ?? null,
    dateRange: range ? [range[0], range[1]] : null,
    place: e.place ?? null,
    actor: e.actor ?? null,
    evidence: ev.length > 0 ? ev[0]! : null,
  };
}

function tallyRef(article: string, index: number, t: AnswerTally): TallyRef {
  return {
    article,
    index,
    metric: t.metric,
    value: t.value,
    region: t.region ?? null,
    evidence: typeof t.evidence === "string" ? t.evidence : null,
  };
}

/** Tally pairing key: same metric, value and region (region normalised, null = null). */
function tallyKey(t: AnswerTally): string {
  const region = typeof t.region === "string" ? normalizeCountry(t.region) : "";
  return JSON.stringify([String(t.metric), Number(t.value), region]);
}

/** Index articles by id, refusing duplicates (they would make pairing ambiguous). */
function indexArticles(list: readonly AnswerArticle[], side: string): Map<string, AnswerArticle> {
  const map = new Map<string, AnswerArticle>();
  for (const a of list) {
    if (map.has(a.article)) throw new SitrepError("E_GOLD", `${side} has article "${a.article}" more than once`);
    map.set(a.article, a);
  }
  return map;
}

/**
 * Score an output corpus against gold (SCORING.md). Articles are paired by
 * `article`; gold articles with no output count all their gold as missed;
 * output articles with no gold are ignored (listed in `outputOnlyArticles`).
 * Throws when either side repeats an article id.
 */
export function scoreCorpus(gold: AnswerArticle[], output: AnswerArticle[]): EvalReport {
  const goldById = indexArticles(gold, "gold");
  const outById = indexArticles(output, "output");

  let goldEvents = 0;
  let goldNeutralEvents = 0;
  let outputEvents = 0;
  let pairs = 0;
  let neutralPairs = 0;
  let evidenceRight = 0;
  const fieldRight: Record<FieldName, number> = { date: 0, place: 0, actor: 0, weapons: 0, killed: 0, injured: 0 };
  let goldTallies = 0;
  let outTallies = 0;
  let tallyPairs = 0;
  let publishedRight = 0;
  const missed: EventRef[] = [];
  const spurious: EventRef[] = [];
  const missedTallies: TallyRef[] = [];
  const spuriousTallies: TallyRef[] = [];
  const pairDetails: PairDetail[] = [];
  const articlesWithoutOutput: string[] = [];

  for (const g of gold) {
    const id = g.article;
    const o = outById.get(id);
    if (!o) articlesWithoutOutput.push(id);

    // Publication date: no output article means wrong.
    if (o && (o.published ?? null) === (g.published ?? null)) publishedRight++;

    // Events.
    const gEvents = Array.isArray(g.events) ? g.events : [];
    const oEvents = o && Array.isArray(o.events) ? o.events : [];
    outputEvents += oEvents.length;
    for (const e of gEvents) {
      if (isNeutral(e)) goldNeutralEvents++;
      else goldEvents++;
    }
    const goldPaired = new Set<number>();
    const outPaired = new Set<number>();
    for (const pr of pairEvents(gEvents, oEvents)) {
      goldPaired.add(pr.goldIndex);
      outPaired.add(pr.outputIndex);
      const ge = gEvents[pr.goldIndex]!;
      const oe = oEvents[pr.outputIndex]!;
      const neutral = isNeutral(ge);
      const evidence = evidenceMatches(evidenceList(ge), evidenceList(oe));
      pairDetails.push({ article: id, goldIndex: pr.goldIndex, outputIndex: pr.outputIndex, neutral, fields: pr.fields, evidence });
      if (neutral) {
        neutralPairs++;
        continue;
      }
      pairs++;
      for (const k of FIELD_NAMES) if (pr.fields[k]) fieldRight[k]++;
      if (evidence) evidenceRight++;
    }
    gEvents.forEach((e, i) => {
      if (!goldPaired.has(i) && !isNeutral(e)) missed.push(eventRef(id, i, e));
    });
    oEvents.forEach((e, i) => {
      if (!outPaired.has(i)) spurious.push(eventRef(id, i, e));
    });

    // Tallies: pairing is on an exact key, so taking the first unused gold
    // tally with the same key is already a maximum one-to-one matching.
    const gTallies = Array.isArray(g.tallies) ? g.tallies : [];
    const oTallies = o && Array.isArray(o.tallies) ? o.tallies : [];
    goldTallies += gTallies.length;
    outTallies += oTallies.length;
    const unusedGold = new Map<string, number[]>();
    gTallies.forEach((t, i) => {
      const k = tallyKey(t);
      const list = unusedGold.get(k);
      if (list) list.push(i);
      else unusedGold.set(k, [i]);
    });
    const goldTallyPaired = new Set<number>();
    oTallies.forEach((t, i) => {
      const gi = unusedGold.get(tallyKey(t))?.shift();
      if (gi === undefined) {
        spuriousTallies.push(tallyRef(id, i, t));
      } else {
        goldTallyPaired.add(gi);
        tallyPairs++;
      }
    });
    gTallies.forEach((t, i) => {
      if (!goldTallyPaired.has(i)) missedTallies.push(tallyRef(id, i, t));
    });
  }

  const outputOnlyArticles = output.map((a) => a.article).filter((id) => !goldById.has(id));

  const precision = ratio(pairs, outputEvents - neutralPairs);
  const recall = ratio(pairs, goldEvents);
  const tallyP = ratio(tallyPairs, outTallies);
  const tallyR = ratio(tallyPairs, goldTallies);
  const fields = {} as Record<FieldName, number | null>;
  for (const k of FIELD_NAMES) fields[k] = ratio(fieldRight[k], pairs);

  return {
    articles: gold.length,
    articlesWithoutOutput,
    outputOnlyArticles,
    goldEvents,
    goldNeutralEvents,
    outputEvents,
    pairs,
    neutralPairs,
    precision,
    recall,
    f1: f1Of(precision, recall),
    fields,
    evidence: ratio(evidenceRight, pairs),
    tallies: {
      gold: goldTallies,
      output: outTallies,
      pairs: tallyPairs,
      precision: tallyP,
      recall: tallyR,
      f1: f1Of(tallyP, tallyR),
    },
    publishedRight,
    publishedAcc: ratio(publishedRight, gold.length),
    missed,
    spurious,
    missedTallies,
    spuriousTallies,
    pairDetails,
  };
}
