import { cumulativeTally } from "../src/rules/cumulativeTally.js";
import { extractSentence } from "../test/rules/extractSentence.js";
const x = extractSentence(process.argv[2]!, process.argv[3] ?? "2023-11-24");
for (const t of x.tallies) console.log("TALLY", t.metric, t.value, t.qualifier, t.region, t.since, t.asOf, "|", t.text);
for (const e of x.events) console.log("EVENT", e.kind, e.date, e.countries, e.killed, e.injured, e.count);
void cumulativeTally;
