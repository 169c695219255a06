/**
 * Why a rule whose trigger words a sentence has proposed nothing there. The
 * answer is read off the same field functions the rules call
 * (usReferences, eventDates, the sentence's mentions), so it names the
 * condition as the rule layer sees it: "no US/coalition reference in a
 * target/interceptor role (found: “CENTCOM” unknown)". A rule this file
 * does not know gets a plain "its conditions did not hold".
 */
import type { SentenceContext } from "../context/sentenceContext.js";
import { eventDates } from "../fields/eventDates.js";
import { usReferences, type UsRole } from "../fields/usReferences.js";
import type { EventRule, TallyRule } from "../rules/rule.js";
import { hits, loadCues } from "../lexicon/cues.js";
import { whyNoHeadlineStrike } from "../rules/headlineStrike.js";

const quote = (s: string): string => `“${s}”`;

/** The sentence's US references and their roles, for the message. */
function foundRefs(ctx: SentenceContext): string {
  const refs = usReferences(ctx);
  return refs.length ? ` (found: ${refs.map((r) => `${quote(r.text)} ${r.role}${r.cue ? ` by ${quote(r.cue)}` : ""}`).join("; ")})` : " (none found)";
}

function lacksRole(ctx: SentenceContext, roles: UsRole[], label: string): string | null {
  return usReferences(ctx).some((r) => roles.includes(r.role)) ? null : `no US/coalition reference in a ${label} role${foundRefs(ctx)}`;
}

const CHECKS: Record<string, (ctx: SentenceContext) => string | null> = {
  "attack-on-us-forces": (ctx) => lacksRole(ctx, ["target", "interceptor"], "target/interceptor"),
  "us-strike": (ctx) => {
    const missing = lacksRole(ctx, ["striker"], "striker");
    if (missing) return missing;
    const striker = usReferences(ctx).find((r) => r.role === "striker")!;
    const axis = ctx.actors.filter((a) => a.role === "axis").map((a) => a.name);
    return (
      `striker ${quote(striker.text)} present, but nothing says what it struck (no militia/Houthi actor, target word or strike noun after it, no place in the region)` +
      ` (axis actors: ${axis.join(", ") || "none"}; places: ${ctx.places.map((p) => p.name).join(", ") || "none"})`
    );
  },
  "headline-strike": (ctx) => whyNoHeadlineStrike(ctx),
  "strike-anaphora": (ctx) => {
    const own = ctx.dates.filter((d) => d.role === "event");
    return own.length
      ? `not a continuation: the sentence has its own event date (${own.map((d) => quote(d.span.text)).join(", ")}), which makes it a new report, or it does not open with “The strikes …”`
      : "not a continuation: the sentence does not open with “The strikes …”";
  },
  "cumulative-tally": (ctx) => {
    if (!ctx.numbers.length) return "no number in the sentence";
    const outside = hits(loadCues().outOfScopeContext, ctx.text)[0];
    const numbers = ctx.numbers.map((n) => quote(n.span.text)).join(", ");
    return outside
      ? `no figure in a running-total wording about US forces (numbers: ${numbers}; out-of-scope context ${quote(outside.text)})`
      : `no figure in a running-total wording (numbers: ${numbers})`;
  },
};

export function whyNothing(rule: EventRule | TallyRule, ctx: SentenceContext): string {
  return CHECKS[rule.meta.id]?.(ctx) ?? "its conditions did not hold (see the rule's file in src/rules/)";
}

/** Why a proposed candidate has no date: the clause has no event date (and what dates it has instead). */
export function whyUndated(ctx: SentenceContext, segment: [number, number]): string {
  if (eventDates(ctx, segment).length) return "";
  const other = ctx.dates.filter((d) => d.span.start >= segment[0] && d.span.end <= segment[1]);
  return other.length
    ? `no event date in the clause (${other.map((d) => `${quote(d.span.text)}: ${d.role}, ${d.precision}`).join("; ")})`
    : "no event date in the clause";
}
