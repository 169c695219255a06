/** Renders `sitrep stats` as terminal tables, JSON, or one flat CSV (section, value, count, detail). */
import Table from "cli-table3";
import { renderSegments, segmentSentence } from "../query/highlight.js";
import { printable } from "../text/printable.js";
import { toCsv, type CsvOptions } from "../export/csv.js";
import type { OutputFormat } from "../query/outputFormat.js";
import type { EventCounts } from "./computeStats.js";
import type { LexiconMiss } from "./lexiconMisses.js";
import type { UnknownPlace } from "./unknownPlaces.js";

export interface Stats extends EventCounts {
  run: number | null;
  lexicon_misses: LexiconMiss[];
  unknown_places: UnknownPlace[];
}

interface FlatRow {
  section: string;
  value: string;
  count: number;
  detail: string;
}

/** Every section as rows of one shape, `top` rows at most for the long ones. */
export function flatten(stats: Stats, top: number): FlatRow[] {
  const counts = (section: string, rows: Array<{ value: string; count: number }>, limit = top): FlatRow[] =>
    rows.slice(0, limit).map((r) => ({ section, value: r.value, count: r.count, detail: "" }));
  return [
    ...counts("kind", stats.by_kind, Infinity),
    ...counts("country", stats.by_country),
    ...counts("per country", stats.per_country),
    ...counts("actor", stats.by_actor),
    ...counts("month", stats.by_month, Infinity),
    ...stats.articles_without_events.slice(0, top).map((a) => ({ section: "article without events", value: a.article, count: a.sentences, detail: `published ${a.published ?? "unknown"}; count = sentences` })),
    ...stats.lexicon_misses.slice(0, top).map((m) => ({ section: "lexicon miss", value: m.name, count: m.count, detail: `${m.tag}, ${m.articles} article(s), e.g. ${m.example_article}: ${m.example}` })),
    ...stats.unknown_places.slice(0, top).map((u) => ({ section: "place not in gazetteer", value: u.name, count: u.count, detail: `${u.kind} in ${u.country}, ${u.events} event(s), ${u.articles} article(s), e.g. ${u.example_article}: ${u.example}` })),
  ];
}

function section(title: string, head: string[], rows: string[][], total: number, widths?: number[]): string {
  if (rows.length === 0) return `${title}: none\n`;
  const table = new Table({ head, style: { head: [], border: [], compact: true }, wordWrap: true, ...(widths ? { colWidths: widths } : {}) });
  table.push(...rows);
  const more = total > rows.length ? ` (top ${rows.length} of ${total})` : "";
  return `${title}${more}\n${table.toString()}\n`;
}

/** A few words either side of the missed name, the name marked. */
function snippet(m: Pick<LexiconMiss, "example" | "example_start" | "example_end">, tty: boolean, context = 40): string {
  const from = Math.max(0, m.example.lastIndexOf(" ", Math.max(0, m.example_start - context)) + 1);
  let to = m.example.indexOf(" ", Math.min(m.example.length, m.example_end + context));
  if (to < 0) to = m.example.length;
  const marked = renderSegments(segmentSentence(m.example.slice(from, to), from, [{ field: "name", start: m.example_start, end: m.example_end }]), tty);
  return `${from > 0 ? "…" : ""}${marked}${to < m.example.length ? "…" : ""}`;
}

export function formatStats(stats: Stats, format: OutputFormat, top: number, width: number, tty = false, csv: CsvOptions = {}): string {
  if (format === "json") return JSON.stringify({ ...stats, lexicon_misses: stats.lexicon_misses.slice(0, top), unknown_places: stats.unknown_places.slice(0, top) }, null, 2) + "\n";
  if (format === "jsonl") return flatten(stats, top).map((r) => JSON.stringify(r) + "\n").join("");
  if (format === "csv") return toCsv(["section", "value", "count", "detail"] as const, flatten(stats, top), csv);
  const t = stats.totals;
  const pairs = (rows: Array<{ value: string; count: number }>): string[][] => rows.slice(0, top).map((r) => [printable(r.value), String(r.count)]);
  const exampleWidth = Math.max(30, width - 24 - 14 - 7 - 5);
  return [
    `${t.articles} articles, ${t.events} events, ${t.tallies} tallies${stats.run !== null ? ` (as of run ${stats.run})` : ""}\n`,
    section("Events by kind", ["kind", "events"], pairs(stats.by_kind), stats.by_kind.length),
    section("Events by country (each event once)", ["country", "events"], pairs(stats.by_country), stats.by_country.length),
    section("Events per country (an event in several countries counts in each)", ["country", "events"], pairs(stats.per_country), stats.per_country.length),
    section("Events by actor", ["actor", "events"], pairs(stats.by_actor), stats.by_actor.length),
    section("Events by month", ["month", "events"], stats.by_month.map((r) => [printable(r.value), String(r.count)]), stats.by_month.length),
    section(
      "Articles without events",
      ["article", "published", "sentences"],
      stats.articles_without_events.slice(0, top).map((a) => [printable(a.article), a.published ?? "unknown", String(a.sentences)]),
      stats.articles_without_events.length,
    ),
    section(
      "Lexicon misses (names no place, actor or weapon lexicon resolved)",
      ["name", "tag", "times", "example"],
      stats.lexicon_misses.slice(0, top).map((m) => [printable(m.name), m.tag, String(m.count), `${snippet(m, tty)} (${printable(m.example_article)})`]),
      stats.lexicon_misses.length,
      [24, 14, 7, exampleWidth],
    ),
    section(
      "Places not in the gazetteer (found by their wording; add them to lexicons/gazetteer.json)",
      ["place", "kind, country", "times", "events", "example"],
      stats.unknown_places.slice(0, top).map((u) => [printable(u.name), `${u.kind}, ${u.country}`, String(u.count), String(u.events), `${snippet(u, tty)} (${printable(u.example_article)})`]),
      stats.unknown_places.length,
      [24, 14, 7, 8, Math.max(30, exampleWidth - 8)],
    ),
  ].join("\n");
}
