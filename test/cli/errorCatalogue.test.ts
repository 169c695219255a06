/**
 * One catalogue of error codes (src/errors.ts): every code the code can
 * print is in it, every entry is used, and the README's error table is
 * exactly the one generated from it (scripts/update-readme-errors.mjs).
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ERRORS, errorTableMarkdown } from "../../src/errors.js";

const ROOT = join(import.meta.dirname, "..", "..");

function sources(dir = join(ROOT, "src")): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => ({ file: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), "utf8") }));
}

describe("error catalogue", () => {
  it("the_readme_table_is_the_one_generated_from_the_catalogue", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /<!-- errors: begin -->\n([\s\S]*?)<!-- errors: end -->/.exec(readme);
    expect(block, "README.md needs an <!-- errors: begin --> … <!-- errors: end --> block").not.toBeNull();
    expect(block![1], "run: npm run build && node scripts/update-readme-errors.mjs").toBe(errorTableMarkdown());
  });

  it("every_code_in_the_source_is_in_the_catalogue", () => {
    const missing: string[] = [];
    for (const { file, text } of sources())
      for (const m of text.matchAll(/["'`]((?:E|DATES_E)_?[A-Z0-9_]*[A-Z0-9])["'`:]/g))
        if (/^(E_[A-Z_]+|DATES_E\d+)$/.test(m[1]!) && !(m[1]! in ERRORS)) missing.push(`${file}: ${m[1]}`);
    // Date-layer codes anywhere in a message, too.
    for (const { file, text } of sources()) for (const m of text.matchAll(/\bDATES_E\d+\b/g)) if (!(m[0] in ERRORS)) missing.push(`${file}: ${m[0]}`);
    expect(missing).toEqual([]);
  });

  it("every_catalogue_entry_is_used_by_the_code", () => {
    const all = sources()
      .filter((s) => !s.file.endsWith(join("src", "errors.ts")))
      .map((s) => s.text)
      .join("\n");
    // decodeAndHash turns the decoder's "empty" and "binary" into E_EMPTY and E_BINARY.
    const unused = Object.keys(ERRORS).filter((code) => !all.includes(`"${code}"`) && !all.includes(`"${code.slice(2).toLowerCase()}"`));
    expect(unused).toEqual([]);
  });

  it("no_plain_errors_are_thrown", () => {
    const plain = sources()
      .flatMap((s) => [...s.text.matchAll(/throw new Error\(/g)].map(() => s.file));
    // expandBraces' error is caught by the lexicon loader and rethrown with the file and row.
    expect(plain.filter((f) => !f.endsWith("loadLexicons.ts"))).toEqual([]);
  });

  it("every_entry_says_when_and_what_to_do_and_its_exit_code", () => {
    for (const [code, e] of Object.entries(ERRORS)) {
      expect(e.what.length, code).toBeGreaterThan(10);
      expect(e.advice.length, code).toBeGreaterThan(5);
      expect([1, 2, 70], code).toContain(e.exit);
    }
  });
});
