/**
 * One night told with two days ("overnight Saturday", "late Friday into
 * Saturday") is one date: a bare "overnight" gives way to the day named
 * beside it, and a day after "into" continues the day before it.
 */
import { describe, expect, it } from "vitest";
import { resolve } from "./helpers.js";
import { expectEvents } from "../rules/eventView.js";

// 2024-01-25 is a Thursday: Saturday is 2024-01-20, Sunday 2024-01-21.
const PUBLISHED = "2024-01-25";

describe("a night told with two days is one date", () => {
  it.each<[string, string, string]>([
    ["U.S. jets pounded Houthi radar sites overnight Saturday.", "Saturday", "2024-01-20"],
    ["U.S. jets pounded Houthi radar sites overnight on Saturday, officials said.", "Saturday", "2024-01-20"],
    ["Rockets struck the base overnight into Sunday.", "Sunday", "2024-01-21"],
    ["Militants fired drones at the outpost late Saturday into Sunday.", "Saturday", "2024-01-20"],
    ["The strikes ran from Friday night into early Saturday.", "Friday night", "2024-01-19"],
    ["Drones were shot down overnight Friday into Saturday near al-Tanf.", "Friday", "2024-01-19"],
  ])("night_into_day_one_date: %s", (text, span, date) => {
    const days = resolve(text, PUBLISHED).filter((m) => m.precision === "day");
    expect(days.map((m) => [m.span.text, m.date])).toEqual([[span, date]]);
  });

  it.each<[string, string[]]>([
    // a bare overnight keeps its own reading
    ["U.S. jets pounded Houthi radar sites overnight, officials said Tuesday.", ["overnight", "Tuesday"]],
    // two days of two actions stay two
    ["Rockets hit the base on Saturday and drones struck it again on Sunday.", ["Saturday", "Sunday"]],
  ])("night_into_day_not: %s", (text, spans) => {
    expect(resolve(text, PUBLISHED).map((m) => m.span.text)).toEqual(spans);
  });

  it("night_into_day_makes_one_event", () => {
    expectEvents("American F-15E jets pounded Houthi radar sites along Yemen's coast overnight into Sunday.", [{ kind: "strike", date: "2024-01-21" }], PUBLISHED);
  });
});
