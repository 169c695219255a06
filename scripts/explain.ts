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
const text = args[0] ?? "";
const published = args[1] ?? null;
const sentences = splitSentences(text).map((s, idx) => ({ idx, start: s.start, end: s.end, text: s.text, parse: parseSentence(s.text) }));
const x = extractArticle({ key: "x", text, published, publishedMethod: published ? "header" : "unknown", referenceDate: "2023-12-15", sentences }, loadLexicons());
for (const m of x.mentions) console.log(`  s${m.sentenceIdx} ${m.type.padEnd(7)} ${JSON.stringify(m.text)} → ${m.value} ${JSON.stringify(m.data)}`);
for (const e of x.events) console.log("EVENT", JSON.stringify({ ...e, sources: e.sources.map((s) => `${s.field}:${s.text}`) }));
for (const t of x.tallies) console.log("TALLY", JSON.stringify(t));
