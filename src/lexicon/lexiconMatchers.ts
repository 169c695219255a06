/**
 * The place, actor and weapon matchers of a loaded lexicon (AliasMatcher,
 * matchAliases.ts), each built on first use and kept with the lexicon.
 * Apart from matchAliases.ts so that the tokenizer, which the loader uses
 * to normalise aliases, does not import the loader back.
 */
import type { Weapon } from "../types.js";
import type { ActorEntry, GazetteerEntry, Lexicons } from "./loadLexicons.js";
import { AliasMatcher, type AliasRow } from "./matchAliases.js";

/** A weapon term; `category` is null for an `exclude` phrase ("aircraft carrier"). */
export interface WeaponTerm {
  category: Weapon | null;
  term: string;
}

export interface LexiconMatchers {
  readonly places: AliasMatcher<GazetteerEntry>;
  readonly actors: AliasMatcher<ActorEntry>;
  readonly weapons: AliasMatcher<WeaponTerm>;
}

const compiled = new WeakMap<Lexicons, LexiconMatchers>();

function* entryRows<E extends { aliases: string[]; exactCase: string[] }>(entries: E[]): Iterable<AliasRow<E>> {
  for (const e of entries) for (const alias of e.aliases) yield { alias, value: e, exactCase: e.exactCase.includes(alias) };
}

/** The matchers of a lexicon, each built on first use and then kept. */
export function lexiconMatchers(lex: Lexicons): LexiconMatchers {
  let m = compiled.get(lex);
  if (!m) {
    let places: AliasMatcher<GazetteerEntry> | undefined;
    let actors: AliasMatcher<ActorEntry> | undefined;
    let weapons: AliasMatcher<WeaponTerm> | undefined;
    m = {
      get places() {
        return (places ??= new AliasMatcher(entryRows(lex.gazetteer)));
      },
      get actors() {
        return (actors ??= new AliasMatcher(entryRows(lex.actors)));
      },
      get weapons() {
        return (weapons ??= new AliasMatcher<WeaponTerm>(
          lex.weapons.flatMap((w): AliasRow<WeaponTerm>[] => [
            ...w.terms.map((term) => ({ alias: term, value: { category: w.category, term } })),
            ...w.exclude.map((term) => ({ alias: term, value: { category: null, term } })),
          ]),
        ));
      },
    };
    compiled.set(lex, m);
  }
  return m;
}
