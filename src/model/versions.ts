/**
 * The versions a run records (the `runs` table): one hash per stage of what
 * its stored results depend on, so the next run can tell which stage
 * changed (extract/rulesVersion.ts computes them).
 */

export interface LexiconSnapshot {
  /** sha256 (hex, 16) over the files' names and bytes. */
  hash: string;
  /** File name → content, for every `.json` file of the lexicon folder. */
  files: Record<string, string>;
}

export interface Versions {
  /** Code and lexicons together: the short id users see. */
  rules: string;
  /** The extraction code: what extractEventsAndTallies can reach, and the packages it imports. */
  code: string;
  /** The date code and chrono-node's version (the `article_dates` cache key). */
  dates: string;
  /** The text stages (read, decode, clean, sentences, parse): what a stored article's text and sentences came from. */
  text: string;
  lexicons: LexiconSnapshot;
}
