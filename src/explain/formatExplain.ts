/**
 * The terminal rendering of an explanation: sentences with what each stage
 * found, the candidates, each refiner's changes, and the final events with
 * how they compare with the database. Article text may hold control or
 * bidirectional characters; they are printed escaped, never raw.
 */
import { describeView, type CandidateView } from "./candidateView.js";
import { tallyKey, type StoredComparison } from "./compareStored.js";
import type { ExplainResult, SentenceReport } from "./explainArticle.js";
import type { EventOut } from "../extract/types.js";

/** C0/C1 controls, DEL, bidirectional overrides and isolates, zero-width and line/paragraph separators. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).padStart(4, "0")}}`);
}

const q = (s: string): string => `“${printable(s)}”`;
const val = (v: unknown): string => (v === null || v === undefined ? "–" : Array.isArray(v) ? (v.length ? v.join("+") : "–") : printable(String(v)));

/** What is shown: the explanation, where the article came from, the database comparison, and the sentence chosen. */
const sList = (v: unknown): string => (v as number[]).map((n) => `s${n}`).join(", ");

export interface ExplainView extends Omit<ExplainResult, "events"> {
  origin: string;
  /** `index`: the event's place in the article's full list (stored.status is indexed by it). */
  events: Array<{ candidate: string; event: EventOut; index: number }>;
  stored: StoredComparison | null;
  /** Only this sentence (--sentence N). */
  sentence: number | null;
}

/**
 * Narrows the view to one sentence: its report, the candidates it gave or
 * that took it in, their refiner steps (and their parts'), the events it
 * is evidence for.
 */
export function onlySentence(v: ExplainView, n: number): ExplainView {
  const candidates = v.candidates.filter((c) => c.sentences.includes(n));
  const ids = new Set(candidates.map((c) => c.id));
  const mine = (id: string): boolean => ids.has(id) || ids.has(id.split(".")[0]!);
  // A candidate merged into another makes that one (and its steps) this sentence's too.
  for (const r of v.refiners) for (const c of r.changes) if (c.action === "merged" && mine(c.candidate)) c.into!.forEach((x) => ids.add(x));
  const refiners = v.refiners.map((r) => ({ ...r, changes: r.changes.filter((c) => mine(c.candidate) || (c.into ?? []).some(mine)) }));
  return {
    ...v,
    sentence: n,
    sentences: v.sentences.filter((s) => s.idx === n),
    candidates,
    refiners,
    events: v.events.filter((e) => e.event.sources.some((s) => s.field === "evidence" && s.sentenceIdx === n)),
    tallies: v.tallies.filter((t) => t.sentenceIdx === n),
    stored: v.stored && {
      ...v.stored,
      removed: v.stored.removed.filter((r) => (r.sources as Array<{ sentence: number }> | undefined)?.some((s) => s.sentence === n)),
    },
  };
}

function sentenceLines(s: SentenceReport): string[] {
  const out = [`[${s.idx}] ${q(s.text)}`];
  const row = (label: string, items: string[]): void => {
    items.forEach((x, i) => out.push(`    ${(i ? "" : label).padEnd(9)}${x}`));
  };
  row(
    "dates",
    s.dates.map((d) => {
      const value = d.date ?? (d.range ? `${d.range[0]}..${d.range[1]}` : "unresolved");
      const anchor = d.anchor.date ? `, against ${d.anchor.source} ${d.anchor.date}` : d.anchor.source !== "none" ? `, ${d.anchor.source}` : "";
      return `${q(d.text)} → ${value} (${d.precision}, role ${d.role}${anchor}; ${d.rule})`;
    }),
  );
  if (!s.read) {
    out.push("    (not read by the rules: no trigger word in it or next to it)");
    return out;
  }
  row("places", s.places.map((p) => `${q(p.text)} → ${printable(p.name)} (${p.kind}, ${printable(p.country)}${p.fuzzy ? ", fuzzy match" : ""}) ${p.gazetteer ? "in the gazetteer" : "NOT in the gazetteer"}`));
  row("actors", s.actors.map((a) => `${q(a.text)} → ${printable(a.name)} (${a.role}${a.generic ? ", generic" : ""}${a.fuzzy ? ", fuzzy match" : ""})`));
  row("weapons", s.weapons.map((w) => `${q(w.text)} → ${w.category}`));
  row("numbers", s.numbers.map((n) => `${q(n.text)} = ${n.value ?? "?"}${n.qualifier ? ` (${n.qualifier})` : ""}${n.vague ? " (vague)" : ""}`));
  row("US refs", s.usReferences.map((r) => `${q(r.text)} ${r.role}${r.cue ? ` (${q(r.cue)})` : ""}`));
  row(
    "rules",
    s.rules.map((r) => {
      const trig = `trigger ${r.triggers.map(q).join(", ")}`;
      if (r.failed) return `${r.rule}: ${trig} present; ${printable(r.failed)}`;
      return `${r.rule}: fired (${trig}) → ${r.type === "event" ? r.candidates.join(", ") : r.tallies.map(printable).join("; ")}`;
    }),
  );
  if (!s.rules.length) out.push("    (no rule's trigger word: read as context only)");
  return out;
}

function candidateLine(c: CandidateView & { undated: string | null }): string[] {
  const out = [`  ${c.id} [s${c.sentence}] ${c.rule}: ${printable(describeView(c))}`, `       reason: ${printable(c.reason)}`];
  if (c.undated) out.push(`       undated: ${printable(c.undated)}`);
  return out;
}

