/**
 * The short summary printed after an ingest: counts, and a few events with
 * their sentence — the newest first, since articles recalling old attacks
 * would otherwise fill the list with history.
 */
import type { Db } from "../db/openDatabase.js";
import { printable } from "../text/printable.js";

export function printSummary(db: Db, out: NodeJS.WritableStream, dbFile: string): void {
  const one = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const articles = one("SELECT COUNT(*) AS n FROM articles");
  const sentences = one("SELECT COUNT(*) AS n FROM sentences");
  const byKind = db.prepare("SELECT kind, COUNT(*) AS n FROM v_events GROUP BY kind ORDER BY kind").all() as Array<{ kind: string; n: number }>;
  const tallies = one("SELECT COUNT(*) AS n FROM v_tallies");
  out.write(`\n${dbFile}: ${articles} articles, ${sentences} sentences, ` +
    `events: ${byKind.map((k) => `${k.n} ${k.kind}`).join(", ") || "none"}, ${tallies} tallies\n`);
  const sample = db
    .prepare(
      `SELECT id, article, kind, date, country, place, actor, weapons, killed, injured, sentences FROM v_events
       ORDER BY COALESCE(date, date_end) IS NULL, COALESCE(date, date_end) DESC, id DESC LIMIT 5`,
    )
    .all() as Array<Record<string, string | number | null>>;
  if (sample.length) out.write(`\nThe newest events (sitrep query for all):\n`);
  for (const e of sample) {
    const weapons = (JSON.parse(String(e.weapons)) as string[]).join(", ");
    out.write(printable(
      `  #${e.id} ${e.date ?? "undated"} ${e.kind} ${[e.place, e.country].filter(Boolean).join(", ") || "?"}` +
        `${e.actor ? ` by ${e.actor}` : ""}${weapons ? ` (${weapons})` : ""}` +
        `${e.killed !== null ? ` killed ${e.killed}` : ""}${e.injured !== null ? ` injured ${e.injured}` : ""}  [${e.article}]`,
    ) + `\n      “${printable(String(e.sentences ?? "").split(" || ")[0]!)}”\n`);
  }
}
