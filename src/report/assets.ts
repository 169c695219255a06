/**
 * The browser libraries the report inlines, read from node_modules so the
 * page works with no network: uPlot (charts), d3-array and d3-geo (the map;
 * d3-geo's UMD build needs d3-array beside it).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export interface Assets {
  scripts: Array<{ name: string; code: string }>;
  css: string;
}

/** `file` inside the folder of `pkg`'s resolved entry (its dist/). */
function distFile(pkg: string, file: string): string {
  return readFileSync(join(dirname(require.resolve(pkg)), file), "utf8");
}

let cached: Assets | null = null;

export function loadAssets(): Assets {
  cached ??= {
    scripts: [
      { name: "uPlot", code: distFile("uplot", "uPlot.iife.min.js") },
      { name: "d3-array", code: distFile("d3-array", "d3-array.min.js") },
      { name: "d3-geo", code: distFile("d3-geo", "d3-geo.min.js") },
    ],
    css: distFile("uplot", "uPlot.min.css"),
  };
  return cached;
}
