/**
 * Stage 1, reading: walks the paths a user gives and yields one item per
 * article, streaming — `.txt` files (recursively) and JSON Lines dumps
 * (`.jsonl`, `.jsonl.gz`, one article per line). Nothing is held beyond the
 * item being yielded, so a dump of any size reads in bounded memory.
 * Problems are yielded as `failure` items naming the file (and line), so the
 * caller reports them and the rest of the batch goes on.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

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

const DUMP_SUFFIXES = [".jsonl", ".jsonl.gz", ".ndjson"];

function isDump(path: string): boolean {
  return DUMP_SUFFIXES.some((s) => path.toLowerCase().endsWith(s));
}

/** Yields every article item under the given files and folders, in a stable order. */
export async function* readCorpus(paths: string[]): AsyncGenerator<CorpusItem> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { type: "failure", sourcePath: path, sourceLine: null, code: "E_NOT_FOUND", reason: "no such file or folder" };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path);
    else if (isDump(path)) yield* readDump(path);
    else if (path.toLowerCase().endsWith(".txt")) yield textItem(path);
    else
      yield {
        type: "failure",
        sourcePath: path,
        sourceLine: null,
        code: "E_UNSUPPORTED",
        reason: "not a .txt file or a .jsonl / .jsonl.gz dump",
      };
  }
}

async function* walkFolder(dir: string): AsyncGenerator<CorpusItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { type: "failure", sourcePath: dir, sourceLine: null, code: "E_READ", reason: (err as Error).message };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) yield* walkFolder(full);
    else if (isDump(full)) yield* readDump(full);
    else if (entry.name.toLowerCase().endsWith(".txt")) yield textItem(full);
    // Other files in a corpus folder (README, images) are not articles: skip quietly.
  }
}

function textItem(path: string): TextFileItem {
  return {
    type: "txt",
    key: basename(path).replace(/\.txt$/i, ""),
    sourcePath: path,
    sourceLine: null,
    load: () => readFile(path),
  };
}

/** Longest dump line we accept; longer lines are reported, not parsed. */
export const MAX_DUMP_LINE = 64 * 1024 * 1024;

async function* readDump(path: string): AsyncGenerator<CorpusItem> {
  const raw = createReadStream(path);
  const stream = path.toLowerCase().endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === "") continue;
      yield parseDumpLine(path, lineNo, line);
    }
  } catch (err) {
    yield { type: "failure", sourcePath: path, sourceLine: lineNo || null, code: "E_READ", reason: (err as Error).message };
  }
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/** Checks one dump record's shape; exported for tests. */
export function parseDumpLine(path: string, lineNo: number, line: string): DumpRecordItem | ReadFailure {
  const fail = (code: string, reason: string): ReadFailure => ({ type: "failure", sourcePath: path, sourceLine: lineNo, code, reason });
  if (line.length > MAX_DUMP_LINE) return fail("E_TOO_LARGE", `line is ${line.length} characters, over the ${MAX_DUMP_LINE} limit`);
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return fail("E_JSON", `not valid JSON (${(err as Error).message})`);
  }
  if (record === null || typeof record !== "object" || Array.isArray(record)) return fail("E_SHAPE", "a record must be a JSON object");
  const r = record as Record<string, unknown>;
  if (typeof r.text !== "string") return fail("E_SHAPE", `"text" must be a string, got ${r.text === undefined ? "nothing" : typeof r.text}`);
  if (r.text.trim() === "") return fail("E_EMPTY", `"text" is empty`);
  if (r.id !== undefined && typeof r.id !== "string" && typeof r.id !== "number")
    return fail("E_SHAPE", `"id" must be a string or number, got ${typeof r.id}`);
  const warnings: string[] = [];
  const optionalString = (field: string): string | null => {
    const v = r[field];
    if (v === undefined || v === null) return null;
    if (typeof v === "string") return v;
    warnings.push(`"${field}" ignored: expected a string, got ${typeof v}`);
    return null;
  };
  let published = optionalString("published");
  if (published !== null) {
    const m = ISO_DAY.exec(published.trim());
    if (m && !Number.isNaN(Date.parse(m[1]!))) published = m[1]!;
    else {
      warnings.push(`"published" ignored: ${JSON.stringify(published)} is not a YYYY-MM-DD date`);
      published = null;
    }
  }
  const id = r.id === undefined || String(r.id).trim() === "" ? null : String(r.id).trim();
  return {
    type: "jsonl",
    key: id ?? `${basename(path).replace(/\.(jsonl(\.gz)?|ndjson)$/i, "")}:${lineNo}`,
    sourcePath: path,
    sourceLine: lineNo,
    text: r.text,
    meta: { url: optionalString("url"), title: optionalString("title"), published },
    warnings,
  };
}
