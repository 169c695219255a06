/**
 * A folder of hostile input, made on the spot: every kind of bad file a
 * corpus folder can hold, each with what sitrep must do with it — store
 * the article (perhaps with a warning), or name the file (and line) with a
 * stable code. `bigMb` sets the size of the single-line monsters and
 * `sentences` the length of the many-sentence file, so `npm test` can run
 * a trimmed set.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { CORPUS } from "../helpers.js";

export interface HostileCase {
  /** Path under the corpus folder. */
  file: string;
  /** The hostile thing, in words (the closing table of the robustness note). */
  what: string;
  /** Keys that must be stored. */
  stored?: string[];
  /** Failures that must be reported for this file: line (null for the file) and code. */
  failures?: Array<{ line: number | null; code: string }>;
  /** A warning code (or message part) printed for the first stored key. */
  warning?: string;
  /** Extra check on a stored article's clean text. */
  text?: (clean: string) => void;
}

export interface HostileOptions {
  bigMb: number;
  sentences: number;
  /** True when the tests run as root, who can read a chmod 000 file. */
  root: boolean;
}

const GOOD = "US forces were attacked with rockets at al-Tanf garrison in Syria on Oct. 19, 2023, officials said. Nobody was hurt.";

/** The founding corpus's first article, for files that should yield real events. */
function founding(): string {
  const first = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort()[0]!;
  return readFileSync(join(CORPUS, first), "utf8");
}

