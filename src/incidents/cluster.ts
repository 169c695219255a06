/**
 * Groups the reports of one bucket (one kind, one day) into incidents,
 * deterministically: the reports are taken in a fixed order (the most
 * specific place first, then article key, then signature) whatever order
 * they were ingested in, and each joins the incident it agrees with best
 * (every member compatible, none from its own article), the earliest on a
 * tie. A report naming only a country (or no place) joins an incident only
 * when it is the only one it can join: otherwise it cannot be told apart
 * and stays alone — unless it names a country and one of them is told by
 * more reports than any other (mostReported). A report an analyst split out stays alone.
 */
import { compatibility } from "./compatible.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Decisions, Report } from "./types.js";
import { GroupProfile } from "./profiles.js";

/** The fixed order reports are linked in. */
export function linkOrder(h: Hierarchy): (a: Report, b: Report) => number {
  return (a, b) => h.placeRank(b.place) - h.placeRank(a.place) || cmp(a.articleKey, b.articleKey) || cmp(a.sig, b.sig);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Places at least this specific (a province) pick the best incident; vaguer ones need a single candidate. */
const SPECIFIC = 2;

/**
 * Of several incidents a vague report could join, the one more reports
 * (at least two) tell than any other: the action the day's news is about.
 * A tie leaves the report alone.
 */
function mostReported<T extends { size: number }>(candidates: T[]): T | undefined {
  const sorted = [...candidates].sort((a, b) => b.size - a.size);
  return sorted[0] && sorted[0].size >= 2 && (sorted[1]?.size ?? 0) < sorted[0].size ? sorted[0] : undefined;
}

export function clusterBucket(h: Hierarchy, reports: readonly Report[], decisions: Pick<Decisions, "split">): Report[][] {
  const clusters: Array<{ members: Report[]; locked: boolean; profile: GroupProfile }> = [];
  for (const r of [...reports].sort(linkOrder(h))) {
    if (decisions.split.has(r.sig)) {
      clusters.push({ members: [r], locked: true, profile: new GroupProfile([r]) });
      continue;
    }
    const candidates: Array<{ index: number; strength: number }> = [];
    clusters.forEach((c, index) => {
      if (c.locked || c.profile.articles.has(r.articleKey)) return;
      let strength = 0;
      for (const m of c.profile.representatives) {
        const s = compatibility(h, r, m);
        if (s === null) return;
        strength = Math.max(strength, s);
      }
      candidates.push({ index, strength });
    });
    const specific = h.placeRank(r.place) >= SPECIFIC;
    // The best candidate; on a tie the earliest made (candidates are in creation order, and sort is stable).
    const best = specific ? candidates.sort((x, y) => y.strength - x.strength)[0] : candidates.length === 1 ? candidates[0] : r.country === null ? undefined : mostReported(candidates.map((c) => ({ ...c, size: clusters[c.index]!.members.length })));
    if (best) {
      clusters[best.index]!.members.push(r);
      clusters[best.index]!.profile.add(r);
    } else clusters.push({ members: [r], locked: false, profile: new GroupProfile([r]) });
  }
  return clusters.map((c) => c.members);
}
