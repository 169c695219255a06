/**
 * The relative imports of sitrep's own modules, read from the files
 * themselves (TypeScript sources, or the compiled JavaScript when only
 * dist/ is installed). Two users: the rules version hashes what each stage
 * can reach (extract/rulesVersion.ts), and the architecture test checks
 * that imports follow the layers (test/architecture/).
 *
 * A reading by pattern, not a parser: it finds `import … from "./x.js"`,
 * `export … from`, bare `import "./x.js"`, `import("./x.js")` and worker
 * scripts (`new URL("./x.js", import.meta.url)`). Only specifiers starting
 * with "." are sitrep's; a package's name is returned apart, so its version
 * can be hashed too.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";

const STATIC = /^[ \t]*(import|export)\b([^;]*?)\bfrom\s*["']([^"']+)["']/gm;
/** `import type …` / `export type …`: erased when compiled, so no dependency at run time. */
const TYPE_ONLY = /^\s*type\b(?!\s*=)/;
const BARE = /^[ \t]*import\s*["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
const WORKER = /\bnew URL\(\s*["'](\.[^"']+)["']\s*,\s*import\.meta\.url/g;

export interface ModuleImports {
  /** Absolute paths of the sitrep modules imported. */
  local: string[];
  /** Package names imported (`natural` for `natural/lib/…`, `@scope/x` for scoped ones). */
  packages: string[];
}

/** The file a relative specifier names: `./x.js` is `./x.ts` among sources. */
function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  const candidates = extname(from) === ".ts" ? [base.replace(/\.js$/, ".ts"), base, `${base}.ts`] : [base, `${base}.js`];
  return candidates.find((c) => existsSync(c)) ?? null;
}

function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The imports of a module; with `runtime`, only those that stay in the compiled code (not `import type`). */
export function importsOf(file: string, source = readFileSync(file, "utf8"), runtime = false): ModuleImports {
  const local = new Set<string>();
  const packages = new Set<string>();
  for (const re of [STATIC, BARE, DYNAMIC, WORKER])
    for (const m of source.matchAll(re)) {
      if (re === STATIC && runtime && TYPE_ONLY.test(m[2]!)) continue;
      const spec = re === STATIC ? m[3]! : m[1]!;
      if (spec.startsWith(".")) {
        const target = resolveLocal(file, spec);
        if (target) local.add(target);
      } else if (!spec.startsWith("node:")) packages.add(packageName(spec));
    }
  return { local: [...local].sort(), packages: [...packages].sort() };
}

/**
 * Every sitrep module reachable at run time from the entries (the entries
 * included; type-only imports are not followed), not passing through
 * `exclude`, and the packages they import.
 */
export function importClosure(entries: readonly string[], exclude: ReadonlySet<string> = new Set()): { files: string[]; packages: string[] } {
  const seen = new Set<string>(exclude);
  const packages = new Set<string>();
  const todo = entries.filter((e) => existsSync(e));
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { local, packages: p } = importsOf(file, undefined, true);
    for (const name of p) packages.add(name);
    for (const l of local) if (!seen.has(l)) todo.push(l);
  }
  return { files: [...seen].filter((f) => !exclude.has(f)).sort(), packages: [...packages].sort() };
}
