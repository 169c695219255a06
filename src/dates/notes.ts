/**
 * What the news refiners learn about a chrono result: its role and its
 * resolved value. Kept beside the result (a WeakMap keyed by the result
 * object) rather than in chrono's components, which have no place for a
 * window, a role or an anchor. Parser kinds travel as chrono tags instead,
 * because chrono's own merging refiners copy tags onto merged results.
 */
import type { ParsingResult } from "chrono-node";
import type { DateAnchor, DateRole, Precision } from "./types.js";

export interface Resolution {
  precision: Precision;
  date: string | null;
  range: [string, string] | null;
  anchor: DateAnchor;
  /** The refiner that settled the value (and the parser that found it, when known). */
  rule: string;
}

interface Note {
  role?: DateRole;
  resolution?: Resolution;
}

const notes = new WeakMap<ParsingResult, Note>();

function noteOf(result: ParsingResult): Note {
  let note = notes.get(result);
  if (!note) {
    note = {};
    notes.set(result, note);
  }
  return note;
}

export function setRole(result: ParsingResult, role: DateRole): void {
  noteOf(result).role = role;
}

/** The role set by `roleRefiner`; "event" before it ran. */
export function roleOf(result: ParsingResult): DateRole {
  return notes.get(result)?.role ?? "event";
}

export function resolve(result: ParsingResult, resolution: Resolution): void {
  noteOf(result).resolution = resolution;
}

export function resolutionOf(result: ParsingResult): Resolution | undefined {
  return notes.get(result)?.resolution;
}

export function isResolved(result: ParsingResult): boolean {
  return notes.get(result)?.resolution !== undefined;
}

const KIND_PREFIX = "sitrep/kind/";

/** Tag a news parser puts on its results so the matching refiner can find them. */
export function kindTag(kind: string): string {
  return KIND_PREFIX + kind;
}

/** The news kind of a result ("discourse:day-before", "window:last-week" …), or null for chrono's own results. */
export function kindOf(result: ParsingResult): string | null {
  for (const tag of result.tags()) if (tag.startsWith(KIND_PREFIX)) return tag.slice(KIND_PREFIX.length);
  return null;
}

/** The chrono parser that found a result, from chrono's "parser/…" tag, for rule traces. */
export function chronoParserOf(result: ParsingResult): string | null {
  for (const tag of result.tags()) if (tag.startsWith("parser/")) return tag.slice("parser/".length);
  return null;
}

const VIA_PREFIX = "sitrep/via/";

/** Tag a refiner puts on a result it built or reshaped ("dateListRefiner"), for rule traces. */
export function viaTag(refiner: string): string {
  return VIA_PREFIX + refiner;
}

/** A rule trace: "yearRefiner(ENMonthNameMiddleEndianParser+dateListRefiner)". */
export function ruleName(refiner: string, result: ParsingResult): string {
  const parts: string[] = [];
  const parser = kindOf(result) ?? chronoParserOf(result);
  if (parser) parts.push(parser);
  for (const tag of result.tags()) if (tag.startsWith(VIA_PREFIX)) parts.push(tag.slice(VIA_PREFIX.length));
  return parts.length > 0 ? `${refiner}(${parts.join("+")})` : refiner;
}