function eventLine(n: number, candidate: string, e: EventOut, cmp: StoredComparison["status"][number] | undefined): string[] {
  const where = [e.place, e.countries.join("/")].filter(Boolean).join(", ") || "no place";
  const fields = [
    e.date ?? (e.dateRange ? `${e.dateRange[0]}..${e.dateRange[1]}` : "undated"),
    e.kind,
    where,
    e.actor ? `by ${e.actor}` : null,
    e.weapons.length ? `(${e.weapons.join(", ")})` : null,
    e.killed !== null ? `killed ${e.killed}` : null,
    e.injured !== null ? `injured ${e.injured}` : null,
    e.count !== null ? `count ${e.count}` : null,
    e.umbrella ? "umbrella" : null,
  ];
  const sentences = [...new Set(e.sources.filter((s) => s.field === "evidence").map((s) => s.sentenceIdx))];
  const out = [`  ${n}. ${printable(fields.filter(Boolean).join(" "))}  [${candidate}; s${sentences.join(", s")}; ${e.rule}]`];
  if (cmp?.status === "new") out.push("       ≠ NOT IN THE DATABASE (new with the current rules)");
  if (cmp?.status === "changed") {
    out.push(`       ≠ DIFFERS from database event #${cmp.storedId}:`);
    for (const c of cmp.changes) out.push(`           ${c.field}: ${printable(JSON.stringify(c.before))} → ${printable(JSON.stringify(c.after))}`);
  }
  if (cmp?.status === "same") out.push(`       = database event #${cmp.storedId}`);
  return out;
}

export function formatExplain(v: ExplainView): string {
  const lines: string[] = [];
  const pub = v.published.date ? `${v.published.date} (${v.published.method})` : "unknown";
  lines.push(`explain ${v.origin === "text" ? "--text" : `${printable(v.key)} (${printable(v.origin)})`}: published ${pub}, reference date ${v.referenceDate}`);
  lines.push("");
  lines.push(v.sentence === null ? "Sentences — what each stage found" : `Sentence ${v.sentence} — what each stage found`);
  for (const s of v.sentences) lines.push(...sentenceLines(s));
  lines.push("");
  lines.push("Candidates the rules proposed");
  if (!v.candidates.length) lines.push("  none");
  for (const c of v.candidates) lines.push(...candidateLine(c));
  lines.push("");
  lines.push("Refiners, in order (src/refine/configuration.ts)");
  for (const step of v.refiners) {
    if (!step.changes.length) {
      lines.push(`  ${step.id}: no change`);
      continue;
    }
    lines.push(`  ${step.id} — ${step.description}`);
    for (const c of step.changes) {
      if (c.action === "changed") lines.push(`      ${c.candidate} changed: ${c.fields!.map((f) => (f.field === "sentences" ? `sentences ${sList(f.before)} → ${sList(f.after)}` : `${f.field} ${val(f.before)} → ${val(f.after)}`)).join("; ")}`);
      else if (c.action === "merged") lines.push(`      ${c.candidate} merged into ${c.into![0]}`);
      else if (c.action === "split") lines.push(`      ${c.candidate} split into ${c.into!.join(", ")}`);
      else lines.push(`      ${c.candidate} ${c.action}`);
    }
  }
  lines.push("");
  lines.push(`Events (${v.events.length})`);
  if (!v.events.length) lines.push("  none");
  v.events.forEach((e, i) => lines.push(...eventLine(i + 1, e.candidate, e.event, v.stored?.status[e.index])));
  if (v.stored) {
    for (const r of v.stored.removed) {
      const where = [r.place, Array.isArray(r.country) ? r.country.join("/") : r.country].filter(Boolean).join(", ") || "no place";
      lines.push(`  - #${String(r.id)} ${r.date ?? "undated"} ${r.kind} ${printable(where)}`, "       ≠ IN THE DATABASE ONLY (the current rules no longer give it)");
    }
    const counts = { new: 0, changed: 0 };
    for (const s of v.stored.status) if (s.status !== "same") counts[s.status]++;
    const t = v.stored.tallies;
    lines.push(
      v.stored.differs
        ? `  Differs from the database (run ${v.stored.run}): ${counts.new} new, ${counts.changed} changed, ${v.stored.removed.length} only in the database` +
            `${t.added.length + t.removed.length ? `; tallies ${t.added.length} new, ${t.removed.length} only in the database` : ""} — run sitrep extract to store the current result`
        : `  Same as the database (run ${v.stored.run})`,
    );
  }
  if (v.tallies.length) {
    lines.push("");
    lines.push(`Tallies (${v.tallies.length})`);
    for (const t of v.tallies) {
      lines.push(`  ${t.metric} ${t.qualifier ? `${t.qualifier} ` : ""}${t.value}${t.region ? ` in ${printable(t.region)}` : ""}${t.since ? ` since ${t.since}` : ""}  [s${t.sentenceIdx}] ${q(t.text)}`);
      if (v.stored?.tallies.added.includes(tallyKey(t))) lines.push("       ≠ NOT IN THE DATABASE");
    }
  }
  if (v.stored?.tallies.removed.length) {
    if (!v.tallies.length) lines.push("", "Tallies (0)");
    for (const k of v.stored.tallies.removed) lines.push(`  - ${printable(k)}`, "       ≠ IN THE DATABASE ONLY");
  }
  return lines.join("\n") + "\n";
}
