/**
 * Runs every registered rule's own example sentences (like ESLint's
 * RuleTester): each positive must give exactly the expected events or
 * tallies (only the fields an example states are checked), each negative
 * none. A rule runs alone, followed by the refiners.
 */
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { EVENT_RULES, TALLY_RULES } from "../../src/rules/index.js";
import type { EventRule, TallyRule } from "../../src/rules/rule.js";
import { extractSentence } from "./extractSentence.js";

function checkNoDuplicates(rule: EventRule | TallyRule): void {
  const texts = [...rule.examples.valid, ...rule.examples.invalid].map((e) => e.text);
  expect(new Set(texts).size, `${rule.meta.id} has duplicate examples`).toBe(texts.length);
}

describe.each(EVENT_RULES.map((r) => [r.meta.id, r] as const))("event rule %s", (_id, rule) => {
  const rules = EVENT_RULES.filter((r) => r === rule || rule.meta.requires?.includes(r.meta.id));
  it("has_five_positive_and_five_negative_examples_without_duplicates", () => {
    expect(rule.examples.valid.length, "at least five positive examples").toBeGreaterThanOrEqual(5);
    expect(rule.examples.invalid.length, "at least five negative examples").toBeGreaterThanOrEqual(5);
    checkNoDuplicates(rule);
  });
  it.each(rule.examples.valid.map((e) => [e.text, e] as const))("finds: %s", (_t, example) => {
    const { events } = extractSentence(example.text, example.published, { events: rules, tallies: [] });
    expect(events).toHaveLength(example.expect.length);
    example.expect.forEach((want, i) => {
      const got = events[i]!;
      const view: Record<string, unknown> = {
        kind: got.kind,
        date: got.date,
        place: got.place,
        country: got.countries.length === 1 ? got.countries[0] : got.countries.length ? got.countries : null,
        actor: got.actor,
        weapons: [...got.weapons].sort(),
        killed: got.killed,
        injured: got.injured,
        count: got.count,
        outcome: got.outcome,
        assertedBy: got.assertedBy,
      };
      const wanted = { ...want, ...(want.weapons ? { weapons: [...want.weapons].sort() } : {}) };
      expect(Object.fromEntries(Object.keys(wanted).map((k) => [k, view[k]]))).toEqual(wanted);
      for (const s of got.sources) expect(example.text.slice(s.start, s.end)).toBe(s.text);
    });
  });
  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))("ignores: %s", (_t, example) => {
    expect(extractSentence(example.text, example.published, { events: rules, tallies: [] }).events).toEqual([]);
  });
});

describe.each(TALLY_RULES.map((r) => [r.meta.id, r] as const))("tally rule %s", (_id, rule) => {
  it("has_five_positive_and_five_negative_examples_without_duplicates", () => {
    expect(rule.examples.valid.length, "at least five positive examples").toBeGreaterThanOrEqual(5);
    expect(rule.examples.invalid.length, "at least five negative examples").toBeGreaterThanOrEqual(5);
    checkNoDuplicates(rule);
  });
  it.each(rule.examples.valid.map((e) => [e.text, e] as const))("finds: %s", (_t, example) => {
    const { tallies } = extractSentence(example.text, example.published, { events: [], tallies: [rule] });
    expect(tallies).toHaveLength(example.expect.length);
    example.expect.forEach((want, i) => {
      const got = tallies[i]! as unknown as Record<string, unknown>;
      expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]))).toEqual(want);
    });
  });
  it.each(rule.examples.invalid.map((e) => [e.text, e] as const))("ignores: %s", (_t, example) => {
    expect(extractSentence(example.text, example.published, { events: [], tallies: [rule] }).tallies).toEqual([]);
  });
});

describe("rule registry", () => {
  it("registers_every_rule_file_once_sorted_by_id", () => {
    const dir = join(import.meta.dirname, "..", "..", "src", "rules");
    const ruleFiles = readdirSync(dir).filter((f) => f.endsWith(".ts") && !["index.ts", "rule.ts", "fields.ts", "candidate.ts", "usReferences.ts"].includes(f));
    const registered = [...EVENT_RULES, ...TALLY_RULES];
    expect(registered.length, `every file in src/rules/ that defines a rule must be listed in src/rules/index.ts`).toBe(ruleFiles.length);
    const ids = registered.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of [EVENT_RULES, TALLY_RULES]) {
      const listIds = list.map((r) => r.meta.id);
      expect(listIds).toEqual([...listIds].sort());
    }
  });
});

describe("refiner registry", () => {
  it("registers_every_refiner_file_once", async () => {
    const { REFINERS } = await import("../../src/refine/configuration.js");
    const dir = join(import.meta.dirname, "..", "..", "src", "refine");
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !["configuration.ts", "refiner.ts"].includes(f));
    expect(REFINERS.length, "every file in src/refine/ that defines a refiner must be listed in src/refine/configuration.ts").toBe(files.length);
    const ids = REFINERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
