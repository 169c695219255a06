/**
 * Stage 2: article bytes → text. Recognises UTF-8 (with or without BOM),
 * UTF-16 (with a BOM, or by its pattern of NUL bytes), falls back to
 * Windows-1252 for bytes that are not UTF-8, and refuses empty and binary
 * files with a stable code and one human sentence. A run of NUL bytes at
 * the very end (what a crash during a write or a pre-allocating copier
 * leaves) is dropped with a warning; NULs inside the text mean binary.
 */
import { isUtf8 } from "node:buffer";
import { decodeCp1252 } from "./cp1252.js";

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; code: "empty" | "binary"; reason: string };

/** Share of control bytes above which a file counts as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** How many leading bytes the UTF-16 sniffer looks at. */
const SNIFF_BYTES = 4096;

/**
 * Decodes one article file. Warnings start with a code (`latin1-fallback`,
 * `utf16le-bom`, `utf16be-bom`, `utf16le-no-bom`, `utf16be-no-bom`,
 * `nul-padding`) followed by a sentence.
 */
export function decodeArticleBytes(buf: Buffer): DecodeResult {
  if (buf.length === 0) return { ok: false, code: "empty", reason: "file is empty (0 bytes): nothing to ingest" };

  // A BOM decides the encoding outright.
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return finish(buf.subarray(3), "utf-8", []);
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return finishUtf16(buf.subarray(2), "le", ["utf16le-bom: file is UTF-16 little-endian (with BOM); decoded to UTF-8"]);
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return finishUtf16(buf.subarray(2), "be", ["utf16be-bom: file is UTF-16 big-endian (with BOM); decoded to UTF-8"]);
  }

  const sniffed = sniffUtf16(buf);
  if (sniffed) {
    return finishUtf16(buf, sniffed, [
      `utf16${sniffed}-no-bom: file looks like UTF-16 ${sniffed === "le" ? "little" : "big"}-endian without a BOM; decoded to UTF-8`,
    ]);
  }

  const warnings: string[] = [];
  let end = buf.length;
  while (end > 0 && buf[end - 1] === 0) end--;
  if (end === 0) return binary("file holds only NUL bytes: it was never written, or its content was lost");
  const nul = buf.indexOf(0);
  if (nul >= 0 && nul < end) return binary(`file looks binary (NUL bytes at offset ${nul}): not a text article; leave it out or convert it to text`);
  if (end < buf.length) {
    warnings.push(`nul-padding: dropped ${buf.length - end} NUL byte(s) padding the end of the file`);
    buf = buf.subarray(0, end);
  }
  const controls = countControlBytes(buf);
  if (controls > buf.length * MAX_CONTROL_SHARE) {
    return binary(`file looks binary (${Math.round((100 * controls) / buf.length)}% control bytes): not a text article; leave it out`);
  }

  if (isUtf8(buf)) return finish(buf, "utf-8", warnings);
  return finish(buf, "windows-1252", [
    ...warnings,
    "latin1-fallback: file is not valid UTF-8; decoded as Windows-1252 (Latin-1)",
  ]);
}

function finish(bytes: Buffer, encoding: string, warnings: string[]): DecodeResult {
  const text = encoding === "utf-8" ? bytes.toString("utf8") : decodeCp1252(bytes);
  return checkText(text, encoding, warnings);
}

function finishUtf16(bytes: Buffer, order: "le" | "be", warnings: string[]): DecodeResult {
  let body = bytes;
  if (body.length % 2 === 1) {
    warnings.push("utf16-odd-length: UTF-16 file has an odd number of bytes; the last byte was dropped");
    body = body.subarray(0, body.length - 1);
  }
  // swap16 works in place, so swap a copy; Buffer decodes only little-endian.
  const le = order === "le" ? body : Buffer.from(body).swap16();
  return checkText(le.toString("utf16le"), order === "le" ? "utf-16le" : "utf-16be", warnings);
}

/** The decoded text must still have content and must not be binary. */
function checkText(text: string, encoding: string, warnings: string[]): DecodeResult {
  if (text.trim() === "") {
    const what = text.length === 0 ? `file is empty apart from its ${encoding.toUpperCase()} byte-order mark` : "file contains only white space";
    return { ok: false, code: "empty", reason: `${what}: nothing to ingest` };
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return binary(`file looks binary (NUL characters at character ${nul} after decoding as ${encoding})`);
  return { ok: true, text, encoding, warnings };
}

function binary(reason: string): DecodeResult {
  return { ok: false, code: "binary", reason };
}

/**
 * UTF-16 without a BOM: text in a Latin script has a NUL in every other
 * byte (odd offsets for little-endian, even for big-endian) and almost none
 * in the other position.
 */
function sniffUtf16(buf: Buffer): "le" | "be" | null {
  const len = Math.min(buf.length, SNIFF_BYTES) & ~1;
  if (len < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < len; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = len / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= oddNul * 0.05) return "le";
  if (evenNul >= pairs * 0.3 && oddNul <= evenNul * 0.05) return "be";
  return null;
}

/** C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL. */
function countControlBytes(buf: Buffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) n++;
  }
  return n;
}
