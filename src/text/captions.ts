/**
 * Photo captions: lines that describe a picture rather than report news. A
 * caption often describes an old file photo ("… speaks at a briefing,
 * Friday, March 3, 2021, in Washington. (AP Photo/…)"), so its dates must
 * date neither the article nor an event. A line is a caption when it
 * - ends with a picture credit in brackets ("(AP Photo/…)", "(Photo courtesy
 *   U.S. Navy)", "(Screen capture/X)", "(… Handout via REUTERS)");
 * - starts with a picture label ("File photo", "FILE -", "Photo:", "Credit:");
 * - says what it shows ("in this file photo", "in this handout image");
 * - dates its picture the wire-caption way, a weekday and a full date set off
 *   by commas with no "on" before them (", Friday, Feb. 24, 2023, in …"),
 *   which reported prose does not write.
 * Every sentence on a caption line is a caption sentence.
 */
import type { Span } from "../types.js";

const PICTURE_WORD = String.raw`(?:photo|photos|photograph|picture|pic|image|images|screen\s*(?:capture|grab|shot)|screenshot|handout|credit|courtesy|file)`;
/** A bracketed credit at the end of the line. */
const CREDIT_AT_END = new RegExp(String.raw`\([^()\n]{0,80}\b${PICTURE_WORD}\b[^()\n]{0,80}\)\W*$`, "i");
/** A label opening the line. */
const LABEL_AT_START = /^\W*(?:file\s+(?:photo|picture|image)|file\s*[-–—:]|photo\s*(?:[:|]|by\b|credit\b)|picture\s*(?:[:|]|source\b)|image\s*[:|]|caption\s*:|credit\s*:)/i;
/** What the picture shows. */
const SHOWS = /\bin\s+(?:this|a|an)\s+(?:undated\s+)?(?:file|handout|archive|undated)\s+(?:photo|photograph|picture|image|video\s+grab)\b/i;
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
/** ", Friday, Feb. 24, 2023," — not preceded by "on". */
const WIRE_CAPTION_DATE = new RegExp(String.raw`(?<!\bon),\s+${WEEKDAY},\s+${MONTH}\s+\d{1,2},\s+\d{4}\b`);

/** Captions are a sentence or three; a longer line is a paragraph of prose. */
const MAX_CAPTION_LINE = 600;

/** Whether one line of text is a photo caption. */
export function isCaptionLine(line: string): boolean {
  if (line.length > MAX_CAPTION_LINE) return false;
  return CREDIT_AT_END.test(line) || LABEL_AT_START.test(line) || SHOWS.test(line) || WIRE_CAPTION_DATE.test(line);
}

/**
 * For each sentence, whether it lies on a caption line. Sentences come in
 * text order, so each line is found and judged once (linear in the text,
 * even for one very long line holding many sentences).
 */
export function captionSentences(text: string, sentences: Array<Pick<Span, "start" | "end">>): boolean[] {
  let lineEnd = -1;
  let verdict = false;
  return sentences.map((s) => {
    if (s.start > lineEnd) {
      const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
      const nl = text.indexOf("\n", s.start);
      lineEnd = nl === -1 ? text.length : nl;
      verdict = lineEnd - lineStart <= MAX_CAPTION_LINE && isCaptionLine(text.slice(lineStart, lineEnd));
    }
    return verdict;
  });
}
