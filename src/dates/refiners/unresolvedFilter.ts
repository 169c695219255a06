/**
 * Last refiner: keeps only results some news refiner resolved (even to an
 * unresolved null date, which is a decision too). Anything left is a chrono
 * shape the news layer does not understand, and is dropped rather than
 * guessed.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isResolved } from "../notes.js";

export class UnresolvedFilter implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter(isResolved);
  }
}
