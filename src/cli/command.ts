/**
 * The shape of a CLI command (its one-line summary is in commands.ts): its name, usage text and
 * option spec (node's util.parseArgs), and `run`, which returns the exit code.
 */
import type { ParseArgsConfig } from "node:util";
import { fail, SitrepError, type ErrorCode } from "../errors.js";
import type { Db } from "../db/openDatabase.js";
import { getRun } from "../db/runs.js";
import { isIsoDate } from "../dates/isoDate.js";

/** Dates before this are not news sitrep reads (a year 0000 is a typo). */
const MIN_DATE = "1900-01-01";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export interface CommandContext {
  values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  positionals: string[];
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface Command {
  name: string;
  usage: string;
  options: OptionSpec;
  run(ctx: CommandContext): Promise<number>;
}

/** Bad usage: the CLI prints the message on one line and exits 2. */
export class UsageError extends SitrepError {
  constructor(message: string, code: Extract<ErrorCode, "E_USAGE" | "E_UNKNOWN_OPTION" | "E_FORMAT"> = "E_USAGE") {
    super(code, message);
  }
}

export const DEFAULT_DB = "db/sitrep.sqlite";

/** The filters events and incidents are both selected by: kind, date window, country, place, actor. */
export const kindDatePlaceActorOptions = {
  kind: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  country: { type: "string" },
  place: { type: "string" },
  actor: { type: "string" },
} as const;

export const dbOption: OptionSpec = { db: { type: "string", default: DEFAULT_DB } };

export function stringOpt(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === "string" ? v : undefined;
}

export function isoDateOpt(ctx: CommandContext, name: string): string | undefined {
  const v = stringOpt(ctx, name);
  if (v === undefined) return undefined;
  // Date.parse rolls "2024-02-30" over to March 1st: check the calendar itself.
  if (!isIsoDate(v) || v < MIN_DATE) throw new UsageError(`--${name} must be a date YYYY-MM-DD on the calendar (from ${MIN_DATE}), got "${v}"`);
  return v;
}

export function intOpt(ctx: CommandContext, name: string): number | undefined {
  const v = stringOpt(ctx, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, got "${v}"`);
  return Number(v);
}

/** `--run N`, checked against the run log: a run that does not exist is E_NO_RUN in every command. */
export function runOpt(ctx: CommandContext, db: Db): number | null {
  const run = intOpt(ctx, "run");
  if (run === undefined) return null;
  requireRun(db, run);
  return run;
}

export function requireRun(db: Db, run: number): void {
  if (!getRun(db, run)) throw fail("E_NO_RUN", `there is no run ${run}`);
}
