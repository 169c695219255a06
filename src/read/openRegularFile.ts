/**
 * Opening input files safely. Only regular files are read: a named pipe
 * would block the read forever and a device (/dev/zero behind a symlink)
 * never ends, so both are refused before a byte is read. A `.txt` file is
 * read whole but never past the article size limit, so one huge file cannot
 * exhaust memory. File-system errors become stable codes with a sentence
 * that says what to do.
 */
import { constants, type Stats } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { SitrepError } from "../errors.js";

/** Default largest article, in bytes (of the file, or of a dump record's text as UTF-8). */
export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

/**
 * Opens `path` for reading if it is a regular file. O_NONBLOCK makes the
 * open itself return at once on a named pipe (a plain open waits for a
 * writer); it changes nothing for regular files.
 */
export async function openRegularFile(path: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw fsError(err, path);
  }
  let info: Stats;
  try {
    info = await handle.stat();
  } catch (err) {
    await handle.close();
    throw fsError(err, path);
  }
  if (!info.isFile()) {
    await handle.close();
    throw new SitrepError("E_NOT_FILE", `${kindOf(info)}, not a regular file: only regular files are read; leave it out`);
  }
  return { handle, size: info.size };
}

/** Reads a whole regular file of at most `maxBytes` bytes; larger files fail with E_TOO_LARGE before they are read. */
export async function readFileBounded(path: string, maxBytes: number): Promise<Buffer> {
  const { handle, size } = await openRegularFile(path);
  try {
    if (size > maxBytes) throw tooLarge(`file is ${formatBytes(size)}`, maxBytes);
    // Read one byte more than allowed: a file that grew since stat is caught too.
    const buf = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await handle.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > maxBytes) throw tooLarge("file grew while being read and is", maxBytes);
    return buf.subarray(0, got);
  } catch (err) {
    throw err instanceof SitrepError ? err : fsError(err, path);
  } finally {
    await handle.close();
  }
}

/** The E_TOO_LARGE error: `what` says what is too large ("file is 50.0 MB"). */
export function tooLarge(what: string, maxBytes: number): SitrepError {
  return new SitrepError(
    "E_TOO_LARGE",
    `${what}, over the ${formatBytes(maxBytes)} article limit: split it into articles, or raise --max-article-kb`,
  );
}

/** Maps a Node file-system error to a sitrep error with a stable code and a remedy. */
export function fsError(err: unknown, path: string): SitrepError {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case "ENOENT":
      return new SitrepError("E_NOT_FOUND", "no such file or folder (was it moved or deleted during the run?)");
    case "EACCES":
    case "EPERM":
      return new SitrepError("E_READ", "permission denied: make it readable (chmod +r) or leave it out");
    case "ELOOP":
      return new SitrepError("E_READ", "symbolic link loop (the link points back to itself): fix or remove the link");
    case "EISDIR":
      return new SitrepError("E_NOT_FILE", "a folder, not a regular file");
    default:
      return new SitrepError("E_READ", `cannot read ${path}: ${e.message ?? String(err)}`);
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "a special file";
}

/** "1.0 MB", "512 KB", "17 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * Gzip can expand about a thousand-fold: 510 KB of compressed newlines is
 * half a gigabyte. News text in JSON Lines compresses three- to ten-fold,
 * so a dump that expands more than MAX_GZIP_RATIO-fold (and past a floor
 * that small dumps and one raised-limit article always fit under) is refused
 * as a decompression bomb once that much has been read.
 */
export const MAX_GZIP_RATIO = 50;
const GZIP_FLOOR_BYTES = 64 * 1024 * 1024;

/** The most bytes a gzip of `compressedBytes` may expand to, for articles of at most `maxArticleBytes`. */
export function gunzipLimit(compressedBytes: number, maxArticleBytes: number): number {
  return Math.max(MAX_GZIP_RATIO * compressedBytes, GZIP_FLOOR_BYTES, 16 * maxArticleBytes);
}

/** Passes `chunks` through, failing with E_GZIP once more than `limit` bytes came out of `compressedBytes`. */
export async function* limitGunzip(chunks: AsyncIterable<Buffer>, compressedBytes: number, limit: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limit)
      throw new SitrepError(
        "E_GZIP",
        `the ${formatBytes(compressedBytes)} gzip expands to over ${formatBytes(limit)} (more than ${Math.floor(limit / Math.max(1, compressedBytes))}-fold, ` +
          `a decompression bomb or not JSON Lines); the records before it were read: decompress it yourself and check it`,
      );
    yield chunk;
  }
}
