/**
 * What contains what, from the lexicons: a place's chain of containing
 * places (gazetteer `within`, then `province`, then its country) and an
 * actor's chain of umbrellas (actors.json `memberOf`). Two reports agree on
 * a place when one place contains the other, and on an actor when one group
 * is a member of the other.
 */
import type { ActorEntry, GazetteerEntry, PlaceKind } from "../lexicon/index.js";

export interface Hierarchy {
  /** The place and every place that contains it, nearest first (the place itself first). */
  placeChain(place: string): string[];
  /** How specific a place is: base 4, town 3, province or region 2, country or sea 1; unknown names 3. */
  placeRank(place: string | null): number;
  /** The country (or sea) a gazetteer place lies in; null for a name not in the gazetteer. */
  countryOf(place: string): string | null;
  /** The actor and its umbrellas, nearest first. */
  actorChain(actor: string): string[];
}

const RANK: Record<PlaceKind, number> = { base: 4, town: 3, province: 2, region: 2, sea: 1, country: 1 };

export function buildHierarchy(gazetteer: readonly Pick<GazetteerEntry, "name" | "kind" | "country" | "province" | "within">[], actors: readonly Pick<ActorEntry, "name" | "memberOf">[]): Hierarchy {
  const places = new Map(gazetteer.map((g) => [g.name, g]));
  const parentOfActor = new Map(actors.filter((a) => a.memberOf).map((a) => [a.name, a.memberOf!]));
  const chain = (start: string, parents: (n: string) => Array<string | null>): string[] => {
    const out = [start];
    // Breadth-first over the parents; a cycle in a lexicon cannot loop.
    for (let i = 0; i < out.length; i++) for (const p of parents(out[i]!)) if (p && !out.includes(p)) out.push(p);
    return out;
  };
  const placeCache = new Map<string, string[]>();
  const actorCache = new Map<string, string[]>();
  return {
    placeChain(place) {
      let c = placeCache.get(place);
      if (!c) {
        c = chain(place, (n) => {
          const g = places.get(n);
          return g ? [g.within, g.province, g.country === g.name ? null : g.country] : [];
        });
        placeCache.set(place, c);
      }
      return c;
    },
    placeRank(place) {
      if (place === null) return 0;
      const g = places.get(place);
      return g ? RANK[g.kind] : 3;
    },
    countryOf(place) {
      return places.get(place)?.country ?? null;
    },
    actorChain(actor) {
      let c = actorCache.get(actor);
      if (!c) {
        c = chain(actor, (n) => [parentOfActor.get(n) ?? null]);
        actorCache.set(actor, c);
      }
      return c;
    },
  };
}
