#!/usr/bin/env node
/**
 * Regenerates the README's error table from the error catalogue
 * (src/errors.ts, compiled): the lines between `<!-- errors: begin -->`
 * and `<!-- errors: end -->`. test/cli/errorCatalogue.test.ts fails when
 * the README and the catalogue differ.
 *
 *   npm run build && node scripts/update-readme-errors.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { errorTableMarkdown } = await import(join(root, "dist", "errors.js"));
const file = join(root, "README.md");
const readme = readFileSync(file, "utf8");
const marked = /(<!-- errors: begin -->\n)[\s\S]*?(<!-- errors: end -->)/;
if (!marked.test(readme)) throw new Error("README.md has no <!-- errors: begin --> … <!-- errors: end --> block");
writeFileSync(file, readme.replace(marked, (_m, begin, end) => begin + errorTableMarkdown() + end));
