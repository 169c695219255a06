/**
 * Renders incidents: the list (table, JSON, CSV), their conflicts, and one
 * incident with every report beside the others (`sitrep show --incident`).
 * Every stored text passes printable() for the terminal and the CSV
 * neutraliser for spreadsheets.
 */
import { renderTable, type TableRow } from "./textTable.js";
import { printable } from "../text/printable.js";
import { toCsv, type CsvOptions } from "../export/csv.js";
import type { IncidentReport, IncidentRow } from "../incidents/readIncidents.js";
import type { Conflict } from "../incidents/bestValues.js";
import type { RetaliationLink } from "../incidents/retaliation.js";

export const INCIDENT_CSV_COLUMNS = [
  "id", "kind", "date", "date_start", "date_end", "country", "place", "actor", "weapons", "killed", "killed_min", "killed_max",
  "injured", "injured_min", "injured_max", "first_reported", "last_reported", "reports", "sources", "conflicts",
] as const;

export interface IncidentTableOptions {
  width: number;
  tty: boolean;
  /** Print each incident's conflicts under it. */
  conflicts?: boolean;
}

function span(min: number | null, max: number | null, best: number | null): string {
  if (best === null) return "";
  return min !== null && max !== null && min !== max ? `${best} (${min}–${max})` : String(best);
}

function days(i: Pick<IncidentRow, "date" | "date_start" | "date_end">): string {
  if (i.date_start && i.date_end && i.date_start !== i.date_end) return `${i.date_start}..${i.date_end}`;
  return i.date ?? i.date_start ?? "undated";
}

function casualties(i: IncidentRow): string {
  const k = span(i.killed_min, i.killed_max, i.killed);
  const w = span(i.injured_min, i.injured_max, i.injured);
  return [k && `${k} killed`, w && `${w} injured`].filter(Boolean).join(", ");
}

/** "injured: 3 (a-1, a-2) | 4 (a-3)": each value with the articles that give it. */
export function conflictText(c: Conflict): string {
  return `${c.field}: ${c.values.map((v) => `${Array.isArray(v.value) ? v.value.join(" + ") : v.value} (${v.articles.join(", ")})`).join(" | ")}`;
}

function fit(head: string[], rows: string[][], caps: number[], width: number, grow: number): number[] {
  const widths = head.map((h, i) => Math.min(caps[i]!, Math.max(h.length, ...rows.map((r) => r[i]!.length))) + 2);
  const budget = width - (head.length + 1);
  const total = (): number => widths.reduce((a, b) => a + b, 0);
  while (total() > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 8) break;
    widths[widest]! -= 1;
  }
  if (total() < budget) widths[grow]! += budget - total();
  return widths;
}

export function incidentsTable(list: IncidentRow[], options: IncidentTableOptions): string {
  const head = ["id", "date", "kind", "where", "actor", "weapons", "casualties", "reports"];
  const rows = list.map((i) =>
    [`#${i.id}`, days(i), i.kind, [i.place, i.country].filter(Boolean).join(", ") || "?", i.actor ?? "?", i.weapons.join(", "), casualties(i), `${i.reports} (${i.sources} src)`].map(printable),
  );
  const widths = fit(head, rows, [7, 22, 8, 30, 26, 18, 22, 12], options.width, 3);
  const body: TableRow[] = [];
  list.forEach((i, k) => {
    body.push(rows[k]!);
    if (options.conflicts && i.conflicts.length) body.push({ span: i.conflicts.map((c) => printable(conflictText(c))).join("\n") });
  });
  return renderTable(head, body, { widths, tty: options.tty }) + "\n";
}

