/**
 * Turns what a person types after `--text` into a safe FTS5 query. FTS5 has
 * its own syntax (AND, OR, NEAR, column filters, `*`, parentheses) in which
 * ordinary punctuation is an error, so every word becomes a quoted phrase and
 * the phrases are ANDed: `drone Erbil` → `"drone" "erbil"`. A `"quoted
 * phrase"` stays one phrase; a trailing `*` keeps its prefix meaning
 * (`intercept*`). The result is still passed as a bound parameter.
 */
import { SitrepError } from "../errors.js";

const WORD = /[\p{L}\p{N}_]+/gu;

function phrase(words: string[], prefix = false): string {
  return `"${words.join(" ").replace(/"/g, '""')}"${prefix ? "*" : ""}`;
}

/** The FTS5 MATCH expression for `text`; throws when it holds no word at all. */
export function toFtsQuery(text: string): string {
  const parts: string[] = [];
  for (const m of text.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = m[1].match(WORD) ?? [];
      if (words.length) parts.push(phrase(words));
    } else {
      const raw = m[2]!;
      const words = raw.match(WORD) ?? [];
      if (words.length) parts.push(phrase(words, raw.endsWith("*")));
    }
  }
  if (parts.length === 0) throw new SitrepError("E_TEXT_EMPTY", `--text "${text}" holds no word to search for; give at least one word`);
  return parts.join(" ");
}
