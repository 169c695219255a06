/**
 * Test helpers for the date layer: build an article from sentences, resolve
 * it, check every span against the text, and find mentions by span text.
 */
import { expect } from "vitest";
import { resolveArticleDates, type DateMention, type SentenceBounds } from "../../src/dates/index.js";

export const REFERENCE = "2023-12-15";

/** Joins sentences with one space and returns the text with each sentence's offsets. */
export function article(sentences: string | string[]): { text: string; sentences: SentenceBounds[] } {
  const list = typeof sentences === "string" ? [sentences] : sentences;
  let text = "";
  const bounds: SentenceBounds[] = [];
  for (const s of list) {
    if (text.length > 0) text += " ";
    bounds.push({ start: text.length, end: text.length + s.length });
    text += s;
  }
  return { text, sentences: bounds };
}

/** Resolves an article and checks the span contract of every mention. */
export function resolve(sentences: string | string[], published: string | null, referenceDate = REFERENCE): DateMention[] {
  const { text, sentences: bounds } = article(sentences);
  const mentions = resolveArticleDates({ text, sentences: bounds, published, referenceDate });
  for (const m of mentions) {
    expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
    const s = bounds[m.sentenceIndex]!;
    expect(m.span.start).toBeGreaterThanOrEqual(s.start);
    expect(m.span.end).toBeLessThanOrEqual(s.end);
  }
  return mentions;
}

/** The one mention whose span text is `span` (the n-th when it occurs several times). */
export function mention(mentions: DateMention[], span: string, nth = 0): DateMention {
  const found = mentions.filter((m) => m.span.text === span);
  if (!found[nth]) throw new Error(`no mention "${span}" (#${nth}) in ${JSON.stringify(mentions.map((m) => m.span.text))}`);
  return found[nth]!;
}

/** Expected fields of one mention; omitted fields are not checked. */
export interface Expected {
  span: string;
  nth?: number;
  date?: string | null;
  range?: [string, string] | null;
  role?: DateMention["role"];
  precision?: DateMention["precision"];
  anchor?: DateMention["anchor"]["source"];
  anchorDate?: string | null;
}

/** A table row: an article (one or more sentences), its publication date, the reference date, and expectations. */
export interface Row {
  name: string;
  text: string | string[];
  published: string | null;
  reference?: string;
  expect: Expected[];
}

export function checkRow(row: Row): void {
  const mentions = resolve(row.text, row.published, row.reference ?? REFERENCE);
  for (const e of row.expect) {
    const m = mention(mentions, e.span, e.nth ?? 0);
    if (e.date !== undefined) expect(m.date, `${e.span} date`).toBe(e.date);
    if (e.range !== undefined) expect(m.range, `${e.span} range`).toEqual(e.range);
    if (e.role !== undefined) expect(m.role, `${e.span} role`).toBe(e.role);
    if (e.precision !== undefined) expect(m.precision, `${e.span} precision`).toBe(e.precision);
    if (e.anchor !== undefined) expect(m.anchor.source, `${e.span} anchor`).toBe(e.anchor);
    if (e.anchorDate !== undefined) expect(m.anchor.date, `${e.span} anchor date`).toBe(e.anchorDate);
    expect(m.rule.length).toBeGreaterThan(0);
  }
}
