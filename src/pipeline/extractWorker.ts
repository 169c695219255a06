/**
 * Worker thread body for `sitrep extract`: receives batches of stored
 * articles (sentences with their parse still as JSON text, cached dates or
 * null) and returns their extractions. The lexicons come from the parent,
 * as the files it read for the run's version, so every thread extracts with
 * exactly the lexicons the run records.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "../extract/extractArticle.js";
import type { ArticleDates, ArticleInput, Extraction } from "../model/extraction.js";
import { parseLexiconFiles } from "../lexicon/index.js";
import type { SentenceParse } from "../parse/parseSentence.js";

/** An article as read from the database, JSON columns unparsed (parsing them is part of the work to spread). */
export interface StoredArticle {
  article: Omit<ArticleInput, "sentences"> & { sentences: Array<{ idx: number; start: number; end: number; text: string; parse: string }> };
  dates: string | null;
}

export type ExtractRequest = { id: number; batch: StoredArticle[] };
export type ExtractReply = { ready: true } | { id: number; ok: true; results: Extraction[] } | { id: number; ok: false; message: string };

export function extractStored(stored: StoredArticle, lexicons: ReturnType<typeof parseLexiconFiles>): Extraction {
  const { article, dates } = stored;
  const sentences = article.sentences.map((s) => ({ ...s, parse: JSON.parse(s.parse) as SentenceParse }));
  return extractArticle({ ...article, sentences }, lexicons, {}, dates ? (JSON.parse(dates) as ArticleDates) : undefined);
}

if (parentPort) {
  const { files, dir } = workerData as { files: Record<string, string>; dir: string };
  const lexicons = parseLexiconFiles(files, dir);
  parentPort.on("message", (req: ExtractRequest) => {
    try {
      parentPort!.postMessage({ id: req.id, ok: true, results: req.batch.map((s) => extractStored(s, lexicons)) } satisfies ExtractReply);
    } catch (err) {
      parentPort!.postMessage({ id: req.id, ok: false, message: (err as Error).message } satisfies ExtractReply);
    }
  });
  parentPort.postMessage({ ready: true } satisfies ExtractReply);
}
