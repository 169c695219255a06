/**
 * Extraction for one article: publication date, date mentions, the
 * lexicon mentions of each sentence, the rules, then the refiners — and the
 * conversion of what survives into events and tallies with back-links.
 * Pure: the same stored article and lexicons always give the same result.
 */
import { inferPublicationDate, resolveArticleDates } from "../dates/index.js";
import { kindOf } from "../kinds.js";
import type { Lexicons } from "../lexicon/index.js";
import { EVENT_RULES, TALLY_RULES, triggers, triggersAnyRule } from "../rules/index.js";
import type { EventCandidate, RelSpan, TallyCandidate } from "../rules/rule.js";
import { REFINERS } from "../refine/configuration.js";
import { geoPrecisionOf } from "../fields/places.js";
import { timePrecisionOf } from "../fields/eventDates.js";
import type { ArticleContext } from "../refine/refiner.js";
import { has, loadCues } from "../lexicon/cues.js";
import { buildSentenceContext, type SentenceContext, type StoryContext } from "../context/sentenceContext.js";
import { ProbeBuilder } from "./lexiconProbe.js";
import type { ArticleDates, ArticleInput, EventOut, Extraction, MentionOut, PublishedOut, SourceOut, TallyOut } from "../model/extraction.js";
import type { Weapon } from "../types.js";

function resolvePublished(article: ArticleInput): PublishedOut {
  if (article.published && (article.publishedMethod === "header" || article.publishedMethod === "field"))
    return { date: article.published, method: article.publishedMethod, span: null };
  const inferred = inferPublicationDate(article.text, article.sentences, article.referenceDate);
  return inferred.date
    ? { date: inferred.date, method: "inferred", span: inferred.span ? { start: inferred.span.start, end: inferred.span.end } : null }
    : { date: null, method: "unknown", span: null };
}

/**
 * The sentences the rules and refiners can read: those with a rule's
 * trigger words or a claim, and their neighbours (a claim, a casualty note
 * or a negation in the next sentence). Only these are matched against the
 * lexicons, which keeps `sitrep extract` fast; the others keep their dates.
 */
function sentencesInPlay(texts: string[], rules: { events?: typeof EVENT_RULES; tallies?: typeof TALLY_RULES }): boolean[] {
  const all = rules.events || rules.tallies ? [...(rules.events ?? EVENT_RULES), ...(rules.tallies ?? TALLY_RULES)] : undefined;
  const claim = loadCues().claim;
  const hit = texts.map((t) => triggersAnyRule(t, all) || has(claim, t));
  return hit.map((h, i) => h || Boolean(hit[i - 1]) || Boolean(hit[i + 1]));
}

/** Runs every rule over every sentence whose text has one of its trigger words. */
export function proposeCandidates(contexts: SentenceContext[], rules = EVENT_RULES): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const ctx of contexts) for (const rule of rules) if (triggers(rule, ctx.text)) out.push(...rule.match(ctx));
  return out;
}

export function proposeTallies(contexts: SentenceContext[], rules = TALLY_RULES): TallyCandidate[] {
  const out: TallyCandidate[] = [];
  for (const ctx of contexts) for (const rule of rules) if (triggers(rule, ctx.text)) out.push(...rule.match(ctx));
  return out;
}

export function refineCandidates(candidates: EventCandidate[], article: ArticleContext): EventCandidate[] {
  return REFINERS.reduce((cands, refiner) => refiner.refine(cands, article), candidates);
}

function toEvent(c: EventCandidate, contexts: SentenceContext[]): EventOut {
  const sources: SourceOut[] = [];
  const abs = (sentenceIdx: number, span: RelSpan, field: SourceOut["field"]): void => {
    const s = contexts[sentenceIdx]!;
    if (span.end <= span.start) return;
    sources.push({ sentenceIdx, field, start: s.start + span.start, end: s.start + span.end, text: span.text });
  };
  for (const idx of [c.sentenceIdx, ...c.extraSentences].sort((a, b) => a - b)) {
    const s = contexts[idx]!;
    sources.push({ sentenceIdx: idx, field: "evidence", start: s.start, end: s.start + s.text.length, text: s.text });
  }
  const date = c.dates[0];
  if (date && date.span.end > date.span.start) {
    const s = contexts[date.sentenceIndex]!;
    sources.push({ sentenceIdx: date.sentenceIndex, field: "date", start: s.start + date.span.start, end: s.start + date.span.end, text: date.span.text });
  }
  const place = c.places[0] as (EventCandidate["places"][number] & { sentenceIdx?: number }) | undefined;
  if (place) abs(place.sentenceIdx ?? c.sentenceIdx, place.span, "place");
  // With a place, the country is the place's: only words naming that country back it.
  for (const k of c.countries) if (!place || k.value === place.country) abs(k.sentenceIdx ?? c.sentenceIdx, k.span, "country");
  if (c.actor) abs(c.actor.sentenceIdx ?? c.sentenceIdx, c.actor.span, "actor");
  if (c.target) abs(c.target.sentenceIdx ?? c.sentenceIdx, c.target.span, "target");
  for (const w of c.weapons) abs((w as { sentenceIdx?: number }).sentenceIdx ?? c.sentenceIdx, w.span, "weapons");
  if (c.killed) abs(c.killed.sentenceIdx ?? c.sentenceIdx, c.killed.span, "killed");
  if (c.injured) abs(c.injured.sentenceIdx ?? c.sentenceIdx, c.injured.span, "injured");
  if (c.count) abs(c.count.sentenceIdx ?? c.sentenceIdx, c.count.span, "count");
  const countries = place ? [place.country] : [...new Set(c.countries.map((k) => k.value))];
  const weapons = [...new Set(c.weapons.map((w) => w.category))] as Weapon[];
  return {
    kind: c.kind,
    date: date?.date ?? null,
    dateRange: date?.range ?? null,
    countries,
    place: place?.name ?? null,
    actor: c.actor?.value ?? kindOf(c.kind).defaultActor,
    target: c.target?.value ?? null,
    weapons,
    killed: c.killed?.value ?? null,
    injured: c.injured?.value ?? null,
    count: c.count?.value ?? null,
    umbrella: c.umbrella,
    optional: false,
    outcome: c.outcome,
    assertedBy: c.assertedBy,
    timePrecision: timePrecisionOf(date),
    geoPrecision: geoPrecisionOf(place, countries),
    latitude: place?.lat ?? null,
    longitude: place?.lon ?? null,
    rule: c.rule,
    reason: c.reason,
    sources,
  };
}

