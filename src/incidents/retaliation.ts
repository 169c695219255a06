/**
 * Retaliation links: a strike whose sentence says it answers an attack
 * ("in response to the January 28 attack that killed three soldiers in
 * Jordan", "retaliatory strikes after Monday's drone attack"). The words
 * from the cue (lexicons/cues.json `retaliationCues`) to the end of their
 * clause (fields/clauses.ts) are the reference; the date and place stated
 * there come from the mentions the extraction stored for that sentence. The
 * reference is stored as the text states it; the attack's incident is
 * looked up when read — the one attack incident of that day (or the day
 * either side) whose place agrees — so a reference waits, unresolved, until
 * a report of the attack arrives.
 */
import type { Db } from "../db/openDatabase.js";
import { cueTerms, hits, loadCues, phraseRegex } from "../lexicon/cues.js";
import { segmentAt } from "../fields/clauses.js";
import { countriesOf } from "./compatible.js";
import type { Hierarchy } from "./hierarchy.js";
import { addDays } from "./nextDay.js";

export interface Reference {
  start: number;
  end: number;
  text: string;
  date: string | null;
  country: string | null;
  place: string | null;
}

export interface RetaliationLink {
  /** "answers": this incident's strike answers an attack; "answered-by": a strike answers this incident. */
  direction: "answers" | "answered-by";
  eventId: number;
  article: string;
  strikeIncident: number | null;
  attackIncident: number | null;
  refDate: string | null;
  refCountry: string | null;
  refPlace: string | null;
  /** The words that state the reference, and their sentence. */
  words: string;
  sentence: string;
}

let cueRegex: { cues: unknown; re: RegExp; series: RegExp } | null = null;
function retaliationRegex(): { re: RegExp; series: RegExp } {
  const cues = loadCues();
  if (!cueRegex || cueRegex.cues !== cues) cueRegex = { cues, re: phraseRegex(cueTerms(cues, "retaliationCues")), series: phraseRegex(cueTerms(cues, "retaliationSeries")) };
  return cueRegex;
}

interface Mention {
  type: string;
  start: number;
  end: number;
  value: string | null;
}

/** The reference a sentence (starting at `offset` in the article) makes, from its cue to the end of that clause. */
export function findReference(h: Hierarchy, sentence: string, offset: number, mentions: readonly Mention[]): Reference | null {
  const { re, series } = retaliationRegex();
  const cue = hits(re, sentence)[0];
  if (!cue) return null;
  // The reference runs to the end of its clause, or to the comma of "In response to X, US forces struck …".
  const comma = sentence.indexOf(",", cue.end);
  const end = Math.min(segmentAt(sentence, Math.min(sentence.length, cue.end))[1], comma < 0 ? sentence.length : comma);
  // "in response to the attacks", "a string of attacks": many attacks, no one incident: keep the words, state no date.
  if (hits(series, sentence.slice(cue.end, end)).length) return { start: offset + cue.start, end: offset + end, text: sentence.slice(cue.start, end), date: null, country: null, place: null };
  const inRef = mentions.filter((m) => m.start >= offset + cue.start && m.end <= offset + end && m.value);
  const date = inRef.find((m) => m.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(m.value!))?.value ?? null;
  const places = inRef.filter((m) => m.type === "place").map((m) => m.value!);
  const place = places.find((p) => h.countryOf(p) !== p && h.placeRank(p) > 1) ?? null;
  const country = place ? h.countryOf(place) : (places.find((p) => h.countryOf(p) === p) ?? null);
  return { start: offset + cue.start, end: offset + end, text: sentence.slice(cue.start, end), date, country, place };
}

