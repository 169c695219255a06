/**
 * The words the cumulative-tally rule reads, from lexicons/cues.json
 * (`cumulative`, `tallyNouns.*`, `tallyCues.*`), as regular-expression
 * sources it can splice into its patterns. A missing list is a clear error
 * naming it, not a rule that silently never fires.
 */
import { SitrepError } from "../../errors.js";
import { loadCues, type Cues } from "../../lexicon/cues.js";
import type { TallyMetric } from "../../types.js";

export interface TallyVocabulary {
  cumulative: RegExp;
  /** Noun sources per metric: "attacks", "injuries", "deaths", "airstrikes". */
  noun: Record<TallyMetric, string>;
  /** "times", "occasions". */
  times: string;
  attackVerbs: string;
  attackedObjects: string;
  riseVerbs: string;
  /** "number", "tally", "total": the head of "the number of attacks has risen to 66". */
  totalNouns: string;
  /** "brings", "raising": "brings to 56 the number of …", "raising the total number of attacks to 105". */
  bringVerbs: string;
  usPeople: string;
  otherPeople: string;
  usMarkers: string;
  singular: string;
  subsetOf: string;
  excluding: RegExp;
  eventCount: string;
  shipping: RegExp;
  partitive: string;
  modifiers: string;
  perfectVerbs: string;
  /** One episode's noun: "killed in a drone attack", "the strike that led to the deaths of". */
  oneEventNouns: string;
  /** Casualty words after a number that an episode's toll uses: "three soldiers were killed in …". */
  tollWords: string;
  /** Casualty verbs after an episode's noun: "a drone attack … killed", "… which led to the deaths of". */
  tollVerbs: string;
  /** The event rules' casualty words before a number ("wounding", "deaths of"), shared. */
  injuredBefore: string;
  killedBefore: string;
}

const built = new WeakMap<Cues, TallyVocabulary>();

function pick(group: Record<string, RegExp>, groupName: string, name: string): RegExp {
  const re = group[name];
  if (!re) throw new SitrepError("E_LEXICON", `lexicons/cues.json: "${groupName}.${name}" is missing (the cumulative-tally rule reads it)`);
  return re;
}

export function tallyVocabulary(): TallyVocabulary {
  const cues = loadCues();
  let v = built.get(cues);
  if (v) return v;
  const noun = (n: string): string => pick(cues.tallyNouns, "tallyNouns", n).source;
  const cue = (n: string): RegExp => pick(cues.tallyCues, "tallyCues", n);
  v = {
    cumulative: cues.cumulative,
    noun: { attacks: noun("attacks"), injured: noun("injured"), killed: noun("killed"), strikes: noun("strikes") },
    times: noun("times"),
    attackVerbs: cue("attackVerbs").source,
    attackedObjects: cue("attackedObjects").source,
    riseVerbs: cue("riseVerbs").source,
    totalNouns: cue("totalNouns").source,
    bringVerbs: cue("bringVerbs").source,
    usPeople: cue("usPeople").source,
    otherPeople: cue("otherPeople").source,
    usMarkers: cue("usMarkers").source,
    singular: cue("singular").source,
    subsetOf: cue("subsetOf").source,
    excluding: cue("excluding"),
    eventCount: cue("eventCount").source,
    shipping: cue("shipping"),
    partitive: cue("partitive").source,
    modifiers: cue("modifiers").source,
    perfectVerbs: cue("perfectVerbs").source,
    oneEventNouns: cue("oneEventNouns").source,
    tollWords: cue("tollWords").source,
    tollVerbs: cue("tollVerbs").source,
    injuredBefore: cues.injuredBefore.source,
    killedBefore: cues.killedBefore.source,
  };
  built.set(cues, v);
  return v;
}
