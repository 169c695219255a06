/**
 * use-statement-date: an event the sentence does not date itself, but
 * reports in a dated statement ("… shot down three missiles, the Pentagon
 * announced Oct. 19"; "On Wednesday, officials announced that the base was
 * targeted") happened on or just before that day: take the statement's day —
 * unless the statement tells of an earlier action ("an update from the figure
 * reported earlier": `beforeStatement`; "officials on Friday told reporters
 * the destroyer had shot down …", `pastPerfect`, when the article dates
 * another report of that kind), whose day it does not give.
 */
import type { Refiner } from "./refiner.js";
import { statementDates } from "../fields/eventDates.js";
import { cueTerms, has, loadCues, perCueFile, phraseRegex, type Cues } from "../lexicon/cues.js";

const beforeStatement = perCueFile((cues: Cues) => phraseRegex(cueTerms(cues, "beforeStatement")));
const pastPerfect = perCueFile((cues: Cues) => phraseRegex(cueTerms(cues, "pastPerfect")));

export const useStatementDate: Refiner = {
  id: "use-statement-date",
  description: "Undated events reported in a dated statement take the statement's date.",
  refine(candidates, article) {
    return candidates.map((c) => {
      if (c.dates.length || c.continuation) return c;
      const s = article.sentences[c.sentenceIdx]!;
      const clause = s.text.slice(c.segment[0], c.segment[1]);
      if (has(beforeStatement(loadCues()), clause)) return c;
      // "… said Friday the ship had shot down …" restates an action of that kind the article dates elsewhere.
      if (has(pastPerfect(loadCues()), clause) && candidates.some((o) => o !== c && o.kind === c.kind && o.dates.length)) return c;
      const stated = statementDates(s);
      // "reported Wednesday (11/8/23)": two words for one day are one statement date.
      const days = new Set(stated.map((d) => (d.precision === "day" ? d.date : `${d.range?.[0]}..${d.range?.[1]}`)));
      return stated.length && days.size === 1 ? { ...c, dates: [stated[0]!] } : c;
    });
  },
};
