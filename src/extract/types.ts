/**
 * The shapes extraction reads and returns now live in the model layer
 * (src/model/extraction.ts), below the rules and the database. This
 * re-export keeps the rules and refiners that still import them from here
 * compiling while they move to ../model/extraction.js (test/architecture
 * lists that import as one of today's; delete this file with it).
 */
export type * from "../model/extraction.js";
