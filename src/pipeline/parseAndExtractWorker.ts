/**
 * Worker thread body for ingest: receives decoded articles, returns them
 * parsed and extracted (parseAndExtract.ts: clean, split, parse, extract). Lexicons
 * load once per thread before it says it is ready (serveTasks.ts).
 */
import { loadLexicons } from "../lexicon/index.js";
import { parseAndExtract, type DecodedArticle, type ParsedAndExtracted } from "./parseAndExtract.js";
import { serveTasks } from "./serveTasks.js";

export interface ParseAndExtractTask {
  decoded: DecodedArticle;
  referenceDate: string;
}

const lexicons = loadLexicons();
serveTasks<ParseAndExtractTask, ParsedAndExtracted>(({ decoded, referenceDate }) => parseAndExtract(decoded, referenceDate, lexicons));
