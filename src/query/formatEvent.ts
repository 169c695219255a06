/**
 * Renders `sitrep show`: the event's fields, each beside the words it came
 * from marked in their sentence; the evidence sentences in full; the article
 * and the run.
 */
import { renderSegments, segmentSentence } from "./highlight.js";
import { printable } from "../text/printable.js";
import type { EventDetail } from "./loadEvent.js";
import type { EventRecord } from "./queryEvents.js";

const FIELDS: Array<keyof EventRecord> = [
  "kind", "date", "date_start", "date_end", "country", "place", "actor", "target", "weapons", "killed", "injured", "count",
  "outcome", "asserted_by", "time_precision", "geo_precision", "latitude", "longitude", "umbrella", "optional", "rule", "reason",
];

function show(value: unknown): string {
  if (value === null || value === undefined) return "-";
  if (Array.isArray(value)) return value.length ? printable(value.join(", ")) : "-";
  return printable(String(value));
}

/** A window of the sentence around the marked words, so each line stays short. */
function around(text: string, from: number, to: number, context = 50): { text: string; offset: number } {
  let start = Math.max(0, from - context);
  let end = Math.min(text.length, to + context);
  // Cut at word edges.
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(" ", end) > to ? text.lastIndexOf(" ", end) : end;
  return { text: (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : ""), offset: start - (start > 0 ? 1 : 0) };
}

export function formatEventDetail(d: EventDetail, tty: boolean): string {
  const e = d.event;
  const lines: string[] = [];
  const stale = d.current_run !== d.run.id ? `  (an older snapshot: the article's current run is ${d.current_run})` : "";
  lines.push(`event #${e.id}: ${e.kind} ${e.date ?? (e.date_start ? `${e.date_start}..${e.date_end}` : "undated")}  (also ${printable(d.key)})${stale}`, "");
  const width = Math.max(...FIELDS.map((f) => f.length));
  for (const f of FIELDS) {
    lines.push(`  ${f.padEnd(width)}  ${show(e[f])}`);
    // A date window's words are listed once, under "date".
    for (const s of e.sources)
      for (const m of s.marks.filter((m) => m.field === f)) {
        const at = around(s.text, m.start - s.start, m.end - s.start);
        const marked = segmentSentence(at.text, s.start + at.offset, [m]);
        lines.push(`  ${"".padEnd(width)}    ← s${s.idx}: ${renderSegments(marked, tty)}`);
      }
  }
  lines.push("", "Sentences (field words marked):");
  for (const s of e.sources) lines.push(`  [${s.idx}]${s.evidence ? "" : " (field words only)"} ${renderSegments(s.segments, tty)}`);
  const a = d.article;
  lines.push(
    "",
    `Article: ${printable(a.key)}  (id ${a.id})`,
    `  source     ${printable(a.source_path)}${a.source_line !== null ? `:${a.source_line}` : ""}`,
    ...(a.title ? [`  title      ${printable(a.title)}`] : []),
    ...(a.url ? [`  url        ${printable(a.url)}`] : []),
    `  published  ${a.published ?? "unknown"} (${a.published_method}${a.published_words ? `: “${printable(a.published_words)}”` : ""})`,
    "",
    `Run: ${d.run.id} (${d.run.command}, ${d.run.started_at.slice(0, 19).replace("T", " ")} UTC), rules ${d.run.rules_version}, reference date ${d.run.reference_date ?? "-"}`,
  );
  return lines.join("\n") + "\n";
}
