/**
 * The pieces that let `sitrep extract` skip articles after a lexicon edit:
 * the diff of two lexicon snapshots, the probe of an article, and the two
 * superset guarantees the skipping rests on (every phrase the fuzzy matcher
 * looks up is a probe phrase; every alias that can fuzzy-match or block a
 * phrase is flagged by mayFuzzyConcern).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lexiconChange } from "../../src/extract/lexiconChange.js";
import { buildProbe, ChangeProbe } from "../../src/extract/lexiconProbe.js";
import { lexiconSnapshot, type LexiconSnapshot } from "../../src/extract/rulesVersion.js";
import { compactForm, FuzzyIndex, fuzzyCandidates, fuzzyFind, knownPhrases, mayFuzzyConcern } from "../../src/lexicon/fuzzyMatch.js";
import { loadLexicons } from "../../src/lexicon/loadLexicons.js";
import { tokenize } from "../../src/lexicon/matchAliases.js";
import { splitSentences } from "../../src/text/sentences.js";

const ROOT = join(import.meta.dirname, "..", "..");
const base = lexiconSnapshot(join(ROOT, "lexicons"));

/** The base snapshot with one file's rows changed. */
function edited(file: string, change: (rows: Array<Record<string, unknown>>) => void): LexiconSnapshot {
  const rows = JSON.parse(base.files[file]!) as Array<Record<string, unknown>>;
  change(rows);
  return withFile(file, JSON.stringify(rows, null, 2));
}

function withFile(file: string, content: string): LexiconSnapshot {
  return { hash: `${base.hash}+${file}:${content.length}:${content.slice(-40)}`, files: { ...base.files, [file]: content } };
}

const row = (rows: Array<Record<string, unknown>>, name: string) => rows.find((r) => r.name === name || r.category === name)!;

