/**
 * The event kinds, declared once (lexicons/kinds.json) and read by
 * everything that lists kinds or acts on one: the database (which accepts
 * only these), `query --kind`, eval's gold loader, export's ACLED columns,
 * the report's legend, filters and colours, and the few behaviours a kind
 * carries in extraction (the actor a strike has when the text names none;
 * which kinds take the actor of a group's claim).
 *
 * The file is validated when read; a mistake names the file, the entry and
 * what is wrong. Read once per lexicon folder (SITREP_LEXICONS may point to
 * an edited copy).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SitrepError } from "./errors.js";
import { lexiconDir } from "./packageRoot.js";
import { WEAPON_CATEGORIES, type Weapon } from "./types.js";

/** ACLED's event type for events of a kind with one of `weapons` (an empty list: any weapon, or none). */
export interface AcledRule {
  weapons: Weapon[];
  event_type: string;
  sub_event_type: string;
  reason: string;
}

export interface KindDef {
  id: string;
  description: string;
  /** The colour of its events in the report (CSS hex). */
  colour: string;
  /** Nouns by which a sentence refers back to an event of this kind ("the attack", "that strike"). */
  nouns: string[];
  /** The actor when the text names none (US strikes are the United States'), or null. */
  defaultActor: string | null;
  /** A group's claim or blame gives the event its actor (attachClaims, shareWithinDay, attributeByArticle). */
  takesClaimedActor: boolean;
  /** In order: the first rule whose weapons meet the event's gives its ACLED type; the last should have none. */
  acled: AcledRule[];
}

export interface KindRegistry {
  /** In the file's order. */
  list: readonly KindDef[];
  ids: readonly string[];
  get(id: string): KindDef | undefined;
}

const loaded = new Map<string, KindRegistry>();

const ID = /^[a-z][a-z_]*$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

function fail(file: string, where: string, problem: string): never {
  throw new SitrepError("E_LEXICON", `${file}${where ? ` ${where}` : ""}: ${problem} (fix the file and rerun)`);
}

/** Validates the parsed content of a kinds file. */
export function parseKinds(raw: unknown, file: string): KindRegistry {
  const list = (raw as { kinds?: unknown } | null)?.kinds;
  if (!Array.isArray(list) || list.length === 0) fail(file, "", `"kinds" must be a non-empty list`);
  const defs: KindDef[] = [];
  list.forEach((k: unknown, i) => {
    const e = (k ?? {}) as Record<string, unknown>;
    const where = `kinds[${i}]${typeof e.id === "string" ? ` ("${e.id}")` : ""}`;
    if (typeof e.id !== "string" || !ID.test(e.id)) fail(file, where, `"id" must be lower-case letters (and _), got ${JSON.stringify(e.id)}`);
    if (defs.some((d) => d.id === e.id)) fail(file, where, `"id" is declared twice`);
    if (typeof e.description !== "string" || !e.description.trim()) fail(file, where, `"description" must be a non-empty string`);
    if (typeof e.colour !== "string" || !COLOUR.test(e.colour)) fail(file, where, `"colour" must be a hex colour like "#e8590c"`);
    if (!Array.isArray(e.nouns) || e.nouns.length === 0 || !e.nouns.every((n) => typeof n === "string" && /^[a-z][a-z -]*$/.test(n)))
      fail(file, where, `"nouns" must be a non-empty list of lower-case words`);
    if (e.defaultActor !== null && (typeof e.defaultActor !== "string" || !e.defaultActor.trim())) fail(file, where, `"defaultActor" must be an actor name or null`);
    if (typeof e.takesClaimedActor !== "boolean") fail(file, where, `"takesClaimedActor" must be true or false`);
    if (!Array.isArray(e.acled) || e.acled.length === 0) fail(file, where, `"acled" must be a non-empty list of {weapons, event_type, sub_event_type, reason}`);
    const acled = (e.acled as unknown[]).map((a, j) => {
      const r = (a ?? {}) as Record<string, unknown>;
      const at = `${where} acled[${j}]`;
      if (!Array.isArray(r.weapons) || !r.weapons.every((w) => (WEAPON_CATEGORIES as readonly unknown[]).includes(w)))
        fail(file, at, `"weapons" must list weapon categories (${WEAPON_CATEGORIES.join(", ")})`);
      for (const f of ["event_type", "sub_event_type", "reason"]) if (typeof r[f] !== "string" || !(r[f] as string).trim()) fail(file, at, `"${f}" must be a non-empty string`);
      return { weapons: r.weapons as Weapon[], event_type: r.event_type as string, sub_event_type: r.sub_event_type as string, reason: r.reason as string };
    });
    if (acled.at(-1)!.weapons.length !== 0) fail(file, where, `the last "acled" rule must have "weapons": [] (the type when no other rule applies)`);
    defs.push({
      id: e.id,
      description: e.description,
      colour: e.colour,
      nouns: e.nouns as string[],
      defaultActor: e.defaultActor as string | null,
      takesClaimedActor: e.takesClaimedActor,
      acled,
    });
  });
  const byId = new Map(defs.map((d) => [d.id, d]));
  return { list: defs, ids: defs.map((d) => d.id), get: (id) => byId.get(id) };
}

/** The kinds of lexicons/kinds.json (or of SITREP_LEXICONS'), read once per folder. */
export function kindRegistry(dir = lexiconDir()): KindRegistry {
  let reg = loaded.get(dir);
  if (!reg) {
    const file = join(dir, "kinds.json");
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (err) {
      fail(file, "", `cannot read the event kinds: ${(err as Error).message}`);
    }
    reg = parseKinds(raw, file);
    loaded.set(dir, reg);
  }
  return reg;
}

/** A kind's declaration; an id the registry lacks is a bug in the rule that made it. */
export function kindOf(id: string): KindDef {
  const k = kindRegistry().get(id);
  if (!k) throw new SitrepError("E_INTERNAL", `event kind "${id}" is not declared in kinds.json (a rule proposes a kind the registry lacks)`);
  return k;
}

/** The kind a noun names ("attack" → attack), or undefined. */
export function kindByNoun(noun: string): KindDef | undefined {
  const n = noun.toLowerCase();
  return kindRegistry().list.find((k) => k.nouns.includes(n));
}
