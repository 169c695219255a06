/**
 * Splits a byte stream into lines without ever holding more than
 * `maxBytes` of one line: a longer line is counted through to its end and
 * reported by length, never buffered (node:readline keeps the whole line,
 * so a dump with no newline in 10 GB would exhaust memory). Lines end at
 * "\n"; a "\r" before it is dropped; a UTF-8 byte-order mark opening the
 * first line is dropped. Lines are decoded as UTF-8 (JSON Lines' encoding);
 * invalid bytes become U+FFFD, which the clean stage reports.
 *
 * Blank lines (nothing but spaces, tabs and CRs) are counted but not
 * yielded, and a run of empty lines is skipped byte by byte without building
 * a line: a gzip of half a gigabyte of newlines otherwise kept the reader
 * busy for minutes yielding empty strings.
 */

export type Line = { lineNo: number; text: string } | { lineNo: number; tooLongBytes: number };

const NL = 0x0a;
const CR = 0x0d;

function isBlank(parts: Buffer[]): boolean {
  for (const p of parts) for (let i = 0; i < p.length; i++) if (p[i] !== 0x20 && p[i] !== 0x09 && p[i] !== CR) return false;
  return true;
}

/** Yields every non-blank line of `chunks` with its number (blank lines count, so numbers match an editor's). */
export async function* boundedLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let lineNo = 0;
  const finish = (): Line | null => {
    lineNo++;
    if (overflow) return { lineNo, tooLongBytes: length };
    if (isBlank(parts)) return null;
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    return { lineNo, text: bytes.toString("utf8") };
  };
  const take = (piece: Buffer): void => {
    length += piece.length;
    if (overflow) return;
    if (length > maxBytes) {
      overflow = true;
      parts = [];
    } else if (piece.length > 0) parts.push(piece);
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from < chunk.length) {
      // Empty lines, with nothing of a line pending: count them and move on.
      if (length === 0 && !overflow && chunk[from] === NL) {
        let end = from;
        while (end < chunk.length && chunk[end] === NL) end++;
        lineNo += end - from;
        from = end;
        continue;
      }
      const nl = chunk.indexOf(NL, from);
      if (nl < 0) break;
      take(chunk.subarray(from, nl));
      const line = finish();
      if (line) yield line;
      parts = [];
      length = 0;
      overflow = false;
      from = nl + 1;
    }
    // Copy the tail: the stream may reuse the chunk's memory.
    if (from < chunk.length) take(Buffer.from(chunk.subarray(from)));
  }
  if (length > 0 || overflow) {
    const line = finish();
    if (line) yield line;
  }
}