describe("lexiconChange", () => {
  it("the_same_snapshot_is_no_change", () => {
    expect(lexiconChange(base, base)).toEqual({ kind: "none" });
  });

  it("a_renamed_place_gives_its_old_and_new_forms", () => {
    const c = lexiconChange(base, edited("gazetteer.json", (g) => void (row(g, "Tower 22").name = "Tower 22 (renamed)")));
    expect(c.kind).toBe("entries");
    if (c.kind !== "entries") return;
    expect(c.changes).toEqual(['gazetteer.json: "Tower 22" removed', 'gazetteer.json: "Tower 22 (renamed)" added']);
    expect(c.words).toContain("tower 22");
    expect(c.words).toContain("tower 22 renamed");
    expect(c.words).not.toContain("erbil"); // other entries are not probed
  });

  it("an_edited_field_keeps_the_label_and_says_changed", () => {
    const c = lexiconChange(base, edited("actors.json", (a) => void (row(a, "Houthis").role = "other")));
    expect(c.kind === "entries" && c.changes).toEqual(['actors.json: "Houthis" changed']);
  });

  it("brace_aliases_are_expanded_into_forms", () => {
    const c = lexiconChange(base, edited("gazetteer.json", (g) => void g.push({ name: "Test Base", aliases: ["{Alpha,Beta} Camp"], kind: "base", country: "Iraq", province: null, lat: 33, lon: 44 })));
    expect(c.kind === "entries" && c.words).toEqual(["test base", "alpha camp", "beta camp"]);
  });

  it("weapon_terms_bring_their_plurals_and_places_do_not", () => {
    const w = lexiconChange(base, edited("weapons.json", (ws) => void (row(ws, "rocket").terms as string[]).push("projectile")));
    expect(w.kind === "entries" && w.words).toContain("projectiles");
    const g = lexiconChange(base, edited("gazetteer.json", (gs) => void (row(gs, "Tower 22").aliases = ["Tower Twenty-Two"])));
    expect(g.kind === "entries" && g.words).not.toContain("tower twenty twos");
  });

  it("reformatting_and_reordering_fields_are_no_change", () => {
    expect(lexiconChange(base, withFile("gazetteer.json", JSON.stringify(JSON.parse(base.files["gazetteer.json"]!))))).toEqual({ kind: "none" });
    const reordered = (JSON.parse(base.files["actors.json"]!) as Array<Record<string, unknown>>).map((r) => Object.fromEntries(Object.entries(r).reverse()));
    expect(lexiconChange(base, withFile("actors.json", JSON.stringify(reordered)))).toEqual({ kind: "none" });
  });

  it("abbreviations_are_not_read_by_extraction", () => {
    expect(lexiconChange(base, withFile("abbreviations.json", base.files["abbreviations.json"] + "\n"))).toEqual({ kind: "none" });
  });

  it("a_cue_edit_gives_the_words_added_and_removed_list_by_list", () => {
    const cues = JSON.parse(base.files["cues.json"]!) as Record<string, { terms: string[] } & Record<string, unknown>>;
    cues.negation!.terms.push("Never  Ever");
    cues.claim!.terms = cues.claim!.terms.filter((t) => t !== "claimed");
    cues.negation!.reason = "reworded: not a word the rules read";
    const c = lexiconChange(base, withFile("cues.json", JSON.stringify(cues)));
    expect(c.kind).toBe("entries");
    if (c.kind !== "entries") return;
    expect(c.changes).toEqual(['cues.json: claim.terms − "claimed"', 'cues.json: negation.terms + "Never  Ever"']);
    // Searched for in lower case with white space collapsed.
    expect(c.cueWords.sort()).toEqual(["claimed", "never ever"]);
    expect(c.words).toEqual([]);
    // Formatting alone is no change.
    expect(lexiconChange(base, withFile("cues.json", JSON.stringify(JSON.parse(base.files["cues.json"]!))))).toEqual({ kind: "none" });
  });

  it("a_cues_file_that_does_not_read_redoes_everything", () => {
    expect(lexiconChange(base, withFile("cues.json", "{ broken"))).toEqual({ kind: "all", reason: "the new cues.json does not read" });
  });

  it.each([
    ["numbers.json", /numbers\.json changed/],
    ["kinds.json", /kinds\.json changed/],
  ])("a_change_to_%s_redoes_everything", (file, reason) => {
    const c = lexiconChange(base, withFile(file, base.files[file] + "\n"));
    expect(c.kind).toBe("all");
    expect(c.kind === "all" && c.reason).toMatch(reason);
  });

  it("reordered_rows_redo_everything", () => {
    // The first of two equal fuzzy forms wins, so order can matter.
    const c = lexiconChange(base, edited("gazetteer.json", (g) => void g.reverse()));
    expect(c).toEqual({ kind: "all", reason: "rows of gazetteer.json were reordered" });
  });

  it("an_old_snapshot_that_is_not_rows_redoes_everything", () => {
    const broken = { hash: "old", files: { ...base.files, "actors.json": "{ not json" } };
    expect(lexiconChange(broken, base).kind).toBe("all");
  });

  it("a_changed_row_whose_old_braces_do_not_expand_redoes_everything", () => {
    // Only changed rows are expanded into forms; one that cannot be leaves nothing to probe with.
    const old = edited("actors.json", (a) => void (row(a, "Kataib Hezbollah").aliases as string[]).push("Kataib {Hezbollah"));
    expect(lexiconChange(old, base)).toEqual({ kind: "all", reason: "a changed row of actors.json does not expand" });
  });

  it("only_changed_rows_bring_forms", () => {
    const c = lexiconChange(base, edited("actors.json", (a) => void (row(a, "Kataib Hezbollah").aliases as string[]).push("KH Brigades")));
    if (c.kind !== "entries") throw new Error(c.kind);
    expect(c.words).toContain("kh brigades");
    expect(c.words).toContain("kataib hezbollah");
    expect(c.words).not.toContain("houthis");
  });
});

describe("ChangeProbe", () => {
  const change = lexiconChange(base, edited("gazetteer.json", (g) => void (row(g, "Tower 22").name = "Tower 22 (renamed)")));
  const probe = change.kind === "entries" ? new ChangeProbe(change) : null;
  it.each([
    ["A drone struck Tower 22 in Jordan.", true],
    ["A drone struck tower-22 in Jordan.", true], // normalised like the matcher: case and hyphens
    ["A drone struck Tower 2 in Jordan.", false],
    ["Tower guards fired at 22 drones.", false], // the words, but not in sequence
    ["A drone struck Tower 22.", true],
  ])("%s → %s", (sentence, reached) => {
    expect(probe!.reaches(buildProbe([sentence]))).toBe(reached);
  });

  it("a_change_with_many_first_words_is_tested_the_same_way", () => {
    // The drone row has dozens of terms (many first words: the other search path).
    const c = lexiconChange(base, edited("weapons.json", (w) => void (row(w, "drone").terms as string[]).push("flying bomb")));
    const many = c.kind === "entries" ? new ChangeProbe(c) : null;
    expect(new Set((c.kind === "entries" ? c.words : []).map((w) => w.split(" ")[0])).size).toBeGreaterThan(12);
    expect(many!.reaches(buildProbe(["A flying bomb hit the base."]))).toBe(true);
    expect(many!.reaches(buildProbe(["A Shahed-136 hit the base."]))).toBe(true);
    expect(many!.reaches(buildProbe(["A rocket hit the base."]))).toBe(false);
  });

  it("words_in_two_sentences_do_not_make_one_alias", () => {
    expect(probe!.reaches(buildProbe(["It hit the Tower.", "22 were hurt."]))).toBe(false);
  });

  it("a_misspelt_name_in_the_text_is_reached_fuzzily", () => {
    const c = lexiconChange(base, edited("gazetteer.json", (g) => void g.push({ name: "Qayyarah Airfield West", aliases: [], kind: "base", country: "Iraq", province: null, lat: 35.8, lon: 43.1 })));
    const p = c.kind === "entries" ? new ChangeProbe(c) : null;
    expect(p!.reaches(buildProbe(["Rockets hit Qayara Airfield West on Monday."]))).toBe(true);
    expect(p!.reaches(buildProbe(["Rockets hit Baghdad airport on Monday."]))).toBe(false);
  });
});