function toTally(t: TallyCandidate, contexts: SentenceContext[]): TallyOut {
  const s = contexts[t.sentenceIdx]!;
  return {
    sentenceIdx: t.sentenceIdx,
    metric: t.metric,
    value: t.value,
    qualifier: t.qualifier,
    region: t.region,
    since: t.since,
    asOf: t.asOf,
    start: s.start + t.span.start,
    end: s.start + t.span.end,
    text: t.span.text,
    rule: t.rule,
  };
}

function mentionsOf(contexts: SentenceContext[]): MentionOut[] {
  const out: MentionOut[] = [];
  for (const c of contexts) {
    const add = (type: MentionOut["type"], span: RelSpan, value: string | null, data: Record<string, unknown>): void => {
      out.push({ sentenceIdx: c.idx, type, start: c.start + span.start, end: c.start + span.end, text: span.text, value, data });
    };
    for (const d of c.dates)
      add("date", d.span, d.date ?? (d.range ? `${d.range[0]}/${d.range[1]}` : null), { precision: d.precision, range: d.range, role: d.role, anchor: d.anchor, rule: d.rule });
    for (const p of c.places) add("place", p.span, p.name, { kind: p.kind, country: p.country, relation: p.relation, alias: p.alias, fuzzy: p.fuzzy, known: p.known });
    for (const a of c.actors) add("actor", a.span, a.name, { role: a.role, generic: a.generic, alias: a.alias, fuzzy: a.fuzzy });
    for (const w of c.weapons) add("weapon", w.span, w.category, { term: w.term });
    for (const n of c.numbers) add("number", n.span, n.value === null ? null : String(n.value), { qualifier: n.qualifier, vague: n.vague });
  }
  return out;
}

/** Resolves the publication date and every date mention of an article (chrono: the costly part). */
export function resolveDates(article: ArticleInput): ArticleDates {
  const published = resolvePublished(article);
  const mentions = resolveArticleDates({
    text: article.text,
    sentences: article.sentences,
    published: published.date,
    referenceDate: article.referenceDate,
  });
  return { published, mentions };
}

/** What `sitrep explain` (src/explain/) reads of one extraction: the stages' inputs before refining. */
export interface ExtractTrace {
  contexts?: SentenceContext[];
  /** Which sentences the rules read (sentencesInPlay). */
  inPlay?: boolean[];
  article?: ArticleContext;
  candidates?: EventCandidate[];
  tallyCandidates?: TallyCandidate[];
}

/**
 * Extracts mentions, events and tallies from one stored article. `dates`,
 * when given, must be `resolveDates` of the same article under the same
 * date code and reference date (sitrep extract keeps them in article_dates).
 */
export function extractEventsAndTallies(
  article: ArticleInput,
  lexicons: Lexicons,
  rules: { events?: typeof EVENT_RULES; tallies?: typeof TALLY_RULES } = {},
  dates?: ArticleDates,
  trace?: ExtractTrace,
): Extraction {
  const resolved = dates ?? resolveDates(article);
  const published = resolved.published;
  const inPlay = sentencesInPlay(article.sentences.map((s) => s.text), rules);
  const probe = new ProbeBuilder();
  const story: StoryContext = { usForces: false };
  const contexts = article.sentences.map((s, i) => {
    const context = buildSentenceContext(s, resolved.mentions, lexicons, published.date, inPlay[i], story);
    if (inPlay[i]) probe.add(s.text); // right after the matchers: the sentence's tokens are still memoised
    return context;
  });
  const cues = loadCues();
  story.usForces = contexts.some((c) => c.actors.some((a) => a.role === "us") || has(cues.usTargetNouns, c.text));
  const tallyCandidates = proposeTallies(contexts, rules.tallies);
  const articleContext: ArticleContext = {
    published: published.date,
    sentences: contexts,
    tallySentences: new Set(tallyCandidates.map((t) => t.sentenceIdx)),
  };
  const candidates = proposeCandidates(contexts, rules.events);
  if (trace) Object.assign(trace, { contexts, inPlay, article: articleContext, candidates, tallyCandidates });
  const events = refineCandidates(candidates, articleContext).map((c) => toEvent(c, contexts));
  // A figure restated (a headline and the body) is one tally.
  const seen = new Set<string>();
  const tallies = tallyCandidates
    .filter((t) => {
      const key = `${t.metric}|${t.value}|${t.region}`;
      return !seen.has(key) && seen.add(key);
    })
    .map((t) => toTally(t, contexts));
  return { published, mentions: mentionsOf(contexts), events, tallies, dates: resolved, datesReused: dates !== undefined, probe: probe.build() };
}