export function formatIncidents(list: IncidentRow[], format: "table" | "json" | "jsonl" | "csv", table: IncidentTableOptions, csv: CsvOptions = {}): string {
  switch (format) {
    case "json":
      return JSON.stringify(list, null, 2) + "\n";
    case "jsonl":
      return list.map((i) => JSON.stringify(i) + "\n").join("");
    case "csv":
      return toCsv(INCIDENT_CSV_COLUMNS, list.map((i) => ({ ...i, conflicts: i.conflicts.map(conflictText).join(" || ") })), csv);
    case "table": {
      if (!list.length) return table.conflicts ? "no incident has conflicting reports\n" : "no incidents match\n";
      const reports = list.reduce((n, i) => n + i.reports, 0);
      return incidentsTable(list, table) + `${list.length} incident${list.length === 1 ? "" : "s"} from ${reports} report${reports === 1 ? "" : "s"}\n`;
    }
  }
}

function retaliationText(r: RetaliationLink): string {
  if (r.direction === "answers" && r.refDate === null && r.refPlace === null && r.refCountry === null)
    return `answers attacks it names no day or place of (“${printable(r.words)}”) — ${printable(r.article)}`;
  const other = r.attackIncident !== null ? `incident #${r.attackIncident}` : `not in the corpus yet (${[r.refDate ?? "date unknown", r.refPlace ?? r.refCountry].filter(Boolean).join(", ")})`;
  return r.strikeIncident !== null && r.attackIncident !== null && r.direction === "answered-by"
    ? `answered by the strike of incident #${r.strikeIncident}: “${printable(r.sentence)}” — ${printable(r.article)}`
    : `answers the attack of ${other}: “${printable(r.sentence)}” — ${printable(r.article)}`;
}

/** One incident: its best values, conflicts, retaliation links and every report beside the others. */
export function formatIncidentDetail(i: IncidentRow, reports: IncidentReport[], links: RetaliationLink[], width: number, tty: boolean): string {
  const lines = [
    `incident #${i.id}: ${i.kind} ${days(i)}${i.reports === 0 ? "  (dissolved: its reports now belong to other incidents)" : ""}`,
    "",
    `  where       ${printable([i.place, i.country].filter(Boolean).join(", ") || "?")}`,
    `  actor       ${printable(i.actor ?? "?")}`,
    `  weapons     ${i.weapons.join(", ") || "-"}`,
    `  killed      ${span(i.killed_min, i.killed_max, i.killed) || "-"}`,
    `  injured     ${span(i.injured_min, i.injured_max, i.injured) || "-"}`,
    `  reported    ${i.first_reported ?? "?"} .. ${i.last_reported ?? "?"}: ${i.reports} report(s) from ${i.sources} distinct source(s)`,
    `  runs        made in run ${i.created_run}, last changed in run ${i.updated_run}`,
  ];
  if (i.conflicts.length) lines.push("", "Conflicts (each value with the articles that give it):", ...i.conflicts.map((c) => `  ${printable(conflictText(c))}`));
  if (links.length) lines.push("", "Retaliation:", ...links.map((l) => `  ${retaliationText(l)}`));
  lines.push("", "Reports:");
  const head = ["event", "date", "where", "actor", "weapons", "killed", "injured"];
  const rows = reports.map((r) =>
    [
      `#${r.event_id} ${r.key}`,
      r.date ?? (r.date_start ? `${r.date_start}..${r.date_end}` : "?"),
      [r.place, r.country].filter(Boolean).join(", ") || "?",
      r.actor ?? "?",
      r.weapons.join(", "),
      r.killed === null ? "" : String(r.killed),
      r.injured === null ? "" : String(r.injured),
    ].map(printable),
  );
  const widths = fit(head, rows, [30, 22, 30, 26, 18, 7, 7], width, 2);
  const body: TableRow[] = [];
  reports.forEach((r, k) => {
    body.push(rows[k]!);
    body.push({ span: `“${printable(r.sentence)}”  — published ${r.published ?? "?"}` });
  });
  return lines.join("\n") + "\n" + renderTable(head, body, { widths, tty }) + "\n";
}

export { retaliationText };