// ---- the superset guarantees, checked on the project's own corpus --------
const sentences = readdirSync(join(ROOT, "corpus"))
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => splitSentences(readFileSync(join(ROOT, "corpus", f), "utf8")).map((s) => s.text));
const lex = loadLexicons(join(ROOT, "lexicons"));
const aliases = [...new Set([...lex.gazetteer.flatMap((e) => e.aliases), ...lex.actors.flatMap((e) => e.aliases)])];

describe("superset guarantees", () => {
  it("every_phrase_the_fuzzy_matcher_looks_up_is_a_probe_phrase", () => {
    let looked = 0;
    for (const text of sentences) {
      const t = tokenize(text);
      const candidates = new Set(fuzzyCandidates(t));
      const seen: string[] = [];
      const index = new FuzzyIndex(aliases.map((alias) => ({ alias, value: alias })), knownPhrases(lex));
      const lookup = index.lookup.bind(index);
      index.lookup = (phrase: string) => {
        seen.push(compactForm(phrase));
        return lookup(phrase);
      };
      // Blocking and covering vary with the lexicon: try none, and every third token blocked.
      fuzzyFind(t, index, new Uint8Array(t.norm.length), []);
      fuzzyFind(t, index, Uint8Array.from(t.norm, (_, k) => (k % 3 === 1 ? 1 : 0)), []);
      for (const phrase of seen.filter((p) => p.length >= 6)) expect(candidates, text).toContain(phrase);
      looked += seen.length;
    }
    expect(looked).toBeGreaterThan(100);
  });

  it("every_alias_that_fuzzy_matches_or_blocks_a_phrase_is_flagged", () => {
    // Variants of real aliases: one letter dropped, doubled, swapped or changed.
    const variants = aliases.flatMap((a, i) => {
      const k = 1 + (i % Math.max(1, a.length - 2));
      return [a.slice(0, k) + a.slice(k + 1), a.slice(0, k) + a[k] + a.slice(k), a.slice(0, k) + (a[k + 1] ?? "") + a[k] + a.slice(k + 2), a.slice(0, k) + "e" + a.slice(k + 1), a + "i", a.slice(0, -1)];
    });
    let hits = 0;
    for (const [i, alias] of aliases.entries()) {
      if (i % 3) continue;
      const index = new FuzzyIndex([{ alias, value: alias }], new Set());
      for (const v of variants.slice((i * 6) % variants.length, ((i * 6) % variants.length) + 60)) {
        const found = index.lookup(v) !== null;
        if (found) hits++;
        if (found) expect(mayFuzzyConcern(compactForm(v), compactForm(alias)), `${v} ~ ${alias}`).toBe(true);
      }
    }
    expect(hits).toBeGreaterThan(50);
  });

  it.each([
    ["kirkuki", "kirkuk", true], // a word derived from the alias: the alias blocks it from matching others
    ["hadith", "haditha", true], // the alias cut short: likewise
    ["kirkouk", "kirkuk", true],
    ["baghdad", "kirkuk", false],
    ["kirkuk", "kirkouk", true],
    ["erbil", "arbil", false], // under six letters: never fuzzy
    ["mosulcity", "kirkukcity", false],
  ])("mayFuzzyConcern(%s, %s) is %s", (candidate, alias, expected) => {
    expect(mayFuzzyConcern(candidate, alias)).toBe(expected);
  });
});
