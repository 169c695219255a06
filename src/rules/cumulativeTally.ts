/**
 * cumulative-tally: a stated running total of attacks, strikes, injured or
 * killed (GUIDELINES §4), with one tally per region of a breakdown
 * ("including 32 in Iraq and 34 in Syria").
 */
import { has, loadCues, phraseRegex } from "../extract/cues.js";
import type { TallyCandidate, TallyRule } from "./rule.js";
import type { TallyMetric } from "../types.js";
import { relSpan } from "./fields.js";

const TRIGGERS = phraseRegex(["attacks", "times", "injured", "wounded", "wounds", "injuries", "killed", "strikes", "attacked", "incidents", "occasions"]);

const REGIONS = ["Iraq", "Syria", "Jordan", "Yemen", "Red Sea"];
const AFTER_ATTACKS = /^\s*(?:separate\s+|more\s+|total\s+|additional\s+|other\s+|such\s+)?(?:attacks?|times|occasions|incidents)\b/i;
const AFTER_STRIKES = /^\s*(?:separate\s+|more\s+|additional\s+)?(?:strikes|airstrikes|air\s+strikes)\b/i;
const AFTER_PEOPLE = /^\s*(?:American|US|U\.S\.|coalition|[\w.-]+\s+)?(?:[\w.-]+\s+){0,3}?(?:troops|soldiers|service\s*members|servicemembers|personnel|Americans|members|people)\b/i;
const PEOPLE_INJURED = /^\s*(?:[\w.'’-]+\s+){0,6}?(?:have|had|has)?\s*(?:been\s+)?(?:injured|wounded|hurt|suffered\s+(?:\w+\s+)?(?:wounds|injuries))\b/i;
const PEOPLE_KILLED = /^\s*(?:[\w.'’-]+\s+){0,6}?(?:have|had|has)?\s*(?:been\s+)?(?:killed|died)\b/i;
const BEFORE_INJURED = /\b(?:injured|wounded)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?$/i;
const BEFORE_KILLED = /\b(?:killed)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?$/i;
const CONTINUATION = /^\s*(?:more\s+|others?\s+)?(?:in|on)\s+/i;
const US_PEOPLE = /\b(?:US|U\.S\.|American|coalition)\b|\bservice\s*members\b|\bservicemembers\b|\btroops\b/i;

function regionAfter(text: string): string | null {
  const m = /^[^0-9]{0,60}?\bin\s+(Iraq|Syria|Jordan|Yemen|the\s+Red\s+Sea)\b/i.exec(text);
  if (!m) return null;
  // "in Iraq and Syria": two countries together are the overall figure.
  if (new RegExp(`^${m[1]}\\s+(?:and|or)\\s+(?:${REGIONS.join("|")})`, "i").test(text.slice(m.index + m[0].length - m[1]!.length))) return null;
  return REGIONS.find((r) => r.toLowerCase() === m[1]!.toLowerCase().replace(/^the\s+/, "")) ?? null;
}

export const cumulativeTally: TallyRule = {
  meta: {
    type: "tally",
    id: "cumulative-tally",
    description: "A running total of attacks, strikes, injured or killed, with the region of each part of a breakdown.",
    triggers: TRIGGERS,
  },
  match(ctx) {
    const cues = loadCues();
    // "not including the eight people injured in the latest attack" is not part of the total.
    const cut = /\b(?:not\s+including|excluding)\b/i.exec(ctx.text);
    const text = cut ? ctx.text.slice(0, cut.index) : ctx.text;
    const windows = ctx.dates.filter((d) => d.role === "since" || d.role === "as_of" || d.precision === "range");
    const dayEvent = ctx.dates.some((d) => d.role === "event" && d.precision === "day");
    const cumulative = has(cues.cumulative, text) || windows.length > 0;
    if (!cumulative || (dayEvent && windows.length === 0)) return [];
    if (has(cues.outOfScopeContext, text) && !US_PEOPLE.test(text)) return [];
    const out: TallyCandidate[] = [];
    const nums = ctx.numbers.filter((n) => n.value !== null && n.span.end <= text.length);
    nums.forEach((n, i) => {
      const nextStart = nums[i + 1]?.span.start ?? text.length;
      const after = text.slice(n.span.end, Math.min(nextStart, n.span.end + 70));
      const before = text.slice(Math.max(0, n.span.start - 40), n.span.start);
      let metric: TallyMetric | null = null;
      if (AFTER_ATTACKS.test(after)) metric = "attacks";
      else if (AFTER_STRIKES.test(after)) metric = "strikes";
      else if (BEFORE_INJURED.test(before) && US_PEOPLE.test(after)) metric = "injured";
      else if (BEFORE_KILLED.test(before) && US_PEOPLE.test(after)) metric = "killed";
      else if (AFTER_PEOPLE.test(after) && US_PEOPLE.test(after.slice(0, 40)) && PEOPLE_INJURED.test(after)) metric = "injured";
      else if (AFTER_PEOPLE.test(after) && US_PEOPLE.test(after.slice(0, 40)) && PEOPLE_KILLED.test(after)) metric = "killed";
      else if (out.length && CONTINUATION.test(after) && regionAfter(after)) metric = out.at(-1)!.metric;
      if (!metric || n.value === null) return;
      const since = ctx.dates.find((d) => d.role === "since" || (d.precision === "range" && d.role !== "as_of"));
      const asOf = ctx.dates.find((d) => d.role === "as_of" || d.role === "statement");
      out.push({
        sentenceIdx: ctx.idx,
        rule: "cumulative-tally",
        metric,
        value: n.value,
        qualifier: n.qualifier,
        region: regionAfter(after),
        since: since ? (since.date ?? since.range?.[0] ?? null) : null,
        asOf: asOf ? (asOf.date ?? asOf.range?.[1] ?? null) : since?.precision === "range" ? since.range?.[1] ?? null : ctx.published,
        span: relSpan(ctx.text, Math.max(0, n.span.start - (n.qualifier ? before.length - before.trimEnd().length + 12 : 0)), Math.min(text.length, n.span.end + after.length)),
      });
    });
    return out;
  },
  examples: {
    valid: [
      {
        text: "American forces have been targeted at least 150 times since Oct. 17, including 65 in Iraq and 85 in Syria.",
        published: "2024-01-30",
        expect: [
          { metric: "attacks", value: 150, qualifier: "at least", region: null, since: "2023-10-17" },
          { metric: "attacks", value: 65, region: "Iraq" },
          { metric: "attacks", value: 85, region: "Syria" },
        ],
      },
      {
        text: "Some 70 U.S. troops have been wounded in the attacks so far, the Pentagon said.",
        published: "2023-12-01",
        expect: [{ metric: "injured", value: 70, qualifier: "about" }],
      },
    ],
    invalid: [
      { text: "The war in Gaza has killed more than 20,000 people since October." },
      { text: "About 2,500 U.S. troops are stationed in Iraq." },
    ],
  },
};
