/**
 * Incident scoring (SCORING.md "Incidents"): over every two paired output
 * events of different articles (pairs with ordinary gold only), the
 * pipeline says "same incident" when their `incident` values are equal, gold
 * when the gold events they pair with are in one incident of
 * `incidents.json`. Pairs listed as uncertain are skipped.
 */
import { readFileSync } from "node:fs";
import { SitrepError } from "../errors.js";
import type { AnswerArticle } from "../types.js";
import type { IncidentScore, PairDetail } from "./score.js";

export interface IncidentGold {
  /** "article#index" (0-based gold index) → gold incident id. */
  incidentOf: Map<string, string>;
  /** Unordered uncertain pairs, as "a#i|b#j" with the two sides sorted. */
  uncertain: Set<string>;
}


const ref = (article: string, index: number): string => `${article}#${index}`;
const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function loadIncidentGold(file: string): IncidentGold {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new SitrepError(err.code === "ENOENT" ? "E_NO_GOLD" : "E_GOLD", `${file}: ${err.code === "ENOENT" ? "no such file" : `not JSON (${err.message})`}`);
  }
  const bad = (why: string): never => {
    throw new SitrepError("E_GOLD", `${file}: ${why} (GUIDELINES §6: {"incidents": [{"id", "events": [{"article", "event"}]}], "uncertain": [[a, b]]})`);
  };
  const member = (x: unknown, where: string): string => {
    const m = x as { article?: unknown; event?: unknown };
    if (typeof m !== "object" || m === null || typeof m.article !== "string" || !Number.isInteger(m.event) || (m.event as number) < 0) bad(`${where} is not {"article": KEY, "event": N}`);
    return ref(m.article as string, m.event as number);
  };
  const o = data as { incidents?: unknown; uncertain?: unknown };
  if (typeof o !== "object" || o === null || !Array.isArray(o.incidents)) bad(`"incidents" must be a list`);
  const incidentOf = new Map<string, string>();
  (o.incidents as unknown[]).forEach((inc, i) => {
    const x = inc as { id?: unknown; events?: unknown };
    if (typeof x !== "object" || x === null || !Array.isArray(x.events)) bad(`incidents[${i}] has no "events" list`);
    const id = typeof x.id === "string" || typeof x.id === "number" ? String(x.id) : `#${i}`;
    (x.events as unknown[]).forEach((m, j) => {
      const r = member(m, `incidents[${i}].events[${j}]`);
      if (incidentOf.has(r)) bad(`${r} is in two incidents`);
      incidentOf.set(r, `${i}:${id}`);
    });
  });
  const uncertain = new Set<string>();
  if (o.uncertain !== undefined) {
    if (!Array.isArray(o.uncertain)) bad(`"uncertain" must be a list of pairs`);
    (o.uncertain as unknown[]).forEach((p, i) => {
      if (!Array.isArray(p) || p.length !== 2) bad(`uncertain[${i}] is not a pair`);
      const [a, b] = p as unknown[];
      uncertain.add(pairKey(member(a, `uncertain[${i}][0]`), member(b, `uncertain[${i}][1]`)));
    });
  }
  return { incidentOf, uncertain };
}

export function scoreIncidents(pairDetails: readonly PairDetail[], output: readonly AnswerArticle[], gold: IncidentGold): IncidentScore {
  const outArticles = new Map(output.map((a) => [a.article, a]));
  const scored = pairDetails
    .filter((p) => !p.neutral)
    .map((p) => {
      const incident = outArticles.get(p.article)?.events[p.outputIndex]?.incident;
      return { p, gold: ref(p.article, p.goldIndex), out: ref(p.article, p.outputIndex), incident: incident === undefined || incident === null ? null : String(incident) };
    });
  let pairs = 0;
  let skipped = 0;
  let outputSame = 0;
  let goldSame = 0;
  let bothSame = 0;
  const wrongLinks: Array<[string, string]> = [];
  const missedLinks: Array<[string, string]> = [];
  for (let i = 0; i < scored.length; i++)
    for (let j = i + 1; j < scored.length; j++) {
      const a = scored[i]!;
      const b = scored[j]!;
      if (a.p.article === b.p.article) continue;
      if (gold.uncertain.has(pairKey(a.gold, b.gold))) {
        skipped++;
        continue;
      }
      pairs++;
      const o = a.incident !== null && a.incident === b.incident;
      const ga = gold.incidentOf.get(a.gold);
      const g = ga !== undefined && ga === gold.incidentOf.get(b.gold);
      if (o) outputSame++;
      if (g) goldSame++;
      if (o && g) bothSame++;
      if (o && !g) wrongLinks.push([a.out, b.out]);
      if (g && !o) missedLinks.push([a.out, b.out]);
    }
  const precision = outputSame ? bothSame / outputSame : null;
  const recall = goldSame ? bothSame / goldSame : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { pairs, skipped, outputSame, goldSame, bothSame, precision, recall, f1, wrongLinks, missedLinks };
}
