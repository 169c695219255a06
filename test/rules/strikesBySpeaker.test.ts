/**
 * A US speaker who says "it" or "they" struck: the speaker's own forces are
 * the striker ("The Pentagon said it had struck back …", "CENTCOM said its
 * forces conducted …"). A speaker saying it was attacked is no striker.
 * What US forces destroy on the ground (a radar site, a depot, a launcher)
 * is struck, not intercepted.
 */
import { describe, it } from "vitest";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

describe("strikes told by their US speaker", () => {
  it.each<[string, Array<Partial<EventView>>]>([
    ["The Pentagon said it had struck back at Kataib Hezbollah with precision strikes on three facilities in Iraq on Wednesday.", [{ kind: "strike", country: "Iraq" }]],
    ["U.S. Central Command said it conducted strikes on Houthi radar sites in Yemen on Monday.", [{ kind: "strike", country: "Yemen" }]],
    ["Washington said it had carried out strikes on militia targets in eastern Syria on Friday.", [{ kind: "strike", country: "Syria" }]],
    ["U.S. officials said they bombed two weapons depots near Abu Kamal on Sunday.", [{ kind: "strike", place: "Abu Kamal" }]],
    ["The U.S. military said Thursday it had hit 14 Houthi missiles that were loaded on launchers in Yemen.", [{ kind: "strike", country: "Yemen" }]],
    ["CENTCOM announced that it destroyed a Houthi surface-to-air missile launcher in Yemen late Thursday.", [{ kind: "strike", country: "Yemen" }]],
  ])("strike_by_speaker_pronoun: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each<[string, Array<Partial<EventView>>]>([
    ["U.S. forces destroyed a Houthi radar site near Hodeidah on Monday.", [{ kind: "strike", place: "Hodeidah" }]],
    ["American jets took out a weapons depot used by the militia in eastern Syria on Sunday.", [{ kind: "strike", country: "Syria" }]],
    ["U.S. Navy helicopters destroyed three Houthi boats in the southern Red Sea on Sunday.", [{ kind: "strike" }]],
    // in the air it is an interception
    ["U.S. forces engaged and destroyed a drone launched toward the base in Syria on Monday.", [{ kind: "attack", country: "Syria" }]],
    ["The USS Carney destroyed two drones over the Red Sea on Monday.", [{ kind: "attack", country: "Red Sea" }]],
    ["American warplanes bombarded Houthi-controlled airfields and radar installations across western Yemen early Friday.", [{ kind: "strike", country: "Yemen" }]],
    ["U.S. jets hammered militia weapons stores near Abu Kamal overnight Saturday.", [{ kind: "strike", place: "Abu Kamal" }]],
  ])("destroyed_on_the_ground_is_a_strike: %s", (text, wanted) => {
    expectEvents(text, wanted);
  });

  it.each([
    ["The Pentagon said it had been warned of possible drone launches on Friday."],
    ["U.S. officials said they expected further strikes in the coming days."],
  ])("strike_by_speaker_pronoun_not: %s", (text) => {
    expectNoEvents(text);
  });
});
