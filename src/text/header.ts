/**
 * Stage 3: the optional date header. Articles may start with
 * ` date 2023-11-24` (corpus convention); the date is the publication date
 * and the rest of that line is ordinary body text. A dump record's title
 * becomes the text's first line (`prependTitle`).
 */

/** Leading white space, the word `date`, one or more spaces or tabs, an ISO date, then a non-word character or the end. */
const HEADER = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?![\w-])/i;

/**
 * Splits a leading ` date YYYY-MM-DD` off `raw`.
 * " date 2023-11-24 US forces were attacked" → published "2023-11-24",
 * body "US forces were attacked". A header with an impossible date
 * (2023-02-30) is not a header: the text is returned unchanged.
 */
export function splitDateHeader(raw: string): { published: string | null; body: string } {
  const m = HEADER.exec(raw);
  if (!m) return { published: null, body: raw };
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (!isCalendarDate(Number(y), Number(mo), Number(d))) return { published: null, body: raw };
  // Drop the white space after the date too, so the body starts at its first word.
  let i = m[0].length;
  while (i < raw.length && /\s/.test(raw[i]!)) i++;
  return { published: `${y}-${mo}-${d}`, body: raw.slice(i) };
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * A dump record's `title` as the first line of its text, so that the
 * headline is a sentence with offsets like any other (it is often the only
 * place an event is named). Not repeated when the text already opens with
 * it; white space inside the title is folded to one line.
 */
export function prependTitle(title: string | null, body: string): string {
  const line = (title ?? "").replace(/\s+/g, " ").trim();
  if (line === "") return body;
  const fold = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
  if (fold(body.slice(0, line.length * 2)).startsWith(fold(line))) return body;
  return `${line}\n\n${body}`;
}
