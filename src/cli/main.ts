/**
 * sitrep's command line: `sitrep COMMAND [options]`. Bad usage prints a
 * one-line reason and exits 2; a failed run exits 1; `--help` works on every
 * command.
 */
import { parseArgs } from "node:util";
import { COMMANDS } from "./commands.js";
import { UsageError } from "./command.js";
import { SitrepError } from "../errors.js";
import { printable } from "../text/printable.js";

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return (
    `sitrep: news text about armed attacks → a SQLite database of events\n\n` +
    `Usage: sitrep COMMAND [options]   (sitrep COMMAND --help for its options)\n\nCommands:\n` +
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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    stderr.write(`sitrep: unknown command "${printable(name)}" (commands: ${COMMANDS.map((c) => c.name).join(", ")})\n`);
    return 2;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError((err as Error).message.split("\n")[0]!);
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals, stdout, stderr });
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`sitrep ${name}: ${printable(err.message)} (see sitrep ${name} --help)\n`);
      return 2;
    }
    if (err instanceof SitrepError) {
      stderr.write(`sitrep ${name}: ${err.code}: ${printable(err.message)}\n`);
      return 1;
    }
    throw err;
  }
}

