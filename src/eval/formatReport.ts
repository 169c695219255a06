/**
 * Plain-text rendering of an EvalReport (SCORING.md "Report"): table 1 has
 * one line per metric, table 2 lists missed and spurious events and
 * tallies with their evidence, so a rule change can be judged by what it
 * gained and lost. No dependencies; columns are padded with spaces.
 */

import type { EvalReport, EventRef, TallyRef } from "./score.js";

/** Rates print with three decimals; missing rates (zero denominator) as "-". */
function rate(x: number | null): string {
  return x === null ? "-" : x.toFixed(3);
}

/** Pad every column but the last to its widest cell, two spaces apart. */
function renderTable(header: readonly string[], rows: readonly (readonly string[])[], rightAlign: ReadonlySet<number> = new Set()): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length)));
  const last = header.length - 1;
  return all
    .map((r) =>
      r
        .map((cell, c) => {
          if (c === last && !rightAlign.has(c)) return cell;
          return rightAlign.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function oneLine(s: string | null): string {
  return s === null ? "-" : s.replace(/\s+/g, " ").trim();
}

function eventDate(e: EventRef): string {
  if (e.date !== null) return e.date;
  if (e.dateRange !== null) return `${e.dateRange[0]}..${e.dateRange[1]}`;
  return "-";
}

/**
 * Render a report as two plain-text tables: metrics (table 1) and the
 * missed / spurious events and tallies (table 2).
 */
export function formatReport(report: EvalReport): string {
  const r = report;
  const metrics: string[][] = [
    [
      "articles",
      String(r.articles),
      `${r.articlesWithoutOutput.length} without output; ${r.outputOnlyArticles.length} output-only ignored`,
    ],
    ["gold events", String(r.goldEvents), `+${r.goldNeutralEvents} umbrella/optional, not counted`],
    ["output events", String(r.outputEvents), `${r.neutralPairs} paired with umbrella/optional, not counted`],
    ["pairs", String(r.pairs), "with ordinary gold"],
    ["P", rate(r.precision), ""],
    ["R", rate(r.recall), ""],
    ["F1", rate(r.f1), ""],
    ["date_acc", rate(r.fields.date), ""],
    ["place_acc", rate(r.fields.place), ""],
    ["actor_acc", rate(r.fields.actor), ""],
    ["weapons_acc", rate(r.fields.weapons), ""],
    ["killed_acc", rate(r.fields.killed), ""],
    ["injured_acc", rate(r.fields.injured), ""],
    ["evidence_acc", rate(r.evidence), ""],
    ["tally_P", rate(r.tallies.precision), `${r.tallies.pairs} of ${r.tallies.output} output tallies`],
    ["tally_R", rate(r.tallies.recall), `${r.tallies.pairs} of ${r.tallies.gold} gold tallies`],
    ["tally_F1", rate(r.tallies.f1), ""],
    ...(r.incidents
      ? [
          ["incident_P", rate(r.incidents.precision), `${r.incidents.bothSame} of ${r.incidents.outputSame} pairs linked`],
          ["incident_R", rate(r.incidents.recall), `${r.incidents.bothSame} of ${r.incidents.goldSame} gold pairs; ${r.incidents.skipped} uncertain skipped`],
          ["incident_F1", rate(r.incidents.f1), `${r.incidents.pairs} pairs of paired events from different articles`],
        ]
      : []),
    ["published_acc", rate(r.publishedAcc), `${r.publishedRight} of ${r.articles} articles`],
  ];
  const table1 = renderTable(["metric", "value", "note"], metrics, new Set([1]));

  const eventRows = (status: string, list: readonly EventRef[]): string[][] =>
    list.map((e) => [status, e.article, e.kind, eventDate(e), e.place ?? "-", oneLine(e.evidence)]);
  const events = [...eventRows("missed", r.missed), ...eventRows("spurious", r.spurious)].sort(
    (a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!) || a[3]!.localeCompare(b[3]!),
  );
  const tallyRows = (status: string, list: readonly TallyRef[]): string[][] =>
    list.map((t) => [status, t.article, t.metric, String(t.value), t.region ?? "-", oneLine(t.evidence)]);
  const tallies = [...tallyRows("missed", r.missedTallies), ...tallyRows("spurious", r.spuriousTallies)].sort(
    (a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!),
  );

  const parts = [
    "Table 1. Scores",
    table1,
    "",
    `Table 2. Missed and spurious (${r.missed.length} missed, ${r.spurious.length} spurious events; ` +
      `${r.missedTallies.length} missed, ${r.spuriousTallies.length} spurious tallies)`,
    "",
    "Events",
    events.length > 0 ? renderTable(["status", "article", "kind", "date", "place", "evidence"], events) : "(none)",
    "",
    "Tallies",
    tallies.length > 0 ? renderTable(["status", "article", "metric", "value", "region", "evidence"], tallies) : "(none)",
  ];
  if (r.incidents && (r.incidents.wrongLinks.length || r.incidents.missedLinks.length)) {
    const rows = [
      ...r.incidents.wrongLinks.map(([a, b]) => ["linked, gold apart", a, b]),
      ...r.incidents.missedLinks.map(([a, b]) => ["apart, gold linked", a, b]),
    ];
    parts.push("", "Table 3. Incident pairs scored wrong (output events ARTICLE#index, 0-based)", "", renderTable(["status", "event", "event"], rows));
  }
  if (r.outputOnlyArticles.length > 0) {
    parts.push("", `Output-only articles (ignored): ${r.outputOnlyArticles.join(", ")}`);
  }
  if (r.articlesWithoutOutput.length > 0) {
    parts.push("", `Gold articles without output: ${r.articlesWithoutOutput.join(", ")}`);
  }
  return parts.join("\n") + "\n";
}
