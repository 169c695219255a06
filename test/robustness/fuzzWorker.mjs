/**
 * Worker thread for fuzz.test.ts: runs one input through the compiled text
 * and extraction stages (dist/, built by `npm test`) and replies with every
 * span they produced. In a thread of its own so that an input that loops
 * forever can be detected by the test and the thread terminated, which a
 * synchronous call in the test's own thread would not allow.
 *
 * Request: { id, bytes?: Uint8Array, text?: string, published: string | null }
 * Reply:   { id, ok: true, refused?, text, spans: { kind: [[start, end, text, sentenceIdx?]] }, ms }
 *          { id, ok: false, error }
 */
import { parentPort } from "node:worker_threads";

const dist = new URL("../../dist/", import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { decodeArticleBytes } = await load("text/decode.js");
const { splitDateHeader } = await load("text/header.js");
const { cleanText } = await load("text/clean.js");
const { splitSentences } = await load("text/sentences.js");
const { resolveArticleDates } = await load("dates/index.js");
const { parseArticle } = await load("parse/parseArticle.js");
const { needsParse } = await load("pipeline/needsParse.js");
const { extractEventsAndTallies } = await load("extract/extractEventsAndTallies.js");
const { loadLexicons } = await load("lexicon/index.js");
const lexicons = loadLexicons();
const REF = "2023-12-15";

parentPort.on("message", ({ id, bytes, text, published }) => {
  const t0 = Date.now();
  try {
    let raw = text;
    if (bytes) {
      const decoded = decodeArticleBytes(Buffer.from(bytes));
      // Refusing an input (empty, binary) is a correct answer, not a failure.
      if (!decoded.ok) return parentPort.postMessage({ id, ok: true, refused: decoded.code, ms: Date.now() - t0 });
      raw = decoded.text;
    }
    const header = splitDateHeader(raw);
    const clean = cleanText(header.body).text;
    const sentences = splitSentences(clean);
    const pub = header.published ?? published;
    // The date resolver on its own, without a publication date (the inferring path) ...
    const dates = resolveArticleDates({ text: clean, sentences, published: null, referenceDate: REF });
    // ... and the whole extraction, with one when the input has it.
    const parses = parseArticle(sentences, needsParse);
    const extraction = extractEventsAndTallies(
      {
        key: `fuzz-${id}`,
        text: clean,
        published: pub,
        publishedMethod: pub ? "header" : "unknown",
        referenceDate: REF,
        sentences: sentences.map((s, idx) => ({ idx, start: s.start, end: s.end, text: s.text, parse: parses[idx] })),
      },
      lexicons,
    );
    const rows = (list) => list.map((s) => [s.start, s.end, s.text, s.sentenceIdx ?? s.sentenceIndex]);
    parentPort.postMessage({
      id,
      ok: true,
      text: clean,
      spans: {
        sentences: rows(sentences),
        dates: rows(dates.map((d) => ({ ...d.span, sentenceIdx: d.sentenceIndex }))),
        mentions: rows(extraction.mentions),
        eventSources: rows(extraction.events.flatMap((e) => e.sources)),
        tallies: rows(extraction.tallies),
        published: extraction.published.span ? [[extraction.published.span.start, extraction.published.span.end, clean.slice(extraction.published.span.start, extraction.published.span.end)]] : [],
      },
      ms: Date.now() - t0,
    });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, error: err && err.stack ? err.stack : String(err) });
  }
});
parentPort.postMessage({ ready: true });
