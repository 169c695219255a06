/**
 * One night told with two days: "overnight Saturday", "overnight into
 * Sunday", "late Friday into Saturday". News names the night by the day it
 * began or ran into; it is one time, not two events. A bare "overnight" (or
 * "last night") beside a named day gives way to that day; a day after
 * "into" continues the day before it, which dates the night.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { kindOf, viaTag } from "../notes.js";

/** Between a night word and its day: "overnight Saturday", "overnight on Saturday", "overnight into Sunday". */
const NIGHT_THEN_DAY = /^\s*(?:on\s+|into\s+|to\s+)?(?:early\s+|the\s+early\s+hours\s+of\s+)?$/i;
/** Between two days of one night: "late Friday into Saturday", "Friday night into early Saturday". */
const DAY_INTO_DAY = /^\s*(?:night\s+|evening\s+)?into\s+(?:early\s+|the\s+early\s+hours\s+of\s+)?$/i;

function isNight(r: ParsingResult): boolean {
  return kindOf(r) === "day:night" && /overnight/i.test(r.text);
}

function namesADay(r: ParsingResult): boolean {
  return kindOf(r) === null && !r.end && (r.start.isCertain("weekday") || (r.start.isCertain("day") && r.start.isCertain("month")));
}

export class NightIntoDayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const drop = new Set<ParsingResult>();
    for (let i = 1; i < results.length; i++) {
      const prev = results[i - 1]!;
      const r = results[i]!;
      if (drop.has(prev)) continue;
      const gap = context.text.slice(prev.index + prev.text.length, r.index);
      if (isNight(prev) && namesADay(r) && NIGHT_THEN_DAY.test(gap)) {
        drop.add(prev);
        r.addTag(viaTag("nightIntoDayRefiner"));
      } else if (namesADay(prev) && namesADay(r) && DAY_INTO_DAY.test(gap)) {
        drop.add(r);
        prev.addTag(viaTag("nightIntoDayRefiner"));
      }
    }
    return results.filter((r) => !drop.has(r));
  }
}
