/**
 * The registry of CLI commands, in the order `sitrep --help` lists them:
 * each command's name and one-line summary, and how to load it. A command's
 * module (and what it imports) is loaded only when that command runs or its
 * help is asked for, so `sitrep --help` or `sitrep query` does not pay for
 * the parser and rule stack that `ingest` needs.
 */
import type { Command } from "./command.js";

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  { name: "ingest", summary: "read articles (.txt files, .jsonl/.jsonl.gz dumps) into the database and extract events", load: async () => (await import("./ingestCommand.js")).ingestCommand },
  { name: "extract", summary: "rerun the rules over the stored sentences (no re-parsing) and show what changed", load: async () => (await import("./extractCommand.js")).extractCommand },
  { name: "export", summary: "write the events and tallies (or one record per incident) as json, jsonl, csv, geojson or acled", load: async () => (await import("./exportCommand.js")).exportCommand },
  { name: "query", summary: "list the events that match filters, each with the sentence it came from", load: async () => (await import("./queryCommand.js")).queryCommand },
  { name: "show", summary: "show one event: each field with its words marked in the sentence, the article and the run", load: async () => (await import("./showCommand.js")).showCommand },
  { name: "incidents", summary: "list incidents (one real action, its reports merged), their conflicts; merge or split them", load: async () => (await import("./incidentsCommand.js")).incidentsCommand },
  { name: "reject", summary: "rule an event out of incidents (kept through later ingests and extracts)", load: async () => (await import("./rejectCommand.js")).rejectCommand },
  { name: "stats", summary: "count events by kind, country, actor and month; list articles without events and lexicon misses", load: async () => (await import("./statsCommand.js")).statsCommand },
  { name: "report", summary: "write one self-contained HTML page: timeline, tallies and map of the incidents, filterable tables of incidents and events", load: async () => (await import("./reportCommand.js")).reportCommand },
  { name: "explain", summary: "show what each stage of extraction finds in an article or a text, with the current rules (writes nothing)", load: async () => (await import("./explainCommand.js")).explainCommand },
  { name: "eval", summary: "score the extracted events against a folder of gold answers", load: async () => (await import("./evalCommand.js")).evalCommand },
  { name: "runs", summary: "list the runs: when, which command, rules version, reference date, counts", load: async () => (await import("./runsCommand.js")).runsCommand },
  { name: "diff", summary: "compare the events as of two runs: added, removed, changed field by field", load: async () => (await import("./runsCommand.js")).diffCommand },
];
