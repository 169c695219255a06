/**
 * The read side of `npm run bench`: start-up times of the binary and the
 * time of each read command on a large database, each in a fresh process
 * (as a user runs them), with baselines measured in the same run:
 *  - start-up against `node -e 0` (the floor any Node program pays);
 *  - read commands against one plain pass over the data in a fresh process
 *    (open the database, read every current event with its evidence
 *    sentences), the floor any command that shows every event pays.
 * Also builds a large database quickly by copying an ingested one's rows
 * under new keys (`replicate`), for `npm run bench -- --reads-only`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./benchCorpus.mjs";

const CLI = join(root, "dist/cli.js");
const NODE_FLAGS = readFileSync(CLI, "utf8").split("\n", 1)[0].split(/\s+/).slice(3);

/** Wall time of one fresh process, in ms; fails loudly when the command fails. */
function timed(args, { node = false } = {}) {
  const t = performance.now();
  const r = spawnSync(process.execPath, node ? args : [...NODE_FLAGS, CLI, ...args], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const line = (name, ms, base) => console.log(`${name.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s ${(ms / base).toFixed(1).padStart(7)}x`);

/** Start-up: --help, --version, and query/show/extract with (almost) nothing to do, on a small database. */
export function benchStartup(smallDb, repeat = 7) {
  const runs = (args, opts) => median(Array.from({ length: repeat }, () => timed(args, opts)));
  const floor = runs(["-e", "0"], { node: true });
  console.log(`\nstart-up (median of ${repeat} fresh processes; ratio to node -e 0)`);
  line("baseline: node -e 0", floor, floor);
  const results = { floor };
  for (const [name, args] of [
    ["sitrep --help", ["--help"]],
    ["sitrep --version", ["--version"]],
    ["sitrep query --help", ["query", "--help"]],
    ["sitrep query --limit 1", ["query", "--limit", "1", "--db", smallDb]],
    ["sitrep show 1", ["show", "1", "--db", smallDb]],
    ["sitrep extract (nothing to do)", ["extract", "--db", smallDb]],
  ]) {
    results[name] = runs(args);
    line(name, results[name], floor);
  }
  return results;
}

const BASELINE_READ = `
import Database from "better-sqlite3";
const db = new Database(process.argv[1], { readonly: true });
let n = 0;
for (const r of db.prepare(\`SELECT e.*, s.text FROM events e
    JOIN (SELECT article_id, MAX(run_id) AS run_id FROM extractions GROUP BY article_id) c ON c.article_id = e.article_id AND c.run_id = e.run_id
    JOIN event_sources es ON es.event_id = e.id AND es.field = 'evidence' JOIN sentences s ON s.id = es.sentence_id\`).iterate()) n += r.text.length;
process.stdout.write(String(n));
`;

/** Each read command on `db` (one fresh process each), against one plain read of every event and its sentences. */
export function benchReads(db) {
  const conn = spawnSync(process.execPath, ["--input-type=module", "-e", `
    import Database from "better-sqlite3";
    const db = new Database(${JSON.stringify(db)}, { readonly: true });
    const one = (sql) => db.prepare(sql).get();
    process.stdout.write(JSON.stringify({ articles: one("SELECT COUNT(*) AS n FROM articles").n, events: one("SELECT COUNT(*) AS n FROM events").n,
      sentences: one("SELECT COUNT(*) AS n FROM sentences").n, mentions: one("SELECT COUNT(*) AS n FROM mentions").n,
      event: one("SELECT MAX(id) AS id FROM events").id, article: one("SELECT key FROM articles ORDER BY id DESC LIMIT 1").key }));`], { cwd: root });
  const facts = JSON.parse(conn.stdout.toString());
  const work = mkdtempSync(join(tmpdir(), "sitrep-bench-read-"));
  try {
    const floor = median([0, 1, 2].map(() => timed(["--input-type=module", "-e", BASELINE_READ, db], { node: true })));
    console.log(`\nread commands on ${facts.articles} articles (${facts.events} events, ${facts.sentences} sentences, ${facts.mentions} mentions); ratio to the baseline`);
    line("baseline: read every event + sentence once", floor, floor);
    const results = { floor };
    const d = ["--db", db];
    for (const [name, args] of [
      ["query (table, every event)", ["query", ...d]],
      ["query --format json", ["query", "--format", "json", ...d]],
      ["query --format csv", ["query", "--format", "csv", ...d]],
      ["query --country Iraq --weapon drone", ["query", "--country", "Iraq", "--weapon", "drone", ...d]],
      ["query --text drone", ["query", "--text", "drone", ...d]],
      ["query --article KEY", ["query", "--article", facts.article, ...d]],
      ["query --limit 10", ["query", "--limit", "10", ...d]],
      ["show ID", ["show", String(facts.event), ...d]],
      ["stats", ["stats", ...d]],
      ["export --format json", ["export", ...d]],
      ["export --format csv", ["export", "--format", "csv", ...d]],
      ["export --format acled", ["export", "--format", "acled", ...d]],
      ["runs", ["runs", ...d]],
      ["report", ["report", "--out", join(work, "r.html"), ...d]],
    ]) {
      results[name] = timed(args);
      line(name, results[name], floor);
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Grows an ingested database to `copies` times its articles by copying every
 * article's rows (sentences, mentions, events and their sources, tallies,
 * extractions) under new ids and keys: the size of a large corpus in seconds
 * rather than an hour of ingest. The full-text index fills through its triggers.
 */
export async function replicate(file, copies) {
  const { openDatabase } = await import(join(root, "dist/db/openDatabase.js"));
  const db = openDatabase(file);
  const max = (table) => db.prepare(`SELECT COALESCE(MAX(${table === "extractions" ? "article_id" : "id"}), 0) AS n FROM ${table}`).get().n;
  const base = { articles: max("articles"), sentences: max("sentences"), mentions: max("mentions"), events: max("events"), tallies: max("tallies") };
  const columns = (table) => db.prepare(`PRAGMA table_info(${table})`).all().map((c) => c.name);
  // For each table: the expression that shifts each id column of copy k.
  const shift = {
    id: (t) => ({ articles: "a", sentences: "s", mentions: "m", events: "e", tallies: "t" })[t],
    article_id: () => "a",
    sentence_id: () => "s",
    event_id: () => "e",
  };
  const copyTable = (table, where) => {
    const cols = columns(table);
    const select = cols.map((c) => {
      if (table === "articles" && c === "key") return "key || '#' || $k";
      if (table === "articles" && c === "content_hash") return "content_hash || $k";
      const s = shift[c]?.(table);
      return s ? `${c} + $${s}` : c;
    });
    return db.prepare(`INSERT INTO ${table} (${cols.join(", ")}) SELECT ${select.join(", ")} FROM ${table} WHERE ${where}`);
  };
  const steps = [
    copyTable("articles", "id <= $maxA"),
    copyTable("sentences", "id <= $maxS"),
    copyTable("extractions", "article_id <= $maxA"),
    copyTable("mentions", "id <= $maxM"),
    copyTable("events", "id <= $maxE"),
    copyTable("event_sources", "event_id <= $maxE"),
    copyTable("tallies", "id <= $maxT"),
  ];
  for (let k = 1; k < copies; k++) {
    const p = { k, a: k * base.articles, s: k * base.sentences, m: k * base.mentions, e: k * base.events, t: k * base.tallies, maxA: base.articles, maxS: base.sentences, maxM: base.mentions, maxE: base.events, maxT: base.tallies };
    db.transaction(() => {
      for (const st of steps) {
        const used = Object.fromEntries(Object.entries(p).filter(([name]) => st.source.includes(`$${name}`)));
        st.run(used);
      }
    })();
  }
  db.close();
}
