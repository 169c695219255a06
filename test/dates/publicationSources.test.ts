/**
 * Where a publication date comes from when the text has no header
 * (issue 13 item 8): datelines, bylines, labelled stamps, clippings,
 * statements, "today" — and never a photo caption. Each pattern has at
 * least five phrasings of our own.
 */
import { describe, expect, it } from "vitest";
import { inferPublicationDate } from "../../src/dates/index.js";
import { REFERENCE, article } from "./helpers.js";

interface Row {
  text: string | string[];
  date: string | null;
  /** The span text that dated it, when it did. */
  span?: string;
}

function check(rows: Row[]): void {
  for (const row of rows) {
    const label = (typeof row.text === "string" ? row.text : row.text.join(" ")).slice(0, 70);
    it(label, () => {
      const { text, sentences } = article(row.text);
      const result = inferPublicationDate(text, sentences, REFERENCE);
      expect(result.date).toBe(row.date);
      if (row.span !== undefined) expect(result.span?.text).toBe(row.span);
      if (result.span) expect(text.slice(result.span.start, result.span.end)).toBe(result.span.text);
    });
  }
}

describe("wire datelines", () => {
  check([
    { text: "AMMAN, Nov 30 (Reuters) - Jordan said it intercepted a drone near its border.", date: "2023-11-30", span: "Nov 30" },
    { text: "BEIRUT, Feb. 7, 2024 — Shelling continued along the frontier overnight.", date: "2024-02-07", span: "Feb. 7, 2024" },
    { text: "Erbil, 14 January 2024: A rocket landed near the airport, local media said.", date: "2024-01-14", span: "14 January 2024" },
    { text: "New Delhi, India, December 2 (ANI): Ships in the region were told to report any sighting.", date: "2023-12-02", span: "December 2" },
    { text: "Manama, Bahrain [Gulf], March 3 : The fleet left port in the morning.", date: "2024-03-03", span: "March 3" },
    { text: "Kuwait City, KW [Asia], Oct 28 : Officials met the visiting envoy.", date: "2023-10-28", span: "Oct 28" },
    { text: "CAIRO (AP) — Jan. 9, 2024 — The ministry said the talks would resume next week.", date: "2024-01-09", span: "Jan. 9, 2024" },
    { text: "Basra, Iraq (AFP) - 12 December 2023 - Port workers went on strike over pay.", date: "2023-12-12", span: "12 December 2023" },
    { text: "Doha (UPI) -- Nov. 21, 2023 -- Mediators met both delegations on Tuesday.", date: "2023-11-21", span: "Nov. 21, 2023" },
  ]);
});

describe("labelled stamps and bylines", () => {
  check([
    { text: "Navy report\nThis is an archived story first published on March 9, 2024\nThe fleet sailed north.", date: "2024-03-09" },
    { text: "Convoy hit\nPosted on 12 November 2023 by the desk\nA convoy was hit near the river.", date: "2023-11-12" },
    { text: "Drone downed\nStaff writer | Published: 21-11-2023 09:10 GMT\nA drone fell near the camp.", date: "2023-11-21" },
    { text: "Thread: Warship news\n« on: November 19, 2023, 07:12:44 pm »\nThe ship returned to port.", date: "2023-11-19" },
    { text: "Base attacked\nBy R. Author, The Daily Example | Created 02.12.2023 08:00\nRockets hit a base.", date: "2023-12-02" },
  ]);
});

describe("an update stamp dates a later edit", () => {
  check([
    { text: "Strike on depot\nJ. Writer\n11/03/2023\nUpdated:\n11/05/2023\nA depot burned after the strike.", date: "2023-11-03" },
    { text: "Drone attack\nPublished 4 December 2023\nLast updated 6 December 2023\nA drone hit a base.", date: "2023-12-04" },
    { text: "Raid\nNov. 20, 2023\nUpdated Nov. 22, 2023\nA raid took place in the night.", date: "2023-11-20" },
    { text: "Patrol\nAgency | Updated: 09-12-2023 10:00 IST | Created: 08-12-2023 21:15 IST\nA patrol was ambushed.", date: "2023-12-08" },
    { text: "Convoy\nUpdated: January 3, 2024\nThe convoy moved at dawn.", date: "2024-01-03" },
  ]);
});

