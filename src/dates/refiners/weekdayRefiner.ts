/**
 * Bare weekdays ("on Thursday", "early hours of Monday", "late Monday
 * evening"), tense-aware: in a past-tense clause the latest such day on or
 * before the anchor (publication date, or the date of the statement that
 * reports it) — a Friday article's "on Friday" is that day; in a future-tense
 * clause the first such day on or after it. "last Monday" is strictly before
 * the anchor, "next Monday" strictly after. With no anchor the weekday stays
 * unresolved (GUIDELINES §1: a bare weekday in an undated article).
 *
 * Statement weekdays ("said on Friday") are resolved first, against the
 * publication date, so that event weekdays in the same sentence can count
 * back from them.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { addDays, weekdayOnOrAfter, weekdayOnOrBefore } from "../isoDate.js";
import { NO_ANCHOR, reportingAnchor } from "../anchors.js";
import { isResolved, kindOf, resolve, roleOf, ruleName } from "../notes.js";
import { detectTense } from "../tense.js";

function isBareWeekday(r: ParsingResult): boolean {
  return (
    kindOf(r) === null &&
    !r.tags().has("result/relativeDate") &&
    r.start.isCertain("weekday") &&
    !r.start.isCertain("day") &&
    !r.start.isCertain("month")
  );
}

/** The weekday's day relative to `anchor`, given the modifier word and tense. */
export function resolveWeekday(anchor: string, weekday: number, modifier: "last" | "next" | "this" | null, tense: "past" | "future"): string {
  if (modifier === "last") return weekdayOnOrBefore(addDays(anchor, -1), weekday);
  if (modifier === "next") return weekdayOnOrAfter(addDays(anchor, 1), weekday);
  return tense === "future" ? weekdayOnOrAfter(anchor, weekday) : weekdayOnOrBefore(anchor, weekday);
}

function modifierOf(text: string): "last" | "next" | "this" | null {
  const m = /\b(last|past|next|this)\b/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === "past" ? "last" : (word as "last" | "next" | "this");
}

export class WeekdayRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const weekdays = results.filter((r) => !isResolved(r) && isBareWeekday(r));
    // Statements first: the others may count back from them.
    const ordered = [...weekdays.filter((r) => roleOf(r) === "statement"), ...weekdays.filter((r) => roleOf(r) !== "statement")];
    for (const r of ordered) {
      const anchor = reportingAnchor(context, results, r);
      const rule = ruleName("weekdayRefiner", r);
      if (!anchor.date) {
        resolve(r, { precision: "day", date: null, range: null, anchor: NO_ANCHOR, rule });
        continue;
      }
      const tense = roleOf(r) === "event" ? detectTense(context.text, r.index, r.index + r.text.length) : "past";
      const date = resolveWeekday(anchor.date, r.start.get("weekday")!, modifierOf(r.text), tense);
      resolve(r, { precision: "day", date, range: null, anchor, rule: `${rule}:${tense}` });
    }
    return results;
  }
}
