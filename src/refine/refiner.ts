/** What a refiner is: one step of the ordered list in refine/configuration.ts. */
import type { SentenceContext } from "../context/sentenceContext.js";
import type { EventCandidate } from "../rules/rule.js";

export interface ArticleContext {
  published: string | null;
  sentences: SentenceContext[];
  /** Sentences that gave a running tally (of attacks, strikes, killed or injured). */
  tallySentences: Set<number>;
}

export interface Refiner {
  id: string;
  description: string;
  refine(candidates: EventCandidate[], article: ArticleContext): EventCandidate[];
}
