/**
 * Reports of one action often differ by a day (local time against
 * Washington time, "late Thursday" against "early Friday"). Two incidents
 * of consecutive days join when everything else agrees and neither can be
 * anything else: every pair of their reports is compatible but for the
 * date, no article reports both, and each is the other's only compatible
 * incident on the day before, the day itself and the day after. So the
 * decision for days d and d+1 reads only days d-1 to d+2, which keeps
 * linking local (link.ts relinks two days around a change).
 */
import { compatibility } from "./compatible.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Report } from "./types.js";
import { GroupProfile } from "./profiles.js";

// Groups are read-only here: their profiles are computed once per group.
const profiles = new WeakMap<readonly Report[], GroupProfile>();
function profileOf(g: readonly Report[]): GroupProfile {
  let p = profiles.get(g);
  if (!p) profiles.set(g, (p = new GroupProfile(g)));
  return p;
}

const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * How well two groups could be one action but for their dates: the best
 * place agreement of their reports (compatible.ts), or null when some pair
 * cannot be one action or one article reports both.
 */
export function strengthButDate(h: Hierarchy, a: readonly Report[], b: readonly Report[]): number | null {
  const pa = profileOf(a);
  const pb = profileOf(b);
  for (const k of pa.articles) if (pb.articles.has(k)) return null;
  let best = 0;
  for (const x of pa.representatives)
    for (const y of pb.representatives) {
      // Compare as if on one day: y dated like x.
      const s = compatibility(h, x, { ...y, day: x.day, dayStart: null, dayEnd: null });
      if (s === null) return null;
      best = Math.max(best, s);
    }
  return best;
}

/** A group none of whose reports names a country or place. */
export function unplaced(g: readonly Report[]): boolean {
  return g.every((r) => r.country === null && r.place === null);
}

const named = (g: readonly Report[]): boolean => g.some((r) => r.place !== null);

/**
 * The pairs [index in day d, index in day d+1] to join, for one kind.
 * `groups(day)` gives that day's groups (empty when none).
 */
export function nextDayJoins(h: Hierarchy, day: string, groups: (day: string) => readonly Report[][]): Array<[number, number]> {
  const prev = groups(addDays(day, -1));
  const today = groups(day);
  const next = groups(addDays(day, 1));
  const after = groups(addDays(day, 2));
  // A group that names no country at all fits anything: it neither joins nor blocks a join.
  const placed = (pool: readonly Report[][]): Report[][] => pool.filter((g) => !unplaced(g));
  const strengths = (g: readonly Report[], pool: readonly Report[][]): Array<{ p: Report[]; s: number }> =>
    placed(pool).flatMap((p) => {
      const s = p === g ? null : strengthButDate(h, g, p);
      return s === null ? [] : [{ p, s }];
    });
  /** The one group of `pool` that agrees best with g, or null when none or a tie. */
  const top = (g: readonly Report[], pool: readonly Report[][]): { p: Report[]; s: number } | null => {
    const m = strengths(g, pool).sort((a, b) => b.s - a.s);
    return m.length && (m.length === 1 || m[1]!.s < m[0]!.s) ? m[0]! : null;
  };
  const rival = (g: readonly Report[], pool: readonly Report[][], s: number): boolean => strengths(g, pool).some((m) => m.s >= s);
  const out: Array<[number, number]> = [];
  today.forEach((x, i) => {
    if (unplaced(x)) return;
    const y = top(x, next);
    if (!y || top(y.p, today)?.p !== x) return;
    // A day apart, a place named on one side only is too little to go on: both name related places, or neither does.
    if (y.s < 2 && (named(x) || named(y.p))) return;
    // Neither may have as good a partner the day before x or the day after y, or on its own day.
    if (rival(x, prev, y.s) || rival(y.p, after, y.s) || rival(x, today, y.s) || rival(y.p, next, y.s)) return;
    out.push([i, next.indexOf(y.p)]);
  });
  return out;
}
