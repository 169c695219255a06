/**
 * Stage 1, reading: walks the paths a user gives and yields one item per
 * article, streaming — `.txt` files (recursively) and JSON Lines dumps
 * (`.jsonl`, `.jsonl.gz`, one article per line). Nothing is held beyond the
 * item being yielded, so a dump of any size reads in bounded memory.
 * Reading is bounded too: only regular files are opened (a named pipe or a
 * device would never end), no file or dump line is read past the article
 * size limit, a gzip is inflated only up to a bound (decompression bombs),
 * reading one article or dump record may take at most `readTimeoutMs`
 * (a dump of blank lines, a hung file system), and symbolic links to
 * folders are not followed (no loops).
 * Problems are yielded as `failure` items naming the file (and line), so the
 * caller reports them and the rest of the batch goes on.
 *
 * Article keys: by default a `.txt` file's name without `.txt`, and a dump
 * record's `id` (else `DUMPNAME:LINE`). With `keyFrom: "path"`, the path as
 * given instead of the name (`d1/a`, `dumps/x.jsonl:7`), for corpora whose
 * folders reuse file names.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, join, normalize } from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import { SitrepError } from "../errors.js";
import { boundedLines } from "./boundedLines.js";
import { DEFAULT_MAX_ARTICLE_BYTES, formatBytes, fsError, gunzipLimit, limitGunzip, openRegularFile, readFileBounded, tooLarge } from "./openRegularFile.js";

export interface ArticleMeta {
  url: string | null;
  title: string | null;
  /** The dump's `published` field, already checked to be YYYY-MM-DD. */
  published: string | null;
}

/** A `.txt` file, read lazily as bytes (decoding is the clean stage's job). */
export interface TextFileItem {
  type: "txt";
  key: string;
  sourcePath: string;
  sourceLine: null;
  load: () => Promise<Buffer>;
}

/** One record of a JSON Lines dump. */
export interface DumpRecordItem {
  type: "jsonl";
  key: string;
  sourcePath: string;
  sourceLine: number;
  text: string;
  meta: ArticleMeta;
  warnings: string[];
}

export interface ReadFailure {
  type: "failure";
  sourcePath: string;
  sourceLine: number | null;
  code: string;
  reason: string;
}

export type CorpusItem = TextFileItem | DumpRecordItem | ReadFailure;

export type KeyFrom = "name" | "path";

export interface ReadOptions {
  /** Largest article in bytes: a bigger `.txt` file or dump record fails with E_TOO_LARGE (default 1 MB). */
  maxArticleBytes?: number;
  /** Keys from the file name (default) or from the path as given. */
  keyFrom?: KeyFrom;
  /** Longest time reading one `.txt` file, or a dump up to its next record, may take, in ms (default 60 s): then E_TIMEOUT. */
  readTimeoutMs?: number;
}

const DEFAULT_READ_TIMEOUT_MS = 60_000;

const DUMP_SUFFIXES = [".jsonl", ".jsonl.gz", ".ndjson"];

function isDump(path: string): boolean {
  return DUMP_SUFFIXES.some((s) => path.toLowerCase().endsWith(s));
}

/** Yields every article item under the given files and folders, in a stable order. */
export async function* readCorpus(paths: string[], options: ReadOptions = {}): AsyncGenerator<CorpusItem> {
  const limits: Limits = { max: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES, timeoutMs: options.readTimeoutMs ?? DEFAULT_READ_TIMEOUT_MS };
  const keys = options.keyFrom ?? "name";
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield failure(path, null, fsError(err, path));
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path, limits, keys);
    else if (isDump(path)) yield* readDump(path, limits, keys);
    else if (path.toLowerCase().endsWith(".txt")) yield textItem(path, limits, keys);
    else
      yield {
        type: "failure",
        sourcePath: path,
        sourceLine: null,
        code: "E_UNSUPPORTED",
        reason: "not a .txt file or a .jsonl / .jsonl.gz dump: rename it, or leave it out",
      };
  }
}

/** The article size limit in bytes and the read time limit in ms. */
interface Limits {
  max: number;
  timeoutMs: number;
}

