/**
 * Whether a sentence goes through compromise: only sentences that some
 * rule's trigger words match can give an event or a tally. The parse layer
 * is below the rules, so it takes this decision as an argument
 * (parseArticle); the pipeline, above both, supplies it. Kept apart from the
 * parser so deciding does not load compromise.
 */
import { triggersAnyRule } from "../rules/index.js";

export function needsParse(sentence: string): boolean {
  return triggersAnyRule(sentence);
}
