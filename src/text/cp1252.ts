/**
 * Windows-1252 in both directions. Decoding serves files that are not valid
 * UTF-8; encoding serves mojibake repair, which turns text that was decoded
 * with the wrong code page back into the bytes it came from.
 */

/** What bytes 0x80–0x9F mean in Windows-1252; the five undefined ones map to the C1 control of the same number (as WHATWG decoders do). */
const HIGH_80_9F =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

/** Code unit → byte for the characters Windows-1252 puts at 0x80–0x9F. */
const SPECIAL_TO_BYTE = new Map<number, number>();
for (let b = 0x80; b <= 0x9f; b++) SPECIAL_TO_BYTE.set(HIGH_80_9F.charCodeAt(b - 0x80), b);

/** Decodes bytes as Windows-1252 (a superset of printable Latin-1). */
export function decodeCp1252(buf: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let off = 0; off < buf.length; off += CHUNK) {
    const end = Math.min(buf.length, off + CHUNK);
    const codes = new Array<number>(end - off);
    for (let i = off; i < end; i++) {
      const b = buf[i]!;
      codes[i - off] = b >= 0x80 && b <= 0x9f ? HIGH_80_9F.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

/**
 * The byte a UTF-16 code unit had if the text was decoded as Windows-1252 or
 * Latin-1, restricted to the high half (0x80–0xFF); -1 for anything else.
 * C1 controls map to themselves because Latin-1 decoders produce them.
 */
export function highByteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return SPECIAL_TO_BYTE.get(code) ?? -1;
}
