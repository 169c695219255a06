/**
 * sitrep's command line: `sitrep COMMAND [options]`. Bad usage or
 * configuration prints one coded line and exits 2, a run in which an input
 * failed exits 1 (reportError.ts, codes from errors.ts); `--help` works on
 * every command, `--version` on its own.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "./commands.js";
import { closest, parseOptions } from "./parseOptions.js";
import { reportError } from "./reportError.js";
import { packageRoot } from "../packageRoot.js";
import { printable } from "../text/printable.js";

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return (
    `sitrep: news text about armed attacks → a SQLite database of events\n\n` +
    `Usage: sitrep COMMAND [options]   (sitrep COMMAND --help for its options; sitrep --version)\n\nCommands:\n` +
    COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n") +
    "\n"
  );
}

export async function main(argv: string[], stdout = process.stdout, stderr = process.stderr): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === "--version" || name === "-V") {
    stdout.write(`sitrep ${(JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const near = closest(name, COMMANDS.map((c) => c.name));
    stderr.write(`sitrep: E_USAGE: unknown command "${printable(name)}"${near ? ` (did you mean ${near}?)` : ""} (commands: ${COMMANDS.map((c) => c.name).join(", ")})\n`);
    return 2;
  }
  let dbFile: string | undefined;
  try {
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      stdout.write(`${entry.summary}\n\nUsage: ${command.usage}\n`);
      return 0;
    }
    const parsed = parseOptions(rest, command.options);
    if (typeof parsed.values.db === "string") dbFile = parsed.values.db;
    return await command.run({ ...parsed, stdout, stderr });
  } catch (err) {
    const code = reportError(err, name, dbFile, stderr);
    if (code === null) throw err;
    return code;
  }
}

