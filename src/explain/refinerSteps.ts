/**
 * Runs the refiners one at a time, in their configured order, and says
 * what each did to the candidate list: which candidates it dropped, merged
 * into another, split, or changed (field by field), with the refiner's own
 * id and description as the reason. Candidates are followed by an id that
 * object spread carries along (candidateView.ts).
 */
import type { ArticleContext, Refiner } from "../refine/refiner.js";
import { REFINERS } from "../refine/configuration.js";
import { CANDIDATE_ID, idOf, viewChanges, viewOf, type Tagged } from "./candidateView.js";

export interface RefinerChange {
  candidate: string;
  action: "dropped" | "merged" | "split" | "changed" | "added";
  /** merged: the candidate it went into; split: the parts. */
  into?: string[];
  fields?: Array<{ field: string; before: unknown; after: unknown }>;
}

export interface RefinerStep {
  id: string;
  description: string;
  changes: RefinerChange[];
}

/** Gives every part of a split its own id ("c3" → "c3.1", "c3.2"); returns the list and each new id's parent. */
function retag(after: Tagged[]): { list: Tagged[]; parent: Map<string, string> } {
  const count = new Map<string, number>();
  for (const c of after) count.set(idOf(c), (count.get(idOf(c)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const parent = new Map<string, string>();
  let fresh = 0;
  const list = after.map((c) => {
    const id = c[CANDIDATE_ID];
    if (!id) {
      const nid = `n${++fresh}`;
      return { ...c, [CANDIDATE_ID]: nid };
    }
    if (count.get(id) === 1) return c;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const nid = `${id}.${n}`;
    parent.set(nid, id);
    return { ...c, [CANDIDATE_ID]: nid };
  });
  return { list, parent };
}

export function runRefiners(candidates: Tagged[], article: ArticleContext, refiners: readonly Refiner[] = REFINERS): { steps: RefinerStep[]; final: Tagged[] } {
  let list = candidates;
  const steps: RefinerStep[] = [];
  for (const refiner of refiners) {
    const before = list;
    const { list: after, parent } = retag(refiner.refine(before, article) as Tagged[]);
    const beforeById = new Map(before.map((c) => [idOf(c), c]));
    const changes: RefinerChange[] = [];
    for (const b of before) {
      const id = idOf(b);
      const same = after.filter((a) => idOf(a) === id);
      const parts = after.filter((a) => parent.get(idOf(a)) === id);
      if (parts.length) {
        changes.push({ candidate: id, action: "split", into: parts.map(idOf) });
        continue;
      }
      if (same.length) {
        const a = same[0]!;
        if (a === b) continue;
        const fields = viewChanges(viewOf(b), viewOf(a));
        if (fields.length) changes.push({ candidate: id, action: "changed", fields });
        continue;
      }
      // Gone: merged if a candidate this step rebuilt now covers its sentence.
      const into = after.find((a) => a !== beforeById.get(idOf(a)) && (a.sentenceIdx === b.sentenceIdx || a.extraSentences.includes(b.sentenceIdx)));
      changes.push(into ? { candidate: id, action: "merged", into: [idOf(into)] } : { candidate: id, action: "dropped" });
    }
    for (const a of after) if (!beforeById.has(idOf(a)) && !parent.has(idOf(a))) changes.push({ candidate: idOf(a), action: "added" });
    steps.push({ id: refiner.id, description: refiner.description, changes });
    list = after;
  }
  return { steps, final: list };
}
