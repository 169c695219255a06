/** The registry of CLI commands, in the order `sitrep --help` lists them. */
import type { Command } from "./command.js";
import { ingestCommand } from "./ingestCommand.js";
import { extractCommand } from "./extractCommand.js";
import { exportCommand } from "./exportCommand.js";
import { evalCommand } from "./evalCommand.js";
import { diffCommand, runsCommand } from "./runsCommand.js";
import { queryCommand } from "./queryCommand.js";
import { showCommand } from "./showCommand.js";
import { statsCommand } from "./statsCommand.js";
import { reportCommand } from "./reportCommand.js";
import { explainCommand } from "./explainCommand.js";
import { incidentsCommand } from "./incidentsCommand.js";
import { rejectCommand } from "./rejectCommand.js";

export const COMMANDS: Command[] = [ingestCommand, extractCommand, exportCommand, queryCommand, showCommand, incidentsCommand, rejectCommand, statsCommand, reportCommand, explainCommand, evalCommand, runsCommand, diffCommand];
