/**
 * Start-up loads only what a command needs (issue 15 item 13): the binary,
 * run as a user runs it, with a module-resolution hook that records every
 * module loaded (and, at exit, require's cache). `--help` and `--version` load no command; the read
 * commands load neither the NLP libraries nor the rule stack; `extract`
 * with nothing to do records its run without loading them either. What is
 * checked is which modules load, not how long they take (timings are in
 * `npm run bench:startup`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { CORPUS } from "../helpers.js";

const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");
const HEAVY = [/node_modules\/compromise\//, /node_modules\/chrono-node\//, /node_modules\/natural\//, /\/dist\/rules\//, /\/dist\/dates\/index\.js$/, /\/dist\/parse\//];

let dir: string;
let hook: string;
let cjsHook: string;
let db: string;

/** The modules `sitrep ARGS` loaded (file URLs), and its exit code. */
function loaded(args: string[]): { code: number | null; modules: string[]; stderr: string } {
  const log = join(dir, `loads-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ["--require", cjsHook, "--import", pathToFileURL(hook).href, CLI, ...args], { env: { ...process.env, SITREP_LOAD_LOG: log }, encoding: "utf8" });
  let text = "";
  try {
    text = readFileSync(log, "utf8");
  } catch {
    // no module logged
  }
  return { code: r.status, modules: text.split("\n").filter(Boolean), stderr: r.stderr };
}

const heavy = (modules: string[]) => modules.filter((m) => HEAVY.some((h) => h.test(m)));

beforeAll(() => {
  // Its own folder: the helpers' temp folders go after each test, this one serves them all.
  dir = mkdtempSync(join(tmpdir(), "sitrep-startup-"));
  // A resolve hook (node:module register) that appends each resolved module to $SITREP_LOAD_LOG.
  const hooks = join(dir, "hooks.mjs");
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";
     export async function resolve(specifier, context, next) {
       const r = await next(specifier, context);
       if (process.env.SITREP_LOAD_LOG && r.url.startsWith("file:")) appendFileSync(process.env.SITREP_LOAD_LOG, r.url + "\\n");
       return r;
     }`,
  );
  // CommonJS modules (natural, compromise's build) loaded by require() pass no ESM hook: list require's cache at exit.
  cjsHook = join(dir, "cjs.cjs");
  writeFileSync(
    cjsHook,
    `process.on("exit", () => { if (process.env.SITREP_LOAD_LOG) require("node:fs").appendFileSync(process.env.SITREP_LOAD_LOG,
       Object.keys(require.cache).map((f) => require("node:url").pathToFileURL(f).href + "\\n").join("")); });`,
  );
  hook = join(dir, "register.mjs");
  writeFileSync(hook, `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(hooks).href)});`);
  db = join(dir, "s.sqlite");
  const env = { ...process.env, SITREP_LOAD_LOG: "" };
  for (const args of [["ingest", CORPUS, "--reference-date", "2023-12-15", "--workers", "0"], ["extract", "--workers", "0"]]) {
    const r = spawnSync(process.execPath, [CLI, ...args, "--db", db, "--quiet"], { env, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("start-up loads", () => {
  it("the_hook_sees_the_heavy_modules_of_a_command_that_needs_them", () => {
    // explain runs the whole extraction: a hook that saw nothing would pass every other test.
    const r = loaded(["explain", "--text", "Militants fired rockets at a US base in Syria on Monday."]);
    expect(r.code, r.stderr).toBe(0);
    for (const lib of ["compromise", "chrono-node", "natural"]) expect(r.modules.some((m) => m.includes(`/node_modules/${lib}/`)), lib).toBe(true);
    expect(r.modules.some((m) => m.includes("/dist/rules/"))).toBe(true);
  });

  it.each([[["--help"]], [["--version"]], [["query", "--help"]], [["ingest", "--help"]]])("%j_loads_no_command_stack", (args) => {
    const r = loaded(args);
    expect(r.code, r.stderr).toBe(0);
    expect(heavy(r.modules)).toEqual([]);
    // No command module but the one asked about.
    const commands = r.modules.filter((m) => /\/dist\/cli\/\w+Command\.js$/.test(m)).map((m) => m.replace(/.*\/dist\/cli\//, ""));
    expect(commands).toEqual(args[0] === "query" ? ["queryCommand.js"] : args[0] === "ingest" ? ["ingestCommand.js"] : []);
  });

  it.each([[["query", "--limit", "1"]], [["show", "1"]], [["stats"]], [["runs"]], [["export"]]])("%j_loads_no_nlp_library_or_rule", (args) => {
    const r = loaded([...args, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(heavy(r.modules)).toEqual([]);
  });

  it("extract_with_nothing_to_do_records_its_run_without_loading_the_rule_stack", () => {
    const r = loaded(["extract", "--db", db, "--workers", "0"]);
    expect(r.code, r.stderr).toBe(0);
    expect(heavy(r.modules)).toEqual([]);
    expect(r.modules.some((m) => m.endsWith("/dist/pipeline/extractWorker.js"))).toBe(false);
  });
});
