import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { loadMigrations, openDatabase } from "../../src/db/openDatabase.js";
import { tempDir } from "../helpers.js";

describe("migrations", () => {
  it("a_new_database_gets_every_migration", () => {
    const db = openDatabase(join(tempDir(), "s.sqlite"));
    expect(db.pragma("user_version", { simple: true })).toBe(loadMigrations().at(-1)!.version);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });

  it("a_database_from_a_newer_sitrep_is_refused_untouched", () => {
    const file = join(tempDir(), "future.sqlite");
    const raw = new Database(file);
    raw.exec("CREATE TABLE keep (x)");
    raw.pragma("user_version = 999");
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/schema version 999, newer than this sitrep knows/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("an_older_database_is_migrated_on_open", () => {
    const file = join(tempDir(), "old.sqlite");
    const [first, ...rest] = loadMigrations();
    openDatabase(file, { migrations: [first!] }).close();
    const db = openDatabase(file, { migrations: [first!, ...rest, { version: first!.version + 100, name: "extra", sql: "CREATE TABLE extra (x)" }] });
    expect(db.pragma("user_version", { simple: true })).toBe(first!.version + 100);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeTruthy();
    db.close();
  });

  it("the_kind_migration_keeps_every_column_row_and_id_of_events_and_drops_only_the_check", () => {
    const file = join(tempDir(), "v4.sqlite");
    const all = loadMigrations();
    const before5 = all.filter((m) => m.version < 5);
    // A column another migration added (as a 004 from another branch might), and rows with their back-links.
    const extra = { version: 4, name: "other", sql: "ALTER TABLE events ADD COLUMN other_note TEXT DEFAULT 'n/a'" };
    const old = openDatabase(file, { migrations: [...before5.filter((m) => m.version < 4), extra] });
    old.exec(`INSERT INTO runs (id, command, started_at, rules_version) VALUES (1, 'ingest', 'now', 'x');
      INSERT INTO articles (id, key, source_path, content_hash, encoding, text, published_method, ingested_at) VALUES (1, 'a', 'a.txt', 'h', 'utf-8', 'Text.', 'unknown', 'now');
      INSERT INTO sentences (id, article_id, idx, start, end, text, parse) VALUES (1, 1, 0, 0, 5, 'Text.', '{}');
      INSERT INTO events (id, run_id, article_id, kind, rule, reason, other_note) VALUES (7, 1, 1, 'attack', 'r', 'why', 'kept');
      INSERT INTO event_sources (event_id, sentence_id, field, start, end, text) VALUES (7, 1, 'evidence', 0, 5, 'Text.');
      DELETE FROM events WHERE id = 7; INSERT INTO events (id, run_id, article_id, kind, rule, reason, other_note) VALUES (5, 1, 1, 'strike', 'r', 'why', 'kept');
      INSERT INTO event_sources (event_id, sentence_id, field, start, end, text) VALUES (5, 1, 'evidence', 0, 5, 'Text.');`);
    expect(() => old.prepare("INSERT INTO events (run_id, article_id, kind, rule, reason) VALUES (1, 1, 'seizure', 'r', 'why')").run()).toThrow(/CHECK/);
    const columns = (db: Database.Database) => db.prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('events')").all();
    const shape = columns(old);
    old.close();

    const db = openDatabase(file, { migrations: [...before5.filter((m) => m.version < 4), extra, ...all.filter((m) => m.version >= 5)] });
    expect(columns(db)).toEqual(shape);
    expect(db.prepare("SELECT id, kind, other_note FROM events").all()).toEqual([{ id: 5, kind: "strike", other_note: "kept" }]);
    expect(db.prepare("SELECT event_id FROM event_sources").pluck().all()).toEqual([5]);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events'").pluck().get()).not.toMatch(/CHECK/);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'events' AND type = 'index'").pluck().get()).toBe(2);
    // Ids are never reused: the deleted #7 stays taken.
    const next = db.prepare("INSERT INTO events (run_id, article_id, kind, rule, reason) VALUES (1, 1, 'attack', 'r', 'why')").run();
    expect(Number(next.lastInsertRowid)).toBe(8);
    // The registry's triggers now refuse what the CHECK refused, and the views still read the table.
    expect(() => db.prepare("INSERT INTO events (run_id, article_id, kind, rule, reason) VALUES (1, 1, 'seizure', 'r', 'why')").run()).toThrow(/kind registry/);
    expect(() => db.prepare("UPDATE events SET kind = 'seizure' WHERE id = 5").run()).toThrow(/kind registry/);
    expect(db.prepare("SELECT COUNT(*) FROM v_events").pluck().get()).toBe(0);
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });

  it("two_migrations_of_one_number_are_refused", () => {
    const dir = tempDir();
    for (const f of ["001_a.sql", "002_b.sql", "002_c.sql"]) writeFileSync(join(dir, f), "SELECT 1;");
    expect(() => loadMigrations(dir)).toThrow(/two migrations numbered 2 \(b, c\)/);
  });
});
