/**
 * Naval engagements (issue 13, item 1): a US ship, jet or air defence that
 * shoots down, takes down or intercepts drones and missiles engaged an
 * attack — an attack by the launcher, in the sea where it happened (never
 * the land the drones came from). A ship is US by its USS prefix, a listed
 * name, or a US word in its noun phrase; a foreign navy alone is not.
 * Headlines state the news without a date.
 */
import { describe, expect, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("naval engagements", () => {
  it.each<[string, Partial<EventView>]>([
    ["The USS Gravely, an Arleigh Burke-class destroyer on patrol in the Red Sea, on Monday shot down three drones launched by the Houthis.", { date: "2023-11-20", country: "Red Sea", actor: "Houthis", weapons: ["drone"], outcome: "intercepted" }],
    ["A U.S. destroyer took down two one-way attack drones in the Gulf of Aden on Wednesday.", { date: "2023-11-22", country: "Gulf of Aden", weapons: ["drone"] }],
    ["The destroyer Carney brought down a cruise missile fired from Houthi-held Yemen on Tuesday.", { date: "2023-11-21", weapons: ["missile"] }],
    ["US and British warships intercepted eighteen drones and three missiles over the southern Red Sea on Thursday.", { date: "2023-11-23", country: "Red Sea", weapons: ["drone", "missile"] }],
    ["A Navy ship downed several drones that were flying toward it from areas of Yemen under Houthi control on Sunday.", { date: "2023-11-19", weapons: ["drone"] }],
    ["Navy fighter jets shot down a dozen Houthi drones over the Red Sea on Saturday, the military said.", { date: "2023-11-18", country: "Red Sea", actor: "Houthis" }],
  ])("a US interceptor engaged an attack: %s", (text, fields) => {
    expectEvents(text, [{ kind: "attack", ...fields }]);
  });

  it.each<string>([
    "The USS Mason, a guided-missile destroyer, on Friday knocked down an anti-ship missile launched from Yemen.",
    "A U.S. Navy warship fended off a barrage of Houthi drones in the Red Sea on Friday.",
    "The destroyer USS Laboon shoots down drones over the Red Sea",
  ])("the land the drones came from is not the place: %s", (text) => {
    for (const e of expectEvents(text, [{ kind: "attack" }])) if (e.country !== null) expect(e.country).not.toBe("Yemen");
  });

  it("a ship's shoot-down with no sea named takes the sea the article names", () => {
    expectEvents(
      "Houthi attacks on shipping in the Red Sea have grown. The destroyer USS Carney shot down four drones on Saturday, officials said.",
      [{ kind: "attack", date: "2023-11-18", country: "Red Sea" }],
    );
  });

  it("a headline without a date takes the body's date and is one event with it", () => {
    const events = expectEvents(
      "US warship shoots down Houthi drones over Red Sea\nThe USS Carney shot down four drones over the Red Sea on Saturday, the Pentagon said.",
      [{ kind: "attack", date: "2023-11-18", country: "Red Sea" }],
    );
    expect(events).toHaveLength(1);
  });

  it("a headline the body does not restate is the news of its publication day", () => {
    expectEvents("Navy destroyer shoots down three drones in the Red Sea\nShipping companies say insurance costs have risen.", [{ kind: "attack", date: "2023-11-24" }]);
  });

  it.each<string>([
    "The French Navy's frigate Languedoc intercepted two drones in the Red Sea on Sunday.",
    "A British destroyer shot down a Houthi drone over the Red Sea on Saturday.",
    "Egyptian air defenses intercepted an object near the Red Sea resort of Dahab on Friday.",
    "The destroyer was escorting a tanker through the Red Sea on Monday.",
    "Houthi air defenses claimed to have shot down a drone over Sanaa on Tuesday.",
  ])("no US interceptor, no event: %s", (text) => {
    expectNoEvents(text);
  });
});
