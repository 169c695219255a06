/** `sitrep explain ARTICLE | --text "…" | --file PATH`: what each stage of extraction makes of an article, writing nothing. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ExplainView } from "../explain/formatExplain.js";
import { printable } from "../explain/formatExplain.js";
import { formatJson, outputFormats } from "./outputFormat.js";
import { dbOption, intOpt, isoDateOpt, stringOpt, UsageError, type Command, type CommandContext } from "./command.js";

/** `table` is the stages laid out for reading; `text`, its old name, still works. */
const FORMATS = outputFormats(["table", "json"], "table", { text: "table" });

/**
 * An error that exits 2 (nothing was done: fix the command): `sitrep explain: CODE: message`,
 * or for the --file named, `path: CODE: reason` as ingest names a bad file.
 */
function refuse(ctx: CommandContext, code: string, message: string, path?: string): number {
  ctx.stderr.write(path === undefined ? `sitrep explain: ${code}: ${printable(message)}\n` : `${printable(path)}: ${code}: ${printable(message)}\n`);
  return 2;
}

export const explainCommand: Command = {
  name: "explain",
  usage: `sitrep explain ARTICLE [--db FILE] [--sentence N] [${FORMATS.usage}] [--reference-date YYYY-MM-DD]
       sitrep explain --text "…" | --file PATH [--published YYYY-MM-DD] [--reference-date YYYY-MM-DD] [--sentence N] [${FORMATS.usage}]

  ARTICLE           a stored article's key (file name without extension, or dump id);
                    its events are compared with what the database holds for it
  --text TEXT       explain this text instead (a rule author trying a sentence)
  --file PATH       explain this file (.txt), read as ingest reads it
  --published DATE  publication date for --text/--file (else a leading date line, else inferred)
  --reference-date  year source for text that states none (stored article: its last run's;
                    text: --published, else today)
  --sentence N      only sentence N (numbered from 0, as sitrep show and query number them)
  --format F        table (default; also called text): each stage in turn, or json (--json too)`,
  options: {
    ...dbOption,
    text: { type: "string" },
    file: { type: "string" },
    published: { type: "string" },
    "reference-date": { type: "string" },
    sentence: { type: "string" },
    ...FORMATS.options,
  },
  async run(ctx) {
    const format = FORMATS.pick(ctx);
    // The extraction stack loads when the command runs, not when the CLI starts.
    const [{ openDatabase }, { compareWithStored }, { explainArticle }, { formatExplain, onlySentence }, { storedInput, textInput }, { loadLexicons }, { decodeArticleBytes }] =
      await Promise.all([
        import("../db/openDatabase.js"),
        import("../explain/compareStored.js"),
        import("../explain/explainArticle.js"),
        import("../explain/formatExplain.js"),
        import("../explain/loadInput.js"),
        import("../lexicon/index.js"),
        import("../text/index.js"),
      ]);
    const text = stringOpt(ctx, "text");
    const file = stringOpt(ctx, "file");
    const sources = [ctx.positionals.length > 0, text !== undefined, file !== undefined].filter(Boolean).length;
    if (sources !== 1 || ctx.positionals.length > 1) throw new UsageError("explain needs one of: an article key, --text \"…\" or --file PATH");
    const published = isoDateOpt(ctx, "published");
    const referenceDate = isoDateOpt(ctx, "reference-date");
    const sentence = intOpt(ctx, "sentence");
    if (published && ctx.positionals.length) throw new UsageError("--published is for --text and --file; a stored article has its own");
    const lexicons = loadLexicons();

    let view: Omit<ExplainView, "sentence" | "origin" | "stored"> | null = null;
    let stored: ExplainView["stored"] = null;
    let origin: string;
    if (ctx.positionals.length) {
      const key = ctx.positionals[0]!;
      const dbFile = stringOpt(ctx, "db")!;
      // A read: a mistyped --db must not leave a new empty database behind.
      if (!existsSync(dbFile)) return refuse(ctx, "E_NO_DB", `there is no database at ${dbFile} (check --db, or run sitrep ingest first)`);
      const db = openDatabase(dbFile, { readonly: true });
      try {
        const found = storedInput(db, key, referenceDate);
        if (!found) {
          // "002" or "002_efa7": name the keys it begins.
          const near = db.prepare("SELECT key FROM articles WHERE substr(key, 1, length(?)) = ? ORDER BY key LIMIT 4").pluck().all(key, key) as string[];
          const hint = near.length ? `; keys beginning so: ${near.slice(0, 3).join(", ")}${near.length > 3 ? ", …" : ""}` : " (article keys are file names without extension, or dump ids)";
          return refuse(ctx, "E_NO_ARTICLE", `there is no article "${key}" in ${dbFile}${hint}`);
        }
        const result = explainArticle(found, lexicons);
        view = { ...result, events: result.events.map((e, index) => ({ ...e, index })) };
        stored = compareWithStored(db, key, result.events.map((e) => e.event), result.tallies);
        origin = stored ? `stored article; database shows run ${stored.run}` : "stored article, not extracted yet";
      } finally {
        db.close();
      }
    } else {
      let raw: string;
      let key: string;
      if (file !== undefined) {
        if (!existsSync(file)) return refuse(ctx, "E_NOT_FOUND", "no such file", file);
        if (!statSync(file).isFile()) return refuse(ctx, "E_NOT_FILE", "not a file (a folder, pipe or device)", file);
        const decoded = decodeArticleBytes(readFileSync(file));
        if (!decoded.ok) return refuse(ctx, `E_${decoded.code.toUpperCase()}`, decoded.reason, file);
        raw = decoded.text;
        key = basename(file, extname(file));
        origin = `file ${file}`;
      } else {
        raw = text!;
        key = "(text)";
        origin = "text";
      }
      const article = textInput(raw, key, published, referenceDate ?? published ?? new Date().toISOString().slice(0, 10));
      if (!article.sentences.length) return refuse(ctx, "E_EMPTY", "no text left to explain (empty, or only a date line, template tags or invisible characters)", file ?? "--text");
      const result = explainArticle(article, lexicons);
      view = { ...result, events: result.events.map((e, index) => ({ ...e, index })) };
    }
    if (sentence !== undefined && !view.sentences.some((s) => s.idx === sentence))
      throw new UsageError(`--sentence ${sentence}: the article has sentences 0 to ${view.sentences.length - 1}`);
    let full: ExplainView = { ...view, origin, stored, sentence: null };
    if (sentence !== undefined) full = onlySentence(full, sentence);
    ctx.stdout.write(format === "json" ? formatJson(full) : formatExplain(full));
    return 0;
  },
};
