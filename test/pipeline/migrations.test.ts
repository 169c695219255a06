import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { join } from "node:path";
import { readFileSync } from "node:fs";
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
});