async function* walkFolder(dir: string, limits: Limits, keys: KeyFrom): AsyncGenerator<CorpusItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield failure(dir, null, fsError(err, dir));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".")) continue;
    // A symbolic link to a folder is not a directory entry here, so it is never
    // followed: a link back up the tree cannot make the walk loop.
    if (entry.isDirectory()) yield* walkFolder(full, limits, keys);
    else if (isDump(full)) yield* readDump(full, limits, keys);
    else if (entry.name.toLowerCase().endsWith(".txt")) yield textItem(full, limits, keys);
    // Other files in a corpus folder (README, images) are not articles: skip quietly.
  }
}

/** The path as a key: forward slashes, no leading "./". */
function pathKey(path: string): string {
  return normalize(path).replace(/\\/g, "/").replace(/^\.\//, "");
}

function textItem(path: string, limits: Limits, keys: KeyFrom = "name"): TextFileItem {
  return {
    type: "txt",
    key: (keys === "path" ? pathKey(path) : basename(path)).replace(/\.txt$/i, ""),
    sourcePath: path,
    sourceLine: null,
    load: () => withinTime(readFileBounded(path, limits.max), limits.timeoutMs),
  };
}

function failure(sourcePath: string, sourceLine: number | null, err: SitrepError): ReadFailure {
  return { type: "failure", sourcePath, sourceLine, code: err.code, reason: err.message };
}

/**
 * Longest dump line we read: a record holds its text JSON-escaped ("\u0627"
 * is six characters for one), so a line may be a few times the article limit.
 */
export function maxDumpLine(maxArticleBytes: number): number {
  return 6 * maxArticleBytes + 64 * 1024;
}

/** `reading` unless it takes over `ms`: then E_TIMEOUT (the read itself is left to finish or fail on its own). */
async function withinTime<T>(reading: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(readTimeout(`reading the file took over ${seconds(ms)}`)), ms);
  });
  try {
    return await Promise.race([reading, late]);
  } finally {
    clearTimeout(timer);
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

function readTimeout(what: string): SitrepError {
  return new SitrepError("E_TIMEOUT", `${what} (a hung file system, or a dump of little but blank lines): check the file, or raise --article-timeout`);
}

/**
 * Passes `chunks` through while the time since `clock.since` (the first
 * chunk, then the last record handed out) stays within `ms`; the reader
 * resets the clock after each record, so only reading counts, not the time
 * the consumer holds one.
 */
async function* limitTime(chunks: AsyncIterable<Buffer>, clock: { since: number | null; line: number }, ms: number): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    clock.since ??= performance.now();
    if (performance.now() - clock.since > ms) throw readTimeout(`reading took over ${seconds(ms)} without finding a record${clock.line ? ` after line ${clock.line}` : ""}`);
    yield chunk;
  }
}

async function* readDump(path: string, limits: Limits, keys: KeyFrom): AsyncGenerator<CorpusItem> {
  const max = limits.max;
  const gz = path.toLowerCase().endsWith(".gz");
  let opened;
  try {
    opened = await openRegularFile(path);
  } catch (err) {
    yield failure(path, null, err as SitrepError);
    return;
  }
  const raw = opened.handle.createReadStream();
  // pipeline() passes an error of either stream on to the one we iterate
  // (with .pipe(), a read error would leave the gunzip stream waiting forever).
  // A gzip is read only up to gunzipLimit (decompression bombs).
  const bytes = gz ? limitGunzip(pipeline(raw, createGunzip(), () => {}), opened.size, gunzipLimit(opened.size, max)) : raw;
  const clock: { since: number | null; line: number } = { since: null, line: 0 };
  const input = limitTime(bytes, clock, limits.timeoutMs);
  let lineNo = 0;
  let records = 0;
  try {
    for await (const line of boundedLines(input, maxDumpLine(max))) {
      lineNo = line.lineNo;
      if ("tooLongBytes" in line) {
        records++;
        yield failure(path, lineNo, tooLarge(`line is ${formatBytes(line.tooLongBytes)}`, max));
      } else if (line.text.trim() !== "") {
        records++;
        yield parseDumpLine(path, lineNo, line.text, max, keys);
      } else continue; // blank apart from Unicode spaces: no record, the clock runs on
      clock.since = performance.now();
      clock.line = lineNo;
    }
  } catch (err) {
    // The line being read when the stream broke; none when nothing could be read at all.
    yield failure(path, lineNo === 0 ? null : lineNo + 1, gz ? gzipError(err, records) : fsError(err, path));
    return;
  } finally {
    raw.destroy();
  }
  if (records === 0) yield failure(path, null, new SitrepError("E_EMPTY", "the dump has no records (no non-blank lines)"));
}

