/**
 * Worker thread body for `sitrep extract`: receives one stored article at a
 * time (sentences with their parse still as JSON text, cached dates or
 * null) and returns its extraction. The lexicons come from the parent, as
 * the files it read for the run's version, so every thread extracts with
 * exactly the lexicons the run records.
 */
import { isMainThread, workerData } from "node:worker_threads";
import { extractEventsAndTallies } from "../extract/extractEventsAndTallies.js";
import type { ArticleDates, ArticleInput, Extraction } from "../model/extraction.js";
import { parseLexiconFiles } from "../lexicon/index.js";
import type { SentenceParse } from "../parse/parseSentence.js";
import { serveTasks } from "./serveTasks.js";

/** An article as read from the database, JSON columns unparsed (parsing them is part of the work to spread). */
export interface StoredArticle {
  article: Omit<ArticleInput, "sentences"> & { sentences: Array<{ idx: number; start: number; end: number; text: string; parse: string }> };
  dates: string | null;
}

export function extractStored(stored: StoredArticle, lexicons: ReturnType<typeof parseLexiconFiles>): Extraction {
  const { article, dates } = stored;
  const sentences = article.sentences.map((s) => ({ ...s, parse: JSON.parse(s.parse) as SentenceParse }));
  return extractEventsAndTallies({ ...article, sentences }, lexicons, {}, dates ? (JSON.parse(dates) as ArticleDates) : undefined);
}

// Imported by reextract.ts in the main thread for extractStored; serves tasks only as a pool's thread.
if (!isMainThread && (workerData as { role?: string } | null)?.role === "extract") {
  const { files, dir } = workerData as { files: Record<string, string>; dir: string };
  const lexicons = parseLexiconFiles(files, dir);
  serveTasks<StoredArticle, Extraction>((stored) => extractStored(stored, lexicons));
}
