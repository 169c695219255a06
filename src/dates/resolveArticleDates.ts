/**
 * Resolves every date mention of an article, sentence by sentence, with a
 * running discourse state ("the day before" counts from the last event date
 * seen). Each sentence goes through the shared news chrono
 * (`configuration.ts`) with a `NewsContext` that says what the sentence may
 * be resolved against:
 *
 * - the publication date (or none);
 * - a year hint: an explicit full date ("Dec. 9, 2023") within two sentences,
 *   used for years only when there is no publication date;
 * - a statement anchor: the date of an attribution that a neighbouring
 *   sentence gives to this one's quote (`"…last night…", Ryder announced on
 *   November 21.` split in two);
 * - the discourse state.
 */
import { SitrepError } from "../errors.js";
import type { ParsedResult, ParsingResult } from "chrono-node";
import { captionSentences } from "../text/captions.js";
import { newsChrono } from "./configuration.js";
import { isDatelinePosition } from "./dateline.js";
import { isIsoDate } from "./isoDate.js";
import { chronoAnchor, chronoReference, newsOption } from "./newsContext.js";
import { kindOf, resolutionOf, roleOf } from "./notes.js";
import type { DateMention, DiscourseState, NewsContext, ResolveArticleDatesInput, SentenceBounds } from "./types.js";

/** How many sentences away an explicit full date may lend its year. */
const YEAR_HINT_SENTENCES = 2;

interface ParsedSentence {
  mentions: DateMention[];
  /** Day dates whose year the text writes ("Dec. 9, 2023"), for year hints. */
  writtenYearDates: string[];
}

function checkInput(input: ResolveArticleDatesInput): void {
  if (!isIsoDate(input.referenceDate)) {
    throw new SitrepError("DATES_E020", `referenceDate must be YYYY-MM-DD, got "${input.referenceDate}"`);
  }
  if (input.today !== undefined && !isIsoDate(input.today)) {
    throw new SitrepError("DATES_E023", `today must be YYYY-MM-DD, got "${input.today}"`);
  }
  if (input.published !== null && !isIsoDate(input.published)) {
    throw new SitrepError("DATES_E021", `published must be YYYY-MM-DD or null, got "${input.published}"`);
  }
  for (const s of input.sentences) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= input.text.length)) {
      throw new SitrepError("DATES_E022", `sentence [${s.start},${s.end}) is outside the text (length ${input.text.length})`);
    }
  }
}

function toMention(result: ParsingResult, text: string, sentence: SentenceBounds, sentenceIndex: number): DateMention | null {
  const res = resolutionOf(result);
  if (!res) return null;
  const start = sentence.start + result.index;
  const end = start + result.text.length;
  // A span must be a slice of its own sentence; anything else is a refiner bug, dropped rather than stored.
  if (start < sentence.start || end > sentence.end || end <= start) return null;
  return {
    span: { start, end, text: text.slice(start, end) },
    sentenceIndex,
    precision: res.precision,
    date: res.date,
    range: res.range,
    role: roleOf(result),
    anchor: res.anchor,
    rule: res.rule,
  };
}

/** Runs the news chrono over one sentence. */
// Words without which no parser here finds a date; chrono's many parsers are the
// costliest step of extraction, so a sentence with none of them skips it.
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:day|days|night|nights|week|weeks|weekend|month|months|year|years|hour|hours|minute|minutes|morning|evening|afternoon|dawn|dusk|noon|midnight|today|tonight|yesterday|tomorrow|ago|christmas|eve|holiday|ramadan|eid|overnight|earlier|later|recently|now)\b/i;

