/**
 * Gives every result its role from the words around it (`roleCues.ts`):
 * "since Oct. 17" starts a tally, "As of Thursday" stamps one, "said on
 * 4 December" dates a statement, the rest date events. Runs before the
 * resolving refiners, which anchor reported mentions on statement dates.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { setRole } from "../notes.js";
import { roleCueFor } from "../roleCues.js";

export class RoleRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) setRole(r, roleCueFor(context.text, r.index, r.index + r.text.length).role);
    return results;
  }
}
