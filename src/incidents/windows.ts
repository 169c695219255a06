/**
 * A report known only by a window ("last week", "in January") joins the
 * incident its window covers when that incident is the only one it can
 * be, or the only one at its own place when others share only its country: compatible with every report of it, from another article, dated
 * inside the window. Windows longer than MAX_WINDOW_DAYS join nothing (a
 * year names no action). Otherwise it stays an incident of its own.
 */
import { compatibility } from "./compatible.js";
import type { Hierarchy } from "./hierarchy.js";
import type { Report } from "./types.js";
import { unplaced } from "./nextDay.js";

export const MAX_WINDOW_DAYS = 31;

export function windowDays(r: Pick<Report, "dayStart" | "dayEnd">): number | null {
  if (!r.dayStart || !r.dayEnd) return null;
  return Math.round((Date.parse(r.dayEnd) - Date.parse(r.dayStart)) / 86_400_000) + 1;
}

/** The index of the one group `r` can join among `groups` (reports with a day), or null. */
export function windowTarget(h: Hierarchy, r: Report, groups: ReadonlyArray<readonly Report[]>): number | null {
  const days = windowDays(r);
  if (r.day !== null || days === null || days > MAX_WINDOW_DAYS) return null;
  const fits = groups.flatMap((g, i) => {
    const dated = g.filter((m) => m.day !== null);
    if (!dated.length || g.some((m) => m.articleKey === r.articleKey)) return [];
    let strength = 0;
    for (const m of dated) {
      const s = compatibility(h, r, m);
      if (s === null) return [];
      strength = Math.max(strength, s);
    }
    return [{ i, strength }];
  });
  // A group naming no country fits any window: it counts only when nothing placed does.
  const placed = fits.filter((f) => !unplaced(groups[f.i]!));
  const chosen = (placed.length ? placed : fits).sort((a, b) => b.strength - a.strength);
  // The one group, or the one that names the report's own place (or a place within it) when others only share its country.
  if (chosen.length === 1) return chosen[0]!.i;
  return chosen.length && chosen[0]!.strength > 1 && chosen[1]!.strength < chosen[0]!.strength ? chosen[0]!.i : null;
}