function parseSentence(input: ResolveArticleDatesInput, index: number, news: NewsContext): ParsedSentence {
  const sentence = input.sentences[index]!;
  const sentenceText = input.text.slice(sentence.start, sentence.end);
  if (!MAY_HOLD_DATE.test(sentenceText)) return { mentions: [], writtenYearDates: [] };
  const parsed: ParsedResult[] = newsChrono.parse(sentenceText, chronoReference(chronoAnchor(news)), newsOption(news));
  const mentions: DateMention[] = [];
  const writtenYearDates: string[] = [];
  for (const p of parsed) {
    const r = p as ParsingResult;
    const m = toMention(r, input.text, sentence, index);
    if (!m) continue;
    // "SANAA, Yemen, Jan. 9 (UPI) -- U.S. warplanes bombed … on Monday": the dateline dates the report, not the bombing.
    if (m.role === "event" && m.precision === "day" && isDatelinePosition(input.text, m.span)) m.role = "statement";
    mentions.push(m);
    if (m.precision === "day" && m.date && kindOf(r) === null && r.start.isCertain("year") && m.role !== "caption") writtenYearDates.push(m.date);
  }
  return { mentions, writtenYearDates };
}

function emptyDiscourse(): DiscourseState {
  return { lastEvent: null, lastStatement: null };
}

/** The explicit full date nearest sentence `index` (earlier wins a tie), within YEAR_HINT_SENTENCES. */
function yearHintFor(index: number, written: string[][]): string | null {
  for (let d = 0; d <= YEAR_HINT_SENTENCES; d++) {
    for (const j of [index - d, index + d]) {
      const dates = written[j];
      if (dates && dates.length > 0) return dates[0]!;
    }
  }
  return null;
}

const QUOTE = /[“”"]/;

/**
 * The statement date a neighbour attributes to sentence `index`: the next
 * sentence when this one holds a quote and the next continues the
 * attribution (`, X said on …`, lower-case start), or the previous one when
 * it ends with a colon before this quote.
 */
function neighbourStatement(input: ResolveArticleDatesInput, index: number, base: Pick<NewsContext, "published" | "referenceDate" | "today">, yearHints: (i: number) => string | null): string | null {
  const { text, sentences } = input;
  const here = sentences[index]!;
  const hereText = text.slice(here.start, here.end);
  if (!QUOTE.test(hereText)) return null;
  const candidates: number[] = [];
  const next = sentences[index + 1];
  if (next && /^\s*(?:[,”"’]|[a-z])/.test(text.slice(next.start, next.end))) candidates.push(index + 1);
  const prev = sentences[index - 1];
  if (prev && /:\s*$/.test(text.slice(prev.start, prev.end)) && /^\s*[“"]/.test(hereText)) candidates.push(index - 1);
  for (const j of candidates) {
    const { mentions } = parseSentence(input, j, { ...base, yearHint: yearHints(j), statementAnchor: null, discourse: emptyDiscourse() });
    const statement = mentions.find((m) => m.role === "statement" && m.precision === "day" && m.date);
    if (statement) return statement.date;
  }
  return null;
}

/**
 * All date mentions of an article, in text order, each with its resolved
 * day / range / month / year, its role and what it was resolved against.
 */
export function resolveArticleDates(input: ResolveArticleDatesInput): DateMention[] {
  checkInput(input);
  const base = { published: input.published, referenceDate: input.referenceDate, today: input.today ?? new Date().toISOString().slice(0, 10) };
  const captions = captionSentences(input.text, input.sentences);

  // Year hints only matter without a publication date; they need a first pass for written years.
  let yearHints: (i: number) => string | null = () => null;
  if (input.published === null) {
    const written = input.sentences.map(
      (_s, i) => parseSentence(input, i, { ...base, yearHint: null, statementAnchor: null, discourse: emptyDiscourse(), caption: captions[i] }).writtenYearDates,
    );
    yearHints = (i) => yearHintFor(i, written);
  }

  const discourse = emptyDiscourse();
  const all: DateMention[] = [];
  input.sentences.forEach((_s, i) => {
    const hintBase = { ...base, yearHint: yearHints(i) };
    const statementAnchor = neighbourStatement(input, i, base, yearHints);
    const { mentions } = parseSentence(input, i, { ...hintBase, statementAnchor, discourse, caption: captions[i] });
    for (const m of mentions) {
      all.push(m);
      if (m.precision !== "day" || !m.date) continue;
      if (m.role === "event") discourse.lastEvent = m.date;
      else if (m.role === "statement") discourse.lastStatement = m.date;
    }
  });
  return all.sort((a, b) => a.span.start - b.span.start);
}
