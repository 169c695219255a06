/** The registry of CLI commands, in the order `sitrep --help` lists them. */
import type { Command } from "./command.js";
import { ingestCommand } from "./ingestCommand.js";
import { exportCommand } from "./exportCommand.js";
import { evalCommand } from "./evalCommand.js";

export const COMMANDS: Command[] = [ingestCommand, exportCommand, evalCommand];
