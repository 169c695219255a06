/**
 * Splits a byte stream into lines without ever holding more than
 * `maxBytes` of one line: a longer line is counted through to its end and
 * reported by length, never buffered (node:readline keeps the whole line,
 * so a dump with no newline in 10 GB would exhaust memory). Lines end at
 * "\n"; a "\r" before it is dropped; a UTF-8 byte-order mark opening the
 * first line is dropped. Lines are decoded as UTF-8 (JSON Lines' encoding);
 * invalid bytes become U+FFFD, which the clean stage reports.
 */

export type Line = { lineNo: number; text: string } | { lineNo: number; tooLongBytes: number };

/** Yields every line of `chunks` (empty lines included, so numbers match an editor's). */
export async function* boundedLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  let lineNo = 0;
  const finish = (): Line => {
    lineNo++;
    if (overflow) return { lineNo, tooLongBytes: length };
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
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
    for (let nl = chunk.indexOf(0x0a, from); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      take(chunk.subarray(from, nl));
      yield finish();
      parts = [];
      length = 0;
      overflow = false;
      from = nl + 1;
    }
    // Copy the tail: the stream may reuse the chunk's memory.
    if (from < chunk.length) take(Buffer.from(chunk.subarray(from)));
  }
  if (length > 0 || overflow) yield finish();
}
