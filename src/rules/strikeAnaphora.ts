/**
 * strike-anaphora: a sentence that goes on about strikes just reported ("The
 * strikes destroyed a training facility and a safe house near Abu Kamal and
 * Mayadin") adds their places; it is merged with the strike before it
 * (inherit-dates, merge-same-event) and dropped if there is none.
 */
import type { EventRule } from "./rule.js";
import { bestPlaces } from "../fields/places.js";
import { casualties } from "../fields/casualties.js";
import { relSpan } from "../fields/spans.js";
import { newCandidate } from "../fields/candidate.js";
import { endBeforeReference } from "../fields/clauses.js";
import { strikeWeapons } from "./usStrike.js";

// "A U.S. official told CNN that the strikes were carried out at two sites, …": the same, reported.
const OPENING = /^(?:[^;:]{0,80}?\b(?:said|says|told\s+[\w.]+|confirmed|added)\s+that\s+)?(?:The|These|Those|Both|Such)\s+(?:(?:latest|recent|U\.?S\.?|American|retaliatory|precision|air|overnight|two|three)\s+)*(strikes?|airstrikes?|raids?)\b/i;

export const strikeAnaphora: EventRule = {
  meta: {
    type: "event",
    id: "strike-anaphora",
    description: "A sentence opening with “The strikes …” continues the strike reported just before it.",
    triggers: ["strikeNouns"],
    requires: ["us-strike"],
  },
  match(ctx) {
    const m = OPENING.exec(ctx.text);
    if (!m) return [];
    // A sentence with its own date is a new report, which the us-strike rule reads.
    if (ctx.dates.some((d) => d.role === "event")) return [];
    const start = m[0].length - m[1]!.length;
    // "The strikes came a week after the destroyer shot down drones in the Red Sea": the event named after is not these strikes.
    const end = endBeforeReference(ctx.text, start);
    const own = <T extends { span: { end: number } }>(xs: T[]): T[] => xs.filter((x) => x.span.end <= end);
    const { killed } = casualties(ctx, 0, end, { notUs: true });
    const candidate = newCandidate(ctx, {
      kind: "strike",
      rule: "strike-anaphora",
      reason: `continues a reported strike (“${m[0]}”)`,
      trigger: relSpan(ctx.text, start, m[0].length),
      places: bestPlaces(own(ctx.places), { bases: false }),
      actor: null,
      actorGeneric: false,
      target: null,
      // "The strikes targeted … missile and drone capabilities": what was hit is not what hit it.
      weapons: strikeWeapons(ctx, [0, end]),
      killed,
      injured: null,
    }, [0, end]);
    // Only a continuation: it must borrow a date from the strike before it.
    return [{ ...candidate, dates: [], continuation: true }];
  },
  examples: {
    valid: [
      {
        text: "U.S. warplanes struck two militia depots in eastern Syria on Sunday. The strikes hit a weapons store near Abu Kamal and a safe house in Mayadin.",
        published: "2023-11-14",
        expect: [
          { kind: "strike", date: "2023-11-12", place: "Abu Kamal" },
          { kind: "strike", date: "2023-11-12", place: "Mayadin" },
        ],
      },
      {
        text: "U.S. jets struck Kataib Hezbollah sites in western Iraq on Tuesday. The strikes targeted a command center near Al-Qaim.",
        published: "2023-11-24",
        expect: [{ kind: "strike", date: "2023-11-21", place: "Al-Qaim", weapons: ["aircraft"] }],
      },
      {
        text: "American aircraft bombed IRGC facilities in eastern Syria on Thursday. The airstrikes destroyed an ammunition depot in Mayadin and a bunker near Abu Kamal.",
        published: "2023-11-24",
        expect: [
          { kind: "strike", date: "2023-11-23", place: "Mayadin" },
          { kind: "strike", date: "2023-11-23", place: "Abu Kamal" },
        ],
      },
      {
        text: "The U.S. military struck Houthi targets in Yemen on Saturday. These strikes hit radar sites near Hodeidah.",
        published: "2023-11-24",
        expect: [{ kind: "strike", date: "2023-11-18", place: "Hodeidah", country: "Yemen" }],
      },
      {
        text: "U.S. forces carried out a strike in Syria on Sunday. The strike killed two IRGC members near Deir ez-Zor.",
        published: "2023-11-24",
        expect: [{ kind: "strike", date: "2023-11-19", place: "Deir ez-Zor", killed: 2 }],
      },
    ],
    invalid: [
      { text: "The strikes near Abu Kamal were condemned by Damascus." },
      { text: "The strike by dock workers in Basra entered its third day on Monday." },
      { text: "The strikes on Gaza continued for a third week." },
      { text: "The strikes have angered Iraqi politicians, who called for U.S. troops to leave." },
      { text: "These strikes near Hodeidah drew condemnation from Tehran." },
    ],
  },
};
