/**
 * Worker thread body for ingest: receives decoded articles, returns them
 * processed (processArticle.ts: clean, split, parse, extract). Lexicons
 * load once per thread before it says it is ready (serveTasks.ts).
 */
import { loadLexicons } from "../lexicon/index.js";
import { processArticle, type DecodedArticle, type Processed } from "./processArticle.js";
import { serveTasks } from "./serveTasks.js";

export interface ParseTask {
  decoded: DecodedArticle;
  referenceDate: string;
}

const lexicons = loadLexicons();
serveTasks<ParseTask, Processed>(({ decoded, referenceDate }) => processArticle(decoded, referenceDate, lexicons));
