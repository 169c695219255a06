/**
 * The installed `sitrep` binary is dist/cli.js run through its shebang line,
 * which passes node flags (`env -S`). A flag this node does not know would
 * break every command, so run the file itself, as npm's bin link does; the
 * build (`npm run build`, run by `npm ci` and `npm test`) makes it executable.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/packageRoot.js";

const CLI = join(packageRoot(), "dist", "cli.js");

describe("the sitrep binary", () => {
  it("runs_through_its_shebang_with_the_flags_it_names", () => {
    const shebang = readFileSync(CLI, "utf8").split("\n", 1)[0]!;
    expect(shebang).toMatch(/^#!\/usr\/bin\/env -S node( --[\w-]+)*$/);
    expect(statSync(CLI).mode & 0o111, "the build makes dist/cli.js executable").not.toBe(0);
    const out = execFileSync(CLI, ["--help"], { encoding: "utf8" });
    expect(out).toContain("Usage: sitrep COMMAND");
  });

  it("node_accepts_every_flag_on_the_shebang", () => {
    const flags = readFileSync(CLI, "utf8").split("\n", 1)[0]!.split(/\s+/).slice(3);
    expect(flags.length).toBeGreaterThan(0);
    const seen = execFileSync(process.execPath, [...flags, "-p", "JSON.stringify(process.execArgv)"], { encoding: "utf8" });
    expect(JSON.parse(seen).slice(0, flags.length)).toEqual(flags); // an unknown flag would have stopped node with "bad option"
  });
});
