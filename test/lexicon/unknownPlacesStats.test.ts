/**
 * `sitrep stats` lists the places the gazetteer does not know, with the
 * events that took them as their place (issue 13 item 5): a real ingest
 * into a real SQLite file, then the stats command. The articles are written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInProcess, tempDir } from "../helpers.js";

interface Unknown {
  name: string;
  kind: string;
  country: string;
  count: number;
  events: number;
  example: string;
  example_start: number;
  example_end: number;
}

describe("stats: places not in the gazetteer", () => {
  it("lists_unknown_places_with_their_events_and_keeps_known_ones_out", async () => {
    const dir = tempDir();
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    writeFileSync(
      join(corpus, "a1.txt"),
      " date 2024-02-10\nU.S. and British jets struck the Zalfan military base in Saada province on Friday, the Pentagon said.\n" +
        "Officials said the raids on Friday also hit depots in the Bani Zaydan district of Hajjah.\n",
    );
    writeFileSync(join(corpus, "a2.txt"), " date 2024-02-12\nRockets were fired at U.S. forces at Erbil Air Base on Sunday, officials said.\n");
    const db = join(dir, "t.sqlite");
    const ingest = await runInProcess(["ingest", corpus, "--db", db, "--reference-date", "2023-12-15"]);
    expect(ingest.code).toBe(0);
    const json = JSON.parse((await runInProcess(["stats", "--db", db, "--format", "json"])).stdout) as { unknown_places: Unknown[] };
    const zalfan = json.unknown_places.find((u) => u.name === "Zalfan military base");
    expect(zalfan).toMatchObject({ kind: "base", country: "Yemen", count: 1, events: 1 });
    expect(zalfan!.example.slice(zalfan!.example_start, zalfan!.example_end)).toBe("Zalfan military base");
    expect(json.unknown_places.map((u) => u.name)).toContain("Bani Zaydan");
    // Gazetteer places are not listed.
    expect(json.unknown_places.some((u) => /Erbil|Saada|Hajjah/.test(u.name))).toBe(false);
    const table = await runInProcess(["stats", "--db", db]);
    expect(table.stdout).toMatch(/Places not in the gazetteer/);
    expect(table.stdout).toMatch(/Zalfan military base/);
    const csv = (await runInProcess(["stats", "--db", db, "--format", "csv"])).stdout;
    expect(csv).toMatch(/^place not in gazetteer,Zalfan military base,1,/m);
  });
});
