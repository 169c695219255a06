/**
 * Un-merges chrono's "time – date" ranges: in "UPDATED 6:25 PM PT –
 * Wednesday, March 8, 2023" chrono's range refiner joins the time and the
 * date into one range whose start has no day. News means a timestamp, so the
 * result becomes the date alone, its span cut to the date after the dash.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { viaTag } from "../notes.js";

const SEPARATOR = /\s*(?:[–—-]|\bto\b|\buntil\b)\s*/gi;

export class TimeThenDateRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!r.end || !r.start.isOnlyTime()) continue;
      if (!(["day", "month", "year", "weekday"] as const).some((c) => r.end!.isCertain(c))) continue;
      let cut = -1;
      for (const m of r.text.matchAll(SEPARATOR)) cut = m.index + m[0].length;
      if (cut <= 0 || cut >= r.text.length) continue;
      r.index += cut;
      r.text = r.text.slice(cut);
      r.start = r.end;
      r.end = undefined;
      r.addTag(viaTag("timeThenDateRefiner"));
    }
    return results;
  }
}