function utf16(text: string, order: "le" | "be", bom: boolean): Buffer {
  const le = Buffer.from(text, "utf16le");
  const body = order === "le" ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

/** A deterministic pseudo-random byte source (mulberry32), so the binary file is the same every run. */
function bytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let a = seed;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const line = (o: unknown): string => JSON.stringify(o);

/** Writes the hostile folder into `dir` and returns the cases with their expectations. */
export function makeHostileCorpus(dir: string, o: HostileOptions): HostileCase[] {
  const article = founding();
  const big = o.bigMb * 1024 * 1024;
  const cases: Array<HostileCase & { write: (path: string) => void }> = [
    { file: "empty.txt", what: "empty file", write: (p) => writeFileSync(p, ""), failures: [{ line: null, code: "E_EMPTY" }] },
    {
      file: "binary.txt",
      what: "binary (PNG header and random bytes)",
      write: (p) => writeFileSync(p, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), bytes(4096, 7)])),
      failures: [{ line: null, code: "E_BINARY" }],
    },
    {
      file: "nul-inside.txt",
      what: "NUL bytes inside the text",
      write: (p) => writeFileSync(p, `US forces were\0\0 attacked at al-Tanf.\0 Nobody was hurt.`),
      failures: [{ line: null, code: "E_BINARY" }],
    },
    {
      file: "nul-padded.txt",
      what: "text followed by 4,096 NUL bytes (a crash mid-write)",
      write: (p) => writeFileSync(p, Buffer.concat([Buffer.from(GOOD), Buffer.alloc(4096)])),
      stored: ["nul-padded"],
      warning: "nul-padding",
    },
    {
      file: "invalid-utf8.txt",
      what: "invalid UTF-8 (a stray 0xFF among UTF-8 curly quotes)",
      write: (p) => writeFileSync(p, Buffer.concat([Buffer.from("The Pentagon said it didn’t know who fired. "), Buffer.from([0xff]), Buffer.from(GOOD)])),
      stored: ["invalid-utf8"],
      warning: "latin1-fallback",
      text: (t) => {
        if (!t.includes("didn’t")) throw new Error(`mojibake not repaired: ${t.slice(0, 60)}`);
      },
    },
    { file: "utf16le-bom.txt", what: "UTF-16 LE with BOM", write: (p) => writeFileSync(p, utf16(article, "le", true)), stored: ["utf16le-bom"], warning: "utf16le-bom" },
    { file: "utf16be-bom.txt", what: "UTF-16 BE with BOM", write: (p) => writeFileSync(p, utf16(article, "be", true)), stored: ["utf16be-bom"], warning: "utf16be-bom" },
    { file: "utf16le-nobom.txt", what: "UTF-16 LE without BOM", write: (p) => writeFileSync(p, utf16(article, "le", false)), stored: ["utf16le-nobom"], warning: "utf16le-no-bom" },
    { file: "utf16be-nobom.txt", what: "UTF-16 BE without BOM", write: (p) => writeFileSync(p, utf16(article, "be", false)), stored: ["utf16be-nobom"], warning: "utf16be-no-bom" },
    {
      file: "latin1.txt",
      what: "Latin-1 (café, £, «»)",
      write: (p) => writeFileSync(p, Buffer.from(`Le café près de la base a été touché, selon «Reuters». Damage cost £5m. ${GOOD}`, "latin1")),
      stored: ["latin1"],
      warning: "latin1-fallback",
      text: (t) => {
        if (!t.includes("café") || !t.includes("£5m")) throw new Error("Latin-1 not decoded");
      },
    },
    {
      file: "huge-line.txt",
      what: `a ${o.bigMb} MB single line (.txt)`,
      write: (p) => writeFileSync(p, Buffer.alloc(big, "rockets hit the base and ")),
      failures: [{ line: null, code: "E_TOO_LARGE" }],
    },
    {
      file: "huge-line.jsonl",
      what: `a ${o.bigMb} MB single line (.jsonl), then a good record`,
      write: (p) => writeFileSync(p, `{"id":"huge","text":"${"x".repeat(big)}"}\n${line({ id: "after-huge", text: GOOD })}\n`),
      failures: [{ line: 1, code: "E_TOO_LARGE" }],
      stored: ["after-huge"],
    },
    {
      file: "big-record.jsonl",
      what: "one record whose text is 1.5 MB (line within limits, article over)",
      write: (p) => writeFileSync(p, line({ id: "big", text: `${GOOD} `.repeat(Math.ceil((1.5 * 1024 * 1024) / (GOOD.length + 1))) }) + "\n"),
      failures: [{ line: 1, code: "E_TOO_LARGE" }],
    },
    {
      file: "many-sentences.txt",
      what: `${o.sentences.toLocaleString("en")} sentences in one file`,
      // 9-character sentences keep even 100,000 of them under the 1 MB article limit; every 1,000th one matters.
      write: (p) =>
        writeFileSync(p, Array.from({ length: o.sentences }, (_, i) => (i % 1000 === 0 ? "Rockets hit al-Tanf on Monday." : "Calm day.")).join(" ")),
      stored: ["many-sentences"],
    },
    {
      file: "run-on.txt",
      what: "a 200 KB line of words with no full stop (compromise alone: minutes)",
      write: (p) => writeFileSync(p, "rockets hit the base and ".repeat(8192).trim()),
      stored: ["run-on"],
    },
    {
      file: "mixed.jsonl",
      what: "malformed JSONL lines among good ones",
      write: (p) =>
        writeFileSync(
          p,
          [
            line({ id: "mixed-1", text: GOOD, published: "2023-10-20" }), // 1
            "{not json", // 2
            line({ id: "mixed-3", text: "Rockets hit Ain al-Asad air base on Nov. 2." }), // 3
            "[1, 2, 3]", // 4
            "null", // 5
            "42", // 6
            '"just a string"', // 7
            '{"id": "comma", "text": "Rockets hit.",}', // 8
            '{"id": "cut", "text": "Rockets hit Erbil', // 9
            "", // 10
            "   ", // 11
            line({ id: "mixed-12", text: "A drone struck near Erbil on Monday." }) + "\r", // 12: CRLF
            "{}", // 13
            line({ id: "blank-text", text: "  \n " }), // 14
          ].join("\n"),
        ),
      stored: ["mixed-1", "mixed-3", "mixed-12"],
      failures: [
        { line: 2, code: "E_JSON" },
        { line: 4, code: "E_SHAPE" },
        { line: 5, code: "E_SHAPE" },
        { line: 6, code: "E_SHAPE" },
        { line: 7, code: "E_SHAPE" },
        { line: 8, code: "E_JSON" },
        { line: 9, code: "E_JSON" },
        { line: 13, code: "E_SHAPE" },
        { line: 14, code: "E_EMPTY" },
      ],
    },
    {
      file: "wrong-types.jsonl",
      what: "wrong JSON types: text as number/array/object/null, id as object/array/boolean, published as number, title/url as non-strings, impossible date",
      write: (p) =>
        writeFileSync(
          p,
          [
            line({ id: "wt-1", text: 42 }),
            line({ id: "wt-2", text: ["Rockets", "hit"] }),
            line({ id: "wt-3", text: { body: GOOD } }),
            line({ id: "wt-4", text: null }),
            line({ id: { nested: "id" }, text: GOOD }),
            line({ id: ["a", "b"], text: GOOD }),
            line({ id: "wt-7", text: GOOD, published: 20231019 }),
            line({ id: "wt-8", text: GOOD, title: 7, url: { href: "x" } }),
            line({ id: true, text: GOOD }),
            line({ id: "wt-10", text: GOOD, published: "2023-02-30" }),
          ].join("\n") + "\n",
        ),
      stored: ["wt-7", "wt-8", "wt-10"],
      failures: [1, 2, 3, 4, 5, 6, 9].map((l) => ({ line: l, code: "E_SHAPE" })),
      warning: '"published" ignored',
    },
    {
      file: "html.txt",
      what: "an HTML page (markup, script, entities)",
      write: (p) =>
        writeFileSync(
          p,
          `<!DOCTYPE html><html><head><title>Attack</title><script>var x = "<p>";</script></head><body>\n<div class="story"><p>${GOOD}</p>\n<p>A second paragraph &amp; more.</p></div></body></html>`,
        ),
      stored: ["html"],
      warning: "html-markup",
    },
    {
      file: "rtl.txt",
      what: "right-to-left text (Arabic, Hebrew, direction marks)",
      write: (p) => writeFileSync(p, `\u202Bقال مسؤولون إن صواريخ أصابت قاعدة عين الأسد.\u202C ${GOOD} \u200Fכוחות אמריקאים הותקפו.\u200E`),
      stored: ["rtl"],
    },
    {
      file: "emoji.txt",
      what: "emoji (surrogate pairs, flags, ZWJ sequences, skin tones)",
      write: (p) => writeFileSync(p, `🚀 Rockets hit al-Tanf 🇺🇸 on Monday. 💥💥 👩🏽‍🚒 responded. ${GOOD} 🕊️`),
      stored: ["emoji"],
    },
    {
      file: "zero-width.txt",
      what: "zero-width characters inside words",
      write: (p) => writeFileSync(p, `US for\u200Bces were atta\u200Dcked with rock\uFEFFets at al-\u2060Tanf on Monday.`),
      stored: ["zero-width"],
      text: (t) => {
        if (/\u200B|\u200D|\uFEFF|\u2060/.test(t)) throw new Error("zero-width characters kept");
      },
    },
    {
      file: "long-token.txt",
      what: "a 10,000-character token",
      write: (p) => writeFileSync(p, `${GOOD} ${"x".repeat(10_000)} ${GOOD}`),
      stored: ["long-token"],
    },
    {
      file: "deep.jsonl",
      what: "deeply nested JSON lines (100,000 levels)",
      write: (p) =>
        writeFileSync(
          p,
          [
            "[".repeat(100_000) + "]".repeat(100_000),
            `{"id":"deep-2","text":${JSON.stringify(GOOD)},"extra":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
            `{"id":"deep-3","text":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}`,
          ].join("\n"),
        ),
      stored: ["deep-2"],
      failures: [
        { line: 1, code: "E_SHAPE" },
        { line: 3, code: "E_SHAPE" },
      ],
    },
    {
      file: "not-gzip.jsonl.gz",
      what: "a .jsonl.gz that is not gzip",
      write: (p) => writeFileSync(p, line({ id: "plain", text: GOOD }) + "\n"),
      failures: [{ line: null, code: "E_GZIP" }],
    },
    {
      file: "truncated.jsonl.gz",
      what: "a truncated .jsonl.gz",
      write: (p) => {
        // Record 3 is incompressible, so it fills most of the gzip data and the cut falls inside it.
        const records = [line({ id: "trunc-1", text: GOOD }), line({ id: "trunc-2", text: article }), line({ id: "trunc-3", text: `${GOOD} ${bytes(20_000, 5).toString("hex")}` })];
        const gz = gzipSync(records.join("\n"));
        writeFileSync(p, gz.subarray(0, Math.floor(gz.length * 0.7)));
      },
      stored: ["trunc-1", "trunc-2"],
      failures: [{ line: 3, code: "E_GZIP" }],
    },
    {
      file: "folder.txt/inner.txt",
      what: "a directory named x.txt (its articles are read)",
      write: (p) => {
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, GOOD);
      },
      stored: ["inner"],
    },
    { file: "loop.txt", what: "a symlink loop (a link to itself)", write: (p) => symlinkSync("loop.txt", p), failures: [{ line: null, code: "E_READ" }] },
    { file: "up", what: "a symlink to its own folder (would loop a walker that followed it)", write: (p) => symlinkSync(".", p) },
    {
      file: "unreadable.txt",
      what: o.root ? "an unreadable file, chmod 000 (the tests run as root, who reads it anyway)" : "an unreadable file, chmod 000",
      write: (p) => {
        writeFileSync(p, GOOD);
        chmodSync(p, 0);
      },
      ...(o.root ? { stored: ["unreadable"] } : { failures: [{ line: null, code: "E_READ" }] }),
    },
    {
      file: "crlf.txt",
      what: "CRLF line endings",
      write: (p) => writeFileSync(p, article.replace(/\n/g, "\r\n")),
      stored: ["crlf"],
      text: (t) => {
        if (t.includes("\r")) throw new Error("carriage return kept");
      },
    },
    { file: "bom-only.txt", what: "a BOM and nothing else", write: (p) => writeFileSync(p, Buffer.from([0xef, 0xbb, 0xbf])), failures: [{ line: null, code: "E_EMPTY" }] },
    { file: "whitespace.txt", what: "only white space", write: (p) => writeFileSync(p, " \n\t  \r\n \u00A0 \u3000 \n"), failures: [{ line: null, code: "E_EMPTY" }] },
    {
      file: "template-only.txt",
      what: "only template tags",
      write: (p) => writeFileSync(p, "{{^adFree}}\n{{{ad_slot}}}\n[[nid:12345]]\n{{/adFree}}\n"),
      failures: [{ line: null, code: "E_EMPTY" }],
    },
    {
      file: "header-only.txt",
      what: "only a date header line",
      write: (p) => writeFileSync(p, " date 2023-11-24\n"),
      failures: [{ line: null, code: "E_EMPTY" }],
    },
    {
      file: "mojibake.txt",
      what: "mojibake (UTF-8 read as Windows-1252)",
      write: (p) => writeFileSync(p, `The attack didnâ€™t hurt anyone, officials said â€” the third this week. ${GOOD}`),
      stored: ["mojibake"],
      warning: "mojibake-repaired",
      text: (t) => {
        if (!t.includes("didn’t") || !t.includes("said —")) throw new Error("mojibake not repaired");
      },
    },
    { file: "fifo.txt", what: "a named pipe (FIFO) named .txt", write: (p) => execFileSync("mkfifo", [p]), failures: [{ line: null, code: "E_NOT_FILE" }] },
    { file: "zero.txt", what: "a symlink to /dev/zero named .txt", write: (p) => symlinkSync("/dev/zero", p), failures: [{ line: null, code: "E_NOT_FILE" }] },
    {
      file: "bom.jsonl",
      what: "a .jsonl starting with a UTF-8 BOM",
      write: (p) => writeFileSync(p, "\uFEFF" + line({ id: "bom-1", text: GOOD }) + "\n"),
      stored: ["bom-1"],
    },
    { file: "empty.jsonl", what: "an empty .jsonl", write: (p) => writeFileSync(p, ""), failures: [{ line: null, code: "E_EMPTY" }] },
    { file: "blank.jsonl", what: "a .jsonl of blank lines", write: (p) => writeFileSync(p, "\n\n   \n\r\n"), failures: [{ line: null, code: "E_EMPTY" }] },
    {
      file: "lone-surrogate.jsonl",
      what: "unpaired UTF-16 surrogates in JSON (\\ud800)",
      write: (p) => writeFileSync(p, `{"id":"lone","text":"Rockets hit \\ud800 al-Tanf on Monday. \\udc00 ${GOOD}"}\n`),
      stored: ["lone"],
      warning: "lone-surrogates",
    },
    {
      file: "controls.txt",
      what: "terminal escapes and a bell (control characters)",
      write: (p) => writeFileSync(p, `\x1b[31mALERT\x1b[0m\x07 ${GOOD}`),
      stored: ["controls"],
      warning: "control-chars-removed",
    },
    { file: "gzip-named.txt", what: "gzip data named .txt", write: (p) => writeFileSync(p, gzipSync(article)), failures: [{ line: null, code: "E_BINARY" }] },
    {
      file: "dupe.jsonl",
      what: "the same id twice in one dump: the first is stored, the second refused naming both",
      write: (p) => writeFileSync(p, [line({ id: "dupe", text: "An early draft." }), line({ id: "dupe", text: GOOD })].join("\n")),
      stored: ["dupe"],
      failures: [{ line: 2, code: "E_DUPLICATE_KEY" }],
    },
    { file: "punctuation.txt", what: "only punctuation", write: (p) => writeFileSync(p, "....!!!???……;;;---"), stored: ["punctuation"] },
    {
      file: "impossible-header.txt",
      what: "a date header with an impossible date (2023-02-30)",
      write: (p) => writeFileSync(p, ` date 2023-02-30 ${GOOD}`),
      stored: ["impossible-header"],
    },
    {
      file: "name with\nnewline ü.txt",
      what: "a file name with a newline and non-ASCII letters",
      write: (p) => writeFileSync(p, GOOD),
      stored: ["name with\nnewline ü"],
    },
    { file: "picture.png", what: "a non-article file in the folder (skipped quietly)", write: (p) => writeFileSync(p, bytes(256, 3)) },
    {
      file: `${"deep/".repeat(40)}bottom.txt`,
      what: "an article 40 folders deep",
      write: (p) => {
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, GOOD);
      },
      stored: ["bottom"],
    },
  ];
  mkdirSync(dir, { recursive: true });
  for (const c of cases) c.write(join(dir, c.file));
  return cases.map(({ write: _write, ...c }) => c);
}
