/**
 * A possessive date naming an event ("Monday night's attack", "Sunday's
 * drone strike") is the event's day, even right after a reporting or claim
 * verb that would otherwise make it the statement's.
 */
import { describe, expect, it } from "vitest";
import { mention, resolve } from "./helpers.js";

describe("a possessive date names its event's day", () => {
  it.each<[string, string, string]>([
    ["The Islamic Resistance in Iraq claimed Monday night's attack on Erbil.", "Monday night", "2023-12-11"],
    ["Kataib Hezbollah said Sunday's drone strike on the base was a warning.", "Sunday", "2023-12-10"],
    ["Officials confirmed Tuesday's rocket attack on the embassy caused no damage.", "Tuesday", "2023-12-12"],
    ["The group announced Saturday's assault in a Telegram post.", "Saturday", "2023-12-09"],
    ["The Pentagon described Wednesday's strikes as self-defense.", "Wednesday", "2023-12-13"],
  ])("possessive_date_is_the_event_day: %s", (text, span, date) => {
    const m = mention(resolve(text, "2023-12-15"), span);
    expect([m.role, m.date]).toEqual(["event", date]);
  });

  it.each<[string, string]>([
    // a plain reporting verb before a date keeps it the statement's
    ["The group claimed on Monday that it had fired drones at the base.", "Monday"],
    ["CENTCOM said Tuesday that drones were shot down.", "Tuesday"],
  ])("possessive_date_not: %s", (text, span) => {
    expect(mention(resolve(text, "2023-12-15"), span).role).toBe("statement");
  });
});
