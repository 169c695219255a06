/**
 * Renders queried events as a terminal table (each event's evidence sentence
 * under it, the field words marked), JSON, JSON lines or CSV.
 */
import { renderTable, type TableRow } from "./textTable.js";
import { renderSegments } from "./highlight.js";
import { printable } from "../text/printable.js";
import { toCsv, type CsvOptions } from "../export/csv.js";
import type { OutputFormat } from "./outputFormat.js";
import type { EventRecord } from "./queryEvents.js";

export const EVENT_CSV_COLUMNS = [
  "id", "article", "kind", "date", "date_start", "date_end", "country", "place", "actor", "target", "weapons",
  "killed", "injured", "count", "outcome", "asserted_by", "latitude", "longitude", "run_id", "evidence",
] as const;

export interface TableOptions {
  width: number;
  /** Mark field words with terminal colours rather than «guillemets». */
  tty: boolean;
}

function dateText(e: EventRecord): string {
  return e.date ?? (e.date_start && e.date_end ? `${e.date_start}..${e.date_end}` : "undated");
}

function casualties(e: EventRecord): string {
  return [e.killed !== null ? `${e.killed} killed` : "", e.injured !== null ? `${e.injured} injured` : ""].filter(Boolean).join(", ");
}

/** One row per event and, spanning the table under it, its evidence sentences. */
export function eventsTable(events: EventRecord[], options: TableOptions): string {
  const head = ["id", "date", "kind", "where", "actor", "weapons", "casualties"];
  const rows = events.map((e) =>
    [
      `#${e.id}`,
      dateText(e),
      e.kind,
      [e.place, e.country].filter(Boolean).join(", ") || "?",
      e.actor ?? "?",
      e.weapons.join(", "),
      casualties(e),
    ].map(printable),
  );
  // Natural widths (capped), fitted to the terminal: the sentence rows span
  // the whole table and wrap at its width.
  const caps = [8, 24, 8, 30, 28, 18, 22];
  const widths = head.map((h, i) => Math.min(caps[i]!, Math.max(h.length, ...rows.map((r) => r[i]!.length))) + 2);
  const budget = options.width - (head.length + 1);
  const total = (): number => widths.reduce((a, b) => a + b, 0);
  // Too wide: narrow the widest column (cells wrap) until it fits.
  while (total() > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 10) break;
    widths[widest]! -= 1;
  }
  if (total() < budget) widths[3]! += budget - total();
  const body: TableRow[] = [];
  events.forEach((e, i) => {
    body.push(rows[i]!);
    const sentences = e.sources.filter((s) => s.evidence).map((s) => `“${renderSegments(s.segments, options.tty)}”`);
    body.push({ span: `${sentences.join("\n") || "(no sentence)"}\n  — ${printable(e.article)}, sentence ${e.sources.filter((s) => s.evidence).map((s) => s.idx).join(", ")}` });
  });
  return renderTable(head, body, { widths, tty: options.tty }) + "\n";
}

/** The JSON shape of a queried event: its fields and its sentences with the marked spans. */
export function eventJson(e: EventRecord): Record<string, unknown> {
  const { sources, ...fields } = e;
  return {
    ...fields,
    sources: sources.map((s) => ({
      sentence: s.idx,
      start: s.start,
      end: s.end,
      evidence: s.evidence,
      text: s.text,
      fields: s.marks.map((m) => ({ field: m.field, start: m.start, end: m.end, text: s.text.slice(m.start - s.start, m.end - s.start) })),
    })),
  };
}

export function formatEvents(events: EventRecord[], format: OutputFormat, table: TableOptions, csv: CsvOptions = {}): string {
  switch (format) {
    case "json":
      return JSON.stringify(events.map(eventJson), null, 2) + "\n";
    case "jsonl":
      return events.map((e) => JSON.stringify(eventJson(e)) + "\n").join("");
    case "csv":
      return toCsv(
        EVENT_CSV_COLUMNS,
        events.map((e) => ({ ...e, evidence: e.sources.filter((s) => s.evidence).map((s) => s.text).join(" || ") })),
        csv,
      );
    case "table":
      return events.length === 0 ? "no events match\n" : eventsTable(events, table) + `${events.length} event${events.length === 1 ? "" : "s"}\n`;
  }
}
