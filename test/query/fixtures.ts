/**
 * Databases for the query, export and report tests: the founding corpus/
 * ingested into a real SQLite file, and a hostile article whose text holds
 * markup and SQL. Ingest is slow (compromise), so a file builds one database
 * in beforeAll and removes its folder in afterAll (helpers.ts's tempDir()
 * is emptied after every test).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Db } from "../../src/db/openDatabase.js";
import { ingest } from "../../src/pipeline/ingest.js";
import { CORPUS } from "../helpers.js";

export const REF = "2023-12-15";
export const INJECTION = "'; DROP TABLE events; --";

export interface TestDb {
  dir: string;
  file: string;
  db: Db;
  close(): void;
}

async function build(paths: (dir: string) => string[]): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-query-"));
  const file = join(dir, "s.sqlite");
  const db = openDatabase(file);
  const result = await ingest(db, paths(dir), { referenceDate: REF });
  if (result.failed) throw new Error(`fixture ingest failed: ${JSON.stringify(result.failures)}`);
  return { dir, file, db, close: () => (db.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** corpus/ ingested into a fresh database. */
export function corpusDb(): Promise<TestDb> {
  return build(() => [CORPUS]);
}

/** The text of an article that tries script injection in the page and SQL injection in the database. */
export const HOSTILE_TEXT =
  ` date 2023-11-24\n` +
  `US forces were attacked with rockets at al-Tanf on Thursday <script>alert(1)</script> ${INJECTION} ` +
  `</script><script>window.__xss=1</script> <img src=x onerror="window.__xss=2">, a US official said.\n` +
  `Militants from the Zorblax Brigade fired two drones at Erbil Air Base on Wednesday, officials said.\n`;
/** Its file name, so the article key carries markup and SQL too. */
export const HOSTILE_KEY = `evil<b onmouseover=window.__xss=3>${INJECTION}`;

/** The hostile article and one with no event, in a fresh database. */
export function hostileDb(): Promise<TestDb> {
  return build((dir) => {
    const src = join(dir, "articles");
    mkdirSync(src);
    writeFileSync(join(src, `${HOSTILE_KEY}.txt`), HOSTILE_TEXT);
    writeFileSync(join(src, "quiet.txt"), " date 2023-11-24\nThe committee met on Tuesday to discuss the budget.\n");
    return [src];
  });
}
