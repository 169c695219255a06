/** What a headline is: the article's first line, short and without a closing full stop. */
import type { SentenceContext } from "../context/sentenceContext.js";

/** A first line without a closing full stop, of headline length. */
export function isHeadline(s: Pick<SentenceContext, "idx" | "text">): boolean {
  return s.idx === 0 && !/[.!?]["”’)]*\s*$/.test(s.text) && s.text.split(/\s+/).length <= 25;
}
