import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createNewsChrono, newsChrono } from "../../src/dates/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, "../../src/dates");

function classNames(dir: string, suffix: RegExp): string[] {
  return readdirSync(join(src, dir))
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...readFileSync(join(src, dir, f), "utf8").matchAll(/export class (\w+)/g)].map((m) => m[1]!))
    .filter((name) => suffix.test(name));
}

describe("configuration", () => {
  it("registers every news parser and refiner exactly once", () => {
    const chrono = createNewsChrono();
    const used = [...chrono.parsers, ...chrono.refiners].map((p) => p.constructor.name);
    const declared = [...classNames("parsers", /Parser$/), ...classNames("refiners", /(Refiner|Filter)$/)];
    for (const name of declared) {
      expect(used.filter((u) => u === name), `${name} must appear once in configuration.ts`).toHaveLength(1);
    }
  });

  it("builds the shared chrono once", async () => {
    const again = await import("../../src/dates/configuration.js");
    expect(again.newsChrono).toBe(newsChrono);
  });
});
