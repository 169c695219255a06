/**
 * Gives every result its role from the words around it (`roleCues.ts`):
 * "since Oct. 17" starts a tally, "As of Thursday" stamps one, "said on
 * 4 December" dates a statement, the rest date events; every date of a
 * photo caption is a caption date. Runs before the
 * resolving refiners, which anchor reported mentions on statement dates.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { newsOf } from "../newsContext.js";
import { setRole } from "../notes.js";
import { roleCueFor } from "../roleCues.js";

export class RoleRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // A caption's dates describe its picture, whatever words surround them.
    const caption = newsOf(context).caption === true;
    for (const r of results) setRole(r, caption ? "caption" : roleCueFor(context.text, r.index, r.index + r.text.length).role);
    return results;
  }
}
