/**
 * Stage 4: clean the article body once, before it is stored. Every later
 * span points into the text this returns, so clean-up happens here and
 * nowhere else. Steps, in order (each comment says why it sits there):
 *
 * 1. line endings → "\n" (everything after counts lines by "\n"); lone
 *    UTF-16 surrogates (a JSON dump can hold "\ud800") → U+FFFD, since
 *    SQLite stores UTF-8 and would change them behind the offsets' back;
 * 2. template tags removed ({{^adFree}}, {{{x}}}, [[nid:123]]);
 * 3. mojibake repaired (before 4 and 5: "Â\u00A0" and "ï»¿" need the
 *    no-break space and the BOM still in place);
 * 4. invisible characters and stray control characters removed;
 * 5. white space folded, lines trimmed, blank-line runs → one "\n\n";
 * 6. warnings for what is left: unrepaired mojibake, U+FFFD, glued words,
 *    HTML markup (kept: sitrep reads text, not HTML).
 */
import { repairMojibake, findUnrepairedMojibake } from "./mojibake.js";
import { findGluedWords } from "./gluedWords.js";

export interface CleanWarning {
  code: string;
  message: string;
  sample?: string;
}

/** How many samples a warning message lists. */
const MAX_LISTED = 5;

/** Cleans `body` (see the module comment for the steps). Never inserts or guesses words. */
export function cleanText(body: string): { text: string; warnings: CleanWarning[] } {
  const warnings: CleanWarning[] = [];
  let text = body.replace(/\r\n?|[\u2028\u2029]/g, "\n");
  let lone = 0;
  text = text.replace(LONE_SURROGATE, () => {
    lone++;
    return "\uFFFD";
  });
  if (lone > 0) {
    warnings.push({ code: "lone-surrogates", message: `replaced ${lone} unpaired UTF-16 surrogate(s) with U+FFFD: the text was cut inside a character` });
  }

  text = removeTemplateTags(text, warnings);

  const moji = repairMojibake(text);
  if (moji.repaired > 0) {
    text = moji.text;
    warnings.push({
      code: "mojibake-repaired",
      message: `repaired ${moji.repaired} mis-decoded character(s) (UTF-8 read as Windows-1252), e.g. ${moji.samples.slice(0, 3).join(", ")}`,
      sample: moji.samples[0],
    });
  }

  // Zero-width spaces/joiners, word joiner, BOM, soft hyphen, direction marks.
  text = text.replace(/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E]+/g, "");
  let controls = 0;
  text = text.replace(/[\u0000-\u0008\u000E-\u001F\u007F]+/g, (m) => {
    controls += m.length;
    return "";
  });
  if (controls > 0) {
    warnings.push({ code: "control-chars-removed", message: `removed ${controls} control character(s)` });
  }

  text = foldWhiteSpace(text);

  const garbage = findUnrepairedMojibake(text);
  if (garbage.length > 0) {
    warnings.push({
      code: "mojibake-unrepaired",
      message: `${garbage.length} run(s) of characters look mis-decoded but cannot be repaired; kept as is: ${listed(garbage)}`,
      sample: garbage[0],
    });
  }

  const lost = countChar(text, "\uFFFD");
  if (lost > 0) {
    warnings.push({
      code: "replacement-chars",
      message: `text contains ${lost} U+FFFD replacement character(s): bytes were lost before sitrep read the file`,
      sample: "\uFFFD",
    });
  }

  const glued = findGluedWords(text);
  if (glued.length > 0) {
    warnings.push({
      code: "glued-words",
      message: `${glued.length} word(s) look glued to the next one (text kept as is): ${listed(glued)}`,
      sample: glued[0],
    });
  }

  const tags = countHtmlTags(text);
  if (tags >= MIN_HTML_TAGS) {
    warnings.push({
      code: "html-markup",
      message: `text contains ${tags} HTML tag(s), kept as text: extract the article text from the HTML before ingesting`,
    });
  }

  return { text, warnings };
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Tags of the elements a web page's article body is made of; "<5 killed>" is not one. */
const HTML_TAG = /<\/?(?:p|div|span|br|a|b|i|em|strong|script|style|html|head|body|title|li|ul|ol|table|tr|td|h[1-6]|img|meta|link|article|section|figure)(?:\s[^<>]{0,500})?\/?>/gi;
const MIN_HTML_TAGS = 3;

function countHtmlTags(text: string): number {
  if (!text.includes("<")) return 0;
  let n = 0;
  for (HTML_TAG.lastIndex = 0; HTML_TAG.exec(text) !== null; ) n++;
  return n;
}

/**
 * Mustache tags ({{name}}, {{{name}}}, {{#x}}, {{^adFree}}, {{/adFree}}) and
 * CMS embeds that are clearly not prose: [[nid:123]], [[{"type":"media",...}]].
 * A wiki-style [[Gaza Strip]] stays.
 */
const TEMPLATE_TAG =
  /\{\{\{?[#^/!>&]?[ \t]{0,8}[A-Za-z0-9_.-]{1,64}[ \t]{0,8}\}\}\}?|\[\[[A-Za-z_]{1,32}:[^\]\s]{1,200}\]\]|\[\[\{"[^\n[\]]{0,4000}\}\]\]/g;

function removeTemplateTags(text: string, warnings: CleanWarning[]): string {
  if (!text.includes("{{") && !text.includes("[[")) return text;
  let count = 0;
  let first: string | undefined;
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    let tagsHere = 0;
    const out = line.replace(TEMPLATE_TAG, (tag: string, offset: number) => {
      tagsHere++;
      first ??= tag;
      // "word{{x}}word" keeps the words apart; elsewhere the tag just goes.
      const before = line[offset - 1] ?? " ";
      const after = line[offset + tag.length] ?? " ";
      return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after) ? " " : "";
    });
    count += tagsHere;
    // A line that held only tags goes entirely, so it does not become a paragraph break.
    if (tagsHere > 0 && out.trim() === "") continue;
    lines.push(out);
  }
  if (count === 0) return text;
  warnings.push({ code: "template-tags-removed", message: `removed ${count} template tag(s)`, sample: first });
  return lines.join("\n");
}

/**
 * Runs of spaces, tabs and Unicode spaces (NBSP included) → one space; each
 * line trimmed; one or more blank lines → one blank line ("\n\n"); single
 * newlines kept (they separate paragraphs); text trimmed.
 */
function foldWhiteSpace(text: string): string {
  const spaced = text.replace(/[ \t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, " ");
  const out: string[] = [];
  let blank = false;
  for (const raw of spaced.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      blank = out.length > 0;
      continue;
    }
    if (out.length > 0) out.push(blank ? "\n\n" : "\n");
    out.push(line);
    blank = false;
  }
  return out.join("");
}

function listed(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).map((s) => JSON.stringify(s));
  return shown.join(", ") + (items.length > MAX_LISTED ? `, … (${items.length - MAX_LISTED} more)` : "");
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
