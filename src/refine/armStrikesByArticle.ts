/**
 * arm-strikes-by-article: a US strike told without its means ("the most
 * recent U.S. strikes targeted a training facility") takes aircraft when the
 * article calls the strikes there air strikes or names the jets that flew
 * them ("conducted three separate air strikes in eastern Syria", "killed in
 * the US airstrikes", "F-16s struck …"), and names no other means for them
 * (a drone strike, missiles from a ship): then which means is not in doubt.
 */
import { kindOf } from "../kinds.js";
import type { EventCandidate } from "../rules/rule.js";
import type { WeaponMention } from "../lexicon/index.js";
import type { Refiner } from "./refiner.js";

export const armStrikesByArticle: Refiner = {
  id: "arm-strikes-by-article",
  description: "A strike without a stated weapon takes aircraft when the article's strikes in that country are air strikes, and only those.",
  refine(candidates, article) {
    const isStrike = (c: EventCandidate) => !kindOf(c.kind).takesClaimedActor;
    if (!candidates.some((c) => isStrike(c) && !c.weapons.length)) return candidates;
    // Other means the article's strikes are told with: then the unarmed ones stay unarmed.
    const means = new Set(candidates.filter(isStrike).flatMap((c) => c.weapons.map((w) => w.category)));
    if ([...means].some((m) => m !== "aircraft")) return candidates;
    // Aircraft words of sentences that name the US side ("the US airstrikes", "U.S. forces conducted air
    // strikes"), with the countries each names; not a partner's jets, nor a caption's bare "B-1 bomber".
    const air: Array<{ weapon: WeaponMention; sentenceIdx: number; countries: string[] }> = [];
    for (const s of article.sentences) {
      if (!s.actors.some((a) => a.role === "us")) continue;
      for (const w of s.weapons) if (w.category === "aircraft") air.push({ weapon: w, sentenceIdx: s.idx, countries: [...new Set(s.places.map((p) => p.country))] });
    }
    if (!air.length) return candidates;
    return candidates.map((c) => {
      if (!isStrike(c) || c.weapons.length) return c;
      const where = new Set([...c.countries.map((k) => k.value), ...c.places.map((p) => p.country)]);
      const found = air.find((a) => !a.countries.length || !where.size || a.countries.some((k) => where.has(k)));
      if (!found) return c;
      return { ...c, weapons: [{ ...found.weapon, sentenceIdx: found.sentenceIdx } as WeaponMention] };
    });
  },
};