/** Why a `.gz` could not be read, with what to do. */
function gzipError(err: unknown, recordsRead: number): SitrepError {
  if (err instanceof SitrepError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e.code === "Z_DATA_ERROR" && /header/i.test(e.message))
    return new SitrepError("E_GZIP", "not gzip data (incorrect header check): if it is plain JSON Lines, drop the .gz from its name");
  if (e.code === "Z_BUF_ERROR" || /unexpected end/i.test(e.message))
    return new SitrepError(
      "E_GZIP",
      `the gzip data ends early (truncated file); the ${recordsRead} record(s) before the cut were read: fetch or compress the dump again`,
    );
  if (typeof e.code === "string" && e.code.startsWith("Z_")) return new SitrepError("E_GZIP", `corrupt gzip data (${e.message}): fetch or compress the dump again`);
  return fsError(err, "");
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/** Checks one dump record's shape; exported for tests. */
export function parseDumpLine(
  path: string,
  lineNo: number,
  line: string,
  maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES,
  keys: KeyFrom = "name",
): DumpRecordItem | ReadFailure {
  const fail = (code: string, reason: string): ReadFailure => ({ type: "failure", sourcePath: path, sourceLine: lineNo, code, reason });
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    // V8's message quotes the line; keep it short, it is printed on one line.
    const message = (err as Error).message.replace(/\s+/g, " ");
    return fail("E_JSON", `not valid JSON (${message.length > 160 ? message.slice(0, 160) + "…" : message}): fix or remove the line`);
  }
  if (record === null || typeof record !== "object" || Array.isArray(record))
    return fail("E_SHAPE", `a record must be a JSON object with a "text" string, got ${typeName(record)}`);
  const r = record as Record<string, unknown>;
  if (typeof r.text !== "string") return fail("E_SHAPE", `"text" must be a string, got ${r.text === undefined ? "nothing" : typeName(r.text)}`);
  if (r.text.trim() === "") return fail("E_EMPTY", `"text" is empty or only white space: nothing to ingest`);
  const bytes = Buffer.byteLength(r.text, "utf8");
  if (bytes > maxArticleBytes) return fail("E_TOO_LARGE", tooLarge(`"text" is ${formatBytes(bytes)}`, maxArticleBytes).message);
  if (r.id !== undefined && typeof r.id !== "string" && typeof r.id !== "number")
    return fail("E_SHAPE", `"id" must be a string or number, got ${typeName(r.id)}`);
  const warnings: string[] = [];
  const optionalString = (field: string): string | null => {
    const v = r[field];
    if (v === undefined || v === null) return null;
    if (typeof v === "string") return v;
    warnings.push(`"${field}" ignored: expected a string, got ${typeName(v)}`);
    return null;
  };
  let published = optionalString("published");
  if (published !== null) {
    const m = ISO_DAY.exec(published.trim());
    if (m && isCalendarDay(m[1]!)) published = m[1]!;
    else {
      warnings.push(`"published" ignored: ${JSON.stringify(published)} is not a YYYY-MM-DD date`);
      published = null;
    }
  }
  const id = r.id === undefined || String(r.id).trim() === "" ? null : String(r.id).trim();
  const dump = (keys === "path" ? pathKey(path) : basename(path)).replace(/\.(jsonl(\.gz)?|ndjson)$/i, "");
  return {
    type: "jsonl",
    key: keys === "path" ? `${dump}:${id ?? lineNo}` : (id ?? `${dump}:${lineNo}`),
    sourcePath: path,
    sourceLine: lineNo,
    text: r.text,
    meta: { url: optionalString("url"), title: optionalString("title"), published },
    warnings,
  };
}

/** "2023-02-28" yes, "2023-02-30" no (Date.parse accepts it and means 2 March). */
function isCalendarDay(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "null", "an array", "a number" … for messages about JSON values. */
function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
