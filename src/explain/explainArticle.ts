/**
 * `sitrep explain`'s work: extracts one article with the current rules and
 * lexicons (writing nothing) and records what each stage found — per
 * sentence the mentions, the US references and their roles, which rules
 * fired or why a triggered rule gave nothing; then what each refiner did;
 * then the final events and tallies.
 */
import { SitrepError } from "../errors.js";
import { extractEventsAndTallies, type ExtractTrace } from "../extract/extractEventsAndTallies.js";
import type { ArticleInput, EventOut, TallyOut } from "../model/extraction.js";
import { usReferences } from "../fields/usReferences.js";
import { hits } from "../lexicon/cues.js";
import type { Lexicons } from "../lexicon/index.js";
import { EVENT_RULES, TALLY_RULES, triggerRegex } from "../rules/index.js";
import type { SentenceContext } from "../context/sentenceContext.js";
import { CANDIDATE_ID, viewOf, type CandidateView, type Tagged } from "./candidateView.js";
import { runRefiners, type RefinerStep } from "./refinerSteps.js";
import { whyNothing, whyUndated } from "./ruleChecks.js";

export interface RuleReport {
  rule: string;
  type: "event" | "tally";
  /** The trigger words found. */
  triggers: string[];
  /** Candidate ids proposed (event rules) or tallies (tally rules), here. */
  candidates: string[];
  tallies: string[];
  /** When it proposed nothing: the condition that failed. */
  failed: string | null;
}

export interface SentenceReport {
  idx: number;
  start: number;
  end: number;
  text: string;
  /** False: no rule's trigger word in or beside it, so the rules did not read it (only its dates were resolved). */
  read: boolean;
  dates: Array<{ text: string; start: number; date: string | null; range: [string, string] | null; precision: string; role: string; anchor: { date: string | null; source: string }; rule: string }>;
  places: Array<{ text: string; name: string; kind: string; country: string; gazetteer: boolean; fuzzy: boolean; relation: string }>;
  actors: Array<{ text: string; name: string; role: string; generic: boolean; fuzzy: boolean }>;
  weapons: Array<{ text: string; category: string }>;
  numbers: Array<{ text: string; value: number | null; qualifier: string | null; vague: boolean }>;
  usReferences: Array<{ text: string; role: string; cue: string; source: string }>;
  rules: RuleReport[];
}

export interface ExplainResult {
  key: string;
  published: { date: string | null; method: string };
  referenceDate: string;
  sentences: SentenceReport[];
  /** Every candidate the rules proposed, before refining, with why an undated one has no date. */
  candidates: Array<CandidateView & { undated: string | null }>;
  refiners: RefinerStep[];
  /** The final events with the candidate each came from. */
  events: Array<{ candidate: string; event: EventOut }>;
  tallies: TallyOut[];
}

function sentenceReport(ctx: SentenceContext, read: boolean, candidates: Tagged[], tallies: NonNullable<ExtractTrace["tallyCandidates"]>): SentenceReport {
  const rules: RuleReport[] = [];
  for (const rule of [...EVENT_RULES, ...TALLY_RULES]) {
    const found = [...new Set(hits(triggerRegex(rule), ctx.text).map((h) => h.text.toLowerCase()))];
    if (!found.length) continue;
    const own = candidates.filter((c) => c.rule === rule.meta.id && c.sentenceIdx === ctx.idx).map((c) => c[CANDIDATE_ID]!);
    const ownTallies = tallies
      .filter((t) => t.rule === rule.meta.id && t.sentenceIdx === ctx.idx)
      .map((t) => `${t.metric} ${t.qualifier ? `${t.qualifier} ` : ""}${t.value}${t.region ? ` in ${t.region}` : ""}${t.since ? ` since ${t.since}` : ""}`);
    const fired = rule.meta.type === "event" ? own.length > 0 : ownTallies.length > 0;
    rules.push({ rule: rule.meta.id, type: rule.meta.type, triggers: found, candidates: own, tallies: ownTallies, failed: fired ? null : whyNothing(rule, ctx) });
  }
  return {
    idx: ctx.idx,
    start: ctx.start,
    end: ctx.start + ctx.text.length,
    text: ctx.text,
    read,
    dates: ctx.dates.map((d) => ({ text: d.span.text, start: d.span.start, date: d.date, range: d.range, precision: d.precision, role: d.role, anchor: d.anchor, rule: d.rule })),
    places: ctx.places.map((p) => ({
      text: p.span.text,
      name: p.name,
      kind: p.kind,
      country: p.country,
      // Places found by their wording alone carry no coordinates (and `known: false`).
      gazetteer: (p as { known?: boolean }).known !== false && p.lat !== null,
      fuzzy: p.fuzzy,
      relation: p.relation,
    })),
    actors: ctx.actors.map((a) => ({ text: a.span.text, name: a.name, role: a.role, generic: a.generic, fuzzy: a.fuzzy })),
    weapons: ctx.weapons.map((w) => ({ text: w.span.text, category: w.category })),
    numbers: ctx.numbers.map((n) => ({ text: n.span.text, value: n.value, qualifier: n.qualifier, vague: n.vague })),
    usReferences: read ? usReferences(ctx).map((r) => ({ text: r.text, role: r.role, cue: r.cue, source: r.source })) : [],
    rules,
  };
}

export function explainArticle(article: ArticleInput, lexicons: Lexicons): ExplainResult {
  const trace: ExtractTrace = {};
  const extraction = extractEventsAndTallies(article, lexicons, {}, undefined, trace);
  const contexts = trace.contexts!;
  const tagged: Tagged[] = trace.candidates!.map((c, i) => ({ ...c, [CANDIDATE_ID]: `c${i + 1}` }));
  const sentences = contexts.map((ctx, i) => sentenceReport(ctx, trace.inPlay![i]!, tagged, trace.tallyCandidates ?? []));
  const { steps, final } = runRefiners(tagged, trace.article!);
  const candidates = tagged.map((c) => {
    const undated = c.dates.length ? null : c.continuation ? "a continuation: borrows the date of the event before it" : whyUndated(contexts[c.sentenceIdx]!, c.segment);
    return { ...viewOf(c), undated };
  });
  // The refiners are pure, so this run ends where extraction's did; pair them up by position.
  if (final.length !== extraction.events.length) throw new SitrepError("E_INTERNAL", `explain: refiners gave ${final.length} events, extraction ${extraction.events.length}`);
  return {
    key: article.key,
    published: { date: extraction.published.date, method: extraction.published.method },
    referenceDate: article.referenceDate,
    sentences,
    candidates,
    refiners: steps,
    events: final.map((c, i) => ({ candidate: c[CANDIDATE_ID]!, event: extraction.events[i]! })),
    tallies: extraction.tallies,
  };
}
