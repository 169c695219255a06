/**
 * The import graph of src/ follows the layers of test/architecture/layers.ts:
 * no circle of imports between files or between folders, and no import
 * from a lower layer to a higher one beyond the commented list of today's.
 * The checker itself is tested on small graphs of its own, so a check that
 * passes is known to be able to fail.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { importsOf } from "../../src/importGraph.js";
import { tempDir } from "../helpers.js";
import { ALLOWED_TODAY, SRC, cycles, importGraph, layerOf, memberGraph, memberOf, sourceFiles, upwardImports } from "./layers.js";

const graph = importGraph();
const rel = (f: string) => relative(SRC, f);

describe("layers of src/", () => {
  it("every_file_of_src_belongs_to_a_layer", () => {
    const members = new Set(sourceFiles().map(memberOf));
    for (const m of members) expect(() => layerOf(m), m).not.toThrow();
    expect(members.size).toBeGreaterThan(10);
  });

  it("the_reader_sees_the_imports_of_a_module_that_has_many", () => {
    // extractEventsAndTallies imports from dates, lexicon, rules and refine: a reader that found none would pass everything.
    const targets = graph.get(join(SRC, "extract", "extractEventsAndTallies.ts"))!.map(memberOf);
    for (const m of ["dates", "lexicon", "rules", "refine"]) expect(targets).toContain(m);
  });

  it("no_file_imports_itself_round_a_circle", () => {
    // Edges still allowed across layers may close a circle until they are gone; any other circle fails.
    const allowed = (from: string, to: string) => ALLOWED_TODAY.has(`${memberOf(from)} -> ${memberOf(to)}`);
    const pruned = new Map([...graph].map(([f, ts]) => [f, ts.filter((t) => !allowed(f, t))]));
    expect(cycles(pruned).map((c) => c.map(rel).sort())).toEqual([]);
  });

  it("no_two_folders_import_each_other", () => {
    expect(cycles(memberGraph(graph, ALLOWED_TODAY))).toEqual([]);
  });

  it("no_import_goes_up_a_layer_beyond_the_list_of_todays", () => {
    const up = upwardImports(graph);
    const unexpected = [...up].filter(([edge]) => !ALLOWED_TODAY.has(edge));
    expect(unexpected).toEqual([]);
    // An allowance no longer used is removed from the list, so it cannot hide a new import later.
    expect([...ALLOWED_TODAY].filter((edge) => !up.has(edge))).toEqual([]);
  });
});

describe("the layer check itself", () => {
  it("finds_a_circle_of_three_and_a_self_import_but_not_a_chain", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["d"]],
      ["e", ["a"]],
    ]);
    expect(cycles(g).map((c) => c.sort())).toEqual([["a", "b", "c"], ["d"]]);
    expect(cycles(new Map([["x", ["y"]], ["y", []]]))).toEqual([]);
  });

  it("flags_an_import_from_a_lower_layer_to_a_higher_one", () => {
    const lexicon = join(SRC, "lexicon", "x.ts");
    const cli = join(SRC, "cli", "y.ts");
    expect([...upwardImports(new Map([[lexicon, [cli]]])).keys()]).toEqual(["lexicon -> cli"]);
    expect([...upwardImports(new Map([[cli, [lexicon]]])).keys()]).toEqual([]);
  });

  it("reads_every_form_of_import_a_module_can_use", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    for (const f of ["a", "b", "c", "d", "e", "f"]) writeFileSync(join(dir, "sub", `${f}.ts`), "");
    const file = join(dir, "m.ts");
    writeFileSync(
      file,
      [
        'import { x } from "./sub/a.js";',
        'import type {\n  Y,\n} from "./sub/b.js";',
        'export * from "./sub/c.js";',
        'import "./sub/d.js";',
        'const m = await import("./sub/e.js");',
        'const w = new URL("./sub/f.js", import.meta.url);',
        'import nlp from "compromise";',
        'import { x as t } from "natural/lib/natural/tokenizers/x.js";',
        'import { readFileSync } from "node:fs";',
        " * import { z } from \"./sub/zz.js\" in a comment names no file",
      ].join("\n"),
    );
    const got = importsOf(file);
    expect(got.local.map((f) => relative(dir, f))).toEqual(["sub/a.ts", "sub/b.ts", "sub/c.ts", "sub/d.ts", "sub/e.ts", "sub/f.ts"]);
    expect(got.packages).toEqual(["compromise", "natural"]);
    // At run time (what the rules version hashes), a type-only import is no dependency.
    expect(importsOf(file, undefined, true).local.map((f) => relative(dir, f))).toEqual(["sub/a.ts", "sub/c.ts", "sub/d.ts", "sub/e.ts", "sub/f.ts"]);
  });
});
