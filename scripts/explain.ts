/**
 * Developer aid: prints what extraction sees and makes of a text — mentions
 * per sentence, then events and tallies. Usage:
 *   npx vite-node scripts/explain.ts -- "text" [published YYYY-MM-DD]
 */
import { splitSentences } from "../src/text/sentences.js";
import { parseSentence } from "../src/parse/parseSentence.js";
import { extractArticle } from "../src/extract/extractArticle.js";
import { loadLexicons } from "../src/lexicon/index.js";

const args = process.argv.slice(2).filter((a) => a !== "--");
import { readFileSync } from "node:fs";
import { splitDateHeader } from "../src/text/header.js";
import { cleanText } from "../src/text/clean.js";
// "@path" reads an article file (header and clean-up applied as at ingest).
const header = args[0]?.startsWith("@") ? splitDateHeader(readFileSync(args[0].slice(1), "utf8")) : null;
const text = header ? cleanText(header.body).text : (args[0] ?? "");
if (header?.published && !args[1]) args[1] = header.published;
const published = args[1] ?? null;
const sentences = splitSentences(text).map((s, idx) => ({ idx, start: s.start, end: s.end, text: s.text, parse: parseSentence(s.text) }));
const x = extractArticle({ key: "x", text, published, publishedMethod: published ? "header" : "unknown", referenceDate: "2023-12-15", sentences }, loadLexicons());
if (!process.env.QUIET) for (const m of x.mentions) console.log(`  s${m.sentenceIdx} ${m.type.padEnd(7)} ${JSON.stringify(m.text)} → ${m.value} ${JSON.stringify(m.data)}`);
for (const e of x.events) console.log("EVENT", JSON.stringify({ ...e, sources: e.sources.map((s) => `${s.field}:${s.text}`) }));
for (const t of x.tallies) console.log("TALLY", JSON.stringify(t));
