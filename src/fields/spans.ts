/**
 * Spans relative to the sentence start.
 */
import type { RelSpan } from "./candidateTypes.js";

export function relSpan(text: string, start: number, end: number): RelSpan {
  return { start, end, text: text.slice(start, end) };
}
