/**
 * Safe embedding into the report's HTML. Data goes in as JSON inside
 * <script type="application/json">, where the HTML parser only looks for
 * `</script`: escaping every `<` (and `>`, `&`, U+2028/2029) as \uXXXX keeps
 * any article text — `</script><script>alert(1)</script>` included — inert,
 * and JSON.parse gives the same string back. Inline code and styles are
 * checked for a closing tag instead, and scripts get a CSP hash.
 */
import { SitrepError } from "../errors.js";
import { createHash } from "node:crypto";

export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** HTML text escaping, for the few strings the page template itself holds. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Code or CSS to inline; refuses what would end its element early. */
export function inlineable(code: string, tag: "script" | "style", name: string): string {
  if (new RegExp(`</${tag}`, "i").test(code)) throw new SitrepError("E_INTERNAL", `${name} contains "</${tag}" and cannot be inlined`);
  return code;
}

/** The CSP source for an inline script: 'sha256-…' of its exact text. */
export function cspHash(code: string): string {
  return `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
}