describe("of several datelines, the latest", () => {
  check([
    { text: "Ships targeted\nNov 28, 2023\nSANAA, November 29 : Two ships reported explosions nearby.", date: "2023-11-29" },
    { text: "Topic: Red Sea\n« on: January 6, 2024, 10:01:02 am »\nShips targeted\nBy A. Reporter\nJan 5, 09:30 PM\nTwo ships were hit.", date: "2024-01-06" },
    { text: "Base hit\nOct 20, 2023\nDAMASCUS, Oct. 21 (Agency) — A base came under fire.", date: "2023-10-21" },
    { text: "Raid\n3 December 2023\nBy Staff | 4 December 2023\nA raid was reported.", date: "2023-12-04" },
    { text: "Strikes\nFebruary 1, 2024\nWASHINGTON, Feb 2 (Wire) - Bombers struck targets.", date: "2024-02-02" },
  ]);
});

describe("day-first numeric dates with dots and dashes", () => {
  check([
    { text: "Navy news\nExample Wire, 1920, 03.11.2023\nA frigate left port.", date: "2023-11-03" },
    { text: "Navy news\nPublished: 05-01-2024 12:00\nA frigate left port.", date: "2024-01-05" },
    { text: "Navy news\nUpdated 07.02.2024\nA frigate left port.", date: "2024-02-07" },
    { text: "Navy news\nBy A. Writer | 10-12-2023\nA frigate left port.", date: "2023-12-10" },
    { text: "Navy news\nCreated: 25.10.2023 14:02\nA frigate left port.", date: "2023-10-25" },
  ]);
  check([{ text: "Navy news\nPosted 11/03/2023\nA frigate left port.", date: "2023-11-03" }]);
});

describe("a line opening with the date and a dash", () => {
  check([
    { text: "Jets strike caves\n\n3rd December 2023 – (Erbil) Jets struck caves in the mountains on Friday.", date: "2023-12-03" },
    { text: "Strikes\n5 January 2024 — Aircraft hit targets near the coast.", date: "2024-01-05" },
    { text: "Shelling\nNovember 30, 2023 - (Agency) Artillery fired across the border.", date: "2023-11-30" },
    { text: "Raid\n21st October 2023 – A raid was carried out before dawn.", date: "2023-10-21" },
    { text: "Drones\nJan. 9, 2024 — Drones were shot down over the sea.", date: "2024-01-09" },
  ]);
  check([
    { text: "Oct. 17, 2023 – drone attack on a garrison\nOct. 18, 2023 – rockets fired at an air base", date: null },
    { text: "Nov. 2, 2023 - rockets at a base\n\nNov. 4, 2023 - drone at a base", date: null },
  ]);
});

describe("a clipping's closing date in brackets", () => {
  check([
    { text: "“A drone was downed off the coast, an official said.” (11/14/23)", date: "2023-11-14" },
    { text: "Rockets hit the base, officials said. (12/01/2023)", date: "2023-12-01" },
    { text: "“The patrol came under fire at dawn.” (Dec. 3, 2023)", date: "2023-12-03" },
    { text: "Two ships were struck in the strait. (10/30/23)", date: "2023-10-30" },
    { text: "“No injuries were reported,” the command said. (January 8, 2024)", date: "2024-01-08" },
  ]);
});

describe("statement dates", () => {
  check([
    { text: "The president said on the evening of 9 January that the strikes had begun.", date: "2024-01-09" },
    { text: "The minister spoke on the night of Dec. 11 after the raid.", date: null },
    { text: "The command announced on the morning of 2 December that it had struck radar sites.", date: "2023-12-02" },
    { text: "According to figures published by the ministry on November 30, 2023, the attacks had grown.", date: "2023-11-30" },
    { text: "The defence ministry published on 6 December a list of the sites hit.", date: "2023-12-06" },
  ]);
});

