/**
 * Public API of the lexicon layer: loading the user-editable lexicons and
 * the pure matchers that find places, actors, weapons and numbers in a
 * sentence with exact spans.
 */
export {
  loadLexicons,
  parseLexiconFiles,
  defaultLexiconDir,
  expandBraces,
  LexiconError,
  PLACE_KINDS,
  ACTOR_ROLES,
  type Lexicons,
  type GazetteerEntry,
  type ActorEntry,
  type WeaponEntry,
  type NumberLexicon,
  type PlaceKind,
  type ActorRole,
} from "./loadLexicons.js";
export { AliasMatcher, buildAliasMatcher, normalizeAlias, tokenize, type AliasMatch, type AliasRow, type Tokens } from "./matchAliases.js";
export { lexiconMatchers, type WeaponTerm } from "./lexiconMatchers.js";
export { findPlaces, findCountries, type PlaceMention, type PlaceRelation } from "./findPlaces.js";
export { findActors, type ActorMention } from "./findActors.js";
export { findWeapons, type WeaponMention } from "./findWeapons.js";
export { findNumbers, type NumberMention } from "./findNumbers.js";
export { FUZZY_THRESHOLD, FUZZY_MIN_LENGTH, FuzzyIndex, compactForm, similarity } from "./fuzzyMatch.js";