/** Stores the references of an article's strikes (in run `run`). */
export function storeRetaliations(db: Db, h: Hierarchy, articleId: number, run: number): void {
  const strikes = db.prepare("SELECT id FROM events WHERE article_id = ? AND run_id = ? AND kind = 'strike'").all(articleId, run) as Array<{ id: number }>;
  if (!strikes.length) return;
  const sentencesOf = db.prepare(
    `SELECT DISTINCT s.id, s.start, s.text FROM event_sources es JOIN sentences s ON s.id = es.sentence_id
      WHERE es.event_id = ? AND es.field = 'evidence' ORDER BY s.idx`,
  );
  const mentionsOf = db.prepare("SELECT type, start, end, value FROM mentions WHERE sentence_id = ? AND run_id = ? ORDER BY start");
  const insert = db.prepare("INSERT INTO incident_retaliations (event_id, sentence_id, start, end, text, ref_date, ref_country, ref_place) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const e of strikes)
    for (const s of sentencesOf.all(e.id) as Array<{ id: number; start: number; text: string }>) {
      const ref = findReference(h, s.text, s.start, mentionsOf.all(s.id, run) as Mention[]);
      if (!ref) continue;
      insert.run(e.id, s.id, ref.start, ref.end, ref.text, ref.date, ref.country, ref.place);
      break;
    }
}

interface RefRow {
  event_id: number;
  text: string;
  ref_date: string | null;
  ref_country: string | null;
  ref_place: string | null;
  sentence: string;
  article: string;
  strike_incident: number | null;
}

const REF_SQL = `SELECT t.event_id, t.text, t.ref_date, t.ref_country, t.ref_place, s.text AS sentence, r.article_key AS article, r.incident_id AS strike_incident
  FROM incident_retaliations t JOIN incident_reports r ON r.event_id = t.event_id JOIN sentences s ON s.id = t.sentence_id`;

/** The attack incident a reference names: the only one of its day (±1) whose place agrees; null when none or several. */
export function resolveReference(db: Db, h: Hierarchy, ref: Pick<RefRow, "ref_date" | "ref_country" | "ref_place">): number | null {
  if (!ref.ref_date) return null;
  const candidates = db
    .prepare("SELECT id, date, country, place FROM incidents WHERE kind = 'attack' AND reports > 0 AND date BETWEEN ? AND ? ORDER BY date, id")
    .all(addDays(ref.ref_date, -1), addDays(ref.ref_date, 1)) as Array<{ id: number; date: string; country: string | null; place: string | null }>;
  const fits = candidates.filter((c) => {
    if (ref.ref_place && c.place && !h.placeChain(c.place).includes(ref.ref_place) && !h.placeChain(ref.ref_place).includes(c.place)) return false;
    if (ref.ref_country && c.country && !countriesOf(c).includes(ref.ref_country)) return false;
    return true;
  });
  // The stated day first: a match on it wins over one a day away.
  const exact = fits.filter((c) => c.date === ref.ref_date);
  const pool = exact.length ? exact : fits;
  return pool.length === 1 ? pool[0]!.id : null;
}

function toLink(db: Db, h: Hierarchy, r: RefRow, direction: RetaliationLink["direction"]): RetaliationLink {
  return {
    direction,
    eventId: r.event_id,
    article: r.article,
    strikeIncident: r.strike_incident,
    attackIncident: resolveReference(db, h, r),
    refDate: r.ref_date,
    refCountry: r.ref_country,
    refPlace: r.ref_place,
    words: r.text,
    sentence: r.sentence,
  };
}

/** The retaliation links of an incident: its strikes' references, and the strikes that answer it. */
export function retaliationsOf(db: Db, h: Hierarchy, incident: { id: number; kind: string; date_start: string | null; date_end: string | null }): RetaliationLink[] {
  const own = (db.prepare(`${REF_SQL} WHERE r.incident_id = ? ORDER BY t.event_id`).all(incident.id) as RefRow[]).map((r) => toLink(db, h, r, "answers"));
  if (incident.kind !== "attack" || !incident.date_start || !incident.date_end) return own;
  const answering = (db.prepare(`${REF_SQL} WHERE t.ref_date BETWEEN ? AND ? ORDER BY t.event_id`).all(addDays(incident.date_start, -1), addDays(incident.date_end, 1)) as RefRow[])
    .map((r) => toLink(db, h, r, "answered-by"))
    .filter((l) => l.attackIncident === incident.id);
  return [...own, ...answering];
}

/** Every retaliation reference of the current strikes, resolved. */
export function allRetaliations(db: Db, h: Hierarchy): RetaliationLink[] {
  return (db.prepare(`${REF_SQL} ORDER BY t.event_id`).all() as RefRow[]).map((r) => toLink(db, h, r, "answers"));
}
