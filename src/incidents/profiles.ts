/**
 * Compatibility (compatible.ts) reads only a report's kind, dates, country,
 * place, actor and whether it counts dead — besides its article. Reports
 * of one incident mostly share those, so a group is checked through its
 * distinct profiles and its set of articles rather than report by report:
 * linking a day stays near-linear when one attack has hundreds of reports.
 */
import type { Report } from "./types.js";

export function profileKey(r: Report): string {
  const dead = r.killed === null ? "n" : r.killed === 0 ? "0" : "+";
  return [r.kind, r.day, r.dayStart, r.dayEnd, r.country, r.place, r.actor, dead].join("\u0001");
}

/** A group's articles and one report per distinct profile. */
export class GroupProfile {
  readonly articles = new Set<string>();
  private readonly byKey = new Map<string, Report>();

  constructor(members: readonly Report[] = []) {
    for (const m of members) this.add(m);
  }

  add(r: Report): void {
    this.articles.add(r.articleKey);
    const k = profileKey(r);
    if (!this.byKey.has(k)) this.byKey.set(k, r);
  }

  /** One report per distinct profile, in the order first seen. */
  get representatives(): Report[] {
    return [...this.byKey.values()];
  }
}