describe("a weekday statement anchored by a calendar date just after it", () => {
  check([
    { text: ["A defence official said on Monday that the count had grown.", "“From November 1 to November 20 there were 40 attacks,” he said."], date: "2023-11-20" },
    { text: ["A command statement on Thursday said two drones were destroyed.", "“Between 8 and 10 p.m. on November 23 the ship engaged two drones.”"], date: "2023-11-23" },
    { text: ["Officials told reporters on Tuesday about a strike.", "It hit a depot on Dec. 4."], date: "2023-12-05" },
    { text: ["The spokesman said on Friday that the ship was safe.", "Another sentence comes here.", "The ship was attacked on Dec. 7."], date: "2023-12-08" },
    { text: ["A statement on Wednesday gave details.", "The drones were launched on October 24 from the coast."], date: "2023-10-25" },
  ]);
  check([
    { text: ["A defence official said on Monday that talks went on.", "One.", "Two.", "Three.", "A strike hit a depot on Dec. 4."], date: null },
  ]);
});

describe("a running period's start anchors no weekday", () => {
  check([
    { text: "The spokeswoman told reporters on Tuesday that forces had been attacked 40 times since Oct. 17.", date: null },
    { text: "An official said on Thursday that there were about 100 attacks since last October 17.", date: null },
    { text: "The Pentagon said Monday it was the first such missile since the attacks began on Oct. 17.", date: null },
    { text: "A spokesman said on Friday that the number had doubled since the war started on Oct. 7.", date: null },
    { text: "Officials said on Wednesday that attacks had continued since the campaign erupted in October.", date: null },
  ]);
});

describe("an older statement quoted as background does not date the article", () => {
  check([
    { text: ["The fighting began at 5 a.m. on Dec. 27, 2023.", "On Dec. 19, 2023, the minister announced a new task force."], date: null },
    { text: ["Ships were hit on January 10, 2024.", "The alliance said on 2 January that it would respond."], date: null },
    { text: ["The minister said on Dec. 11 that a strike had come.", "A strike hit on Dec. 12 local time."], date: "2023-12-11" },
    { text: ["A convoy was struck on Nov. 29.", "The command announced on Nov. 30 that the convoy had been struck."], date: "2023-11-30" },
    { text: ["Rockets hit the base on Nov. 20.", "Officials said on Nov. 15 they expected more attacks."], date: null },
  ]);
});

describe("'today' dates the article by its latest reported day", () => {
  check([
    { text: ["The destroyer shot down several drones earlier today.", "The engagement took place on Sunday, Dec. 10, the Navy said."], date: "2023-12-10" },
    { text: ["Jets struck depots on Jan. 20.", "“Our reply started today,” the president said."], date: "2024-01-20" },
    { text: ["A frigate made the news today when it downed two drones.", "It had reached the sea on November 2, 2023."], date: "2023-11-02" },
    { text: ["Forces hit radar sites on Feb. 3.", "“This afternoon, at my order, our forces struck,” the president said."], date: "2024-02-03" },
    { text: ["Tonight the base was hit again.", "The first attack came on Oct. 19."], date: "2023-10-19" },
  ]);
  check([
    { text: "The base was attacked today, officials said.", date: null },
    { text: ["Rockets were fired on Nov. 20.", "On Nov. 22, 2023 the minister announced an inquiry.", "“We act today,” he said."], date: "2023-11-22" },
  ]);
});

describe("photo captions never date the article", () => {
  check([
    { text: ["Rockets hit the base.", "A soldier stands guard at a checkpoint, Friday, March 3, 2021, in Baghdad. (AP Photo/Jane Roe)"], date: null },
    { text: "Navy news\nFile photo: sailors on deck of the destroyer on Dec. 1, 2023.\nA frigate downed a drone.", date: null },
    { text: "Navy news\nFILE - A frigate is seen at port on May 5, 2019.\nA frigate downed a drone.", date: null },
    { text: "Navy news\nThe destroyer sails in the gulf on 4 June 2022. (Photo courtesy of the navy)\nA frigate downed a drone.", date: null },
    { text: "Navy news\nSailors load a launcher, Tuesday, Nov. 7, 2023, in the gulf.\nA frigate downed a drone.", date: null },
    { text: "Navy news\nA damaged ship is shown in this handout image taken on January 30, 2024.\nA frigate downed a drone.", date: null },
  ]);
});
