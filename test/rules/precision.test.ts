/**
 * ACLED precisions. timePrecision: 1 a day, 2 a window of up to a week, 3
 * a month (such events are optional and left out, so 3 only comes from the
 * function). geoPrecision: 1 the named base or town, 2 near it, 3 only a
 * province, region or sea, null when nothing locates the event.
 */
import { describe, expect, it } from "vitest";
import { timePrecisionOf } from "../../src/fields/eventDates.js";
import { geoPrecisionOf } from "../../src/fields/places.js";
import type { DateMention } from "../../src/dates/index.js";
import { expectEvents, expectNoEvents, type EventView } from "./eventView.js";

const mention = (over: Partial<DateMention>): DateMention => ({
  span: { start: 0, end: 7, text: "October" },
  sentenceIndex: 0,
  precision: "day",
  date: null,
  range: null,
  role: "event",
  anchor: { date: "2023-11-24", source: "publication" },
  rule: "test",
  ...over,
} as DateMention);

describe("timePrecision", () => {
  it.each<[string, Partial<EventView>]>([
    ["A drone targeted U.S. forces at Ain al-Asad on Tuesday.", { date: "2023-11-21", timePrecision: 1 }],
    ["On Oct. 26, U.S. fighter jets struck two facilities near Abu Kamal used by the IRGC.", { date: "2023-10-26", timePrecision: 1 }],
    ["A drone attack targeted U.S. forces at Ain al-Asad in the early hours of Tuesday.", { date: "2023-11-21", timePrecision: 1 }],
    ["Militants fired rockets at U.S. forces at al-Tanf last week.", { date: null, dateRange: ["2023-11-13", "2023-11-19"], timePrecision: 2 }],
    ["U.S. forces were attacked with drones at Erbil earlier this week.", { date: null, timePrecision: 2 }],
    ["U.S. forces struck militia targets in Iraq between Monday and Wednesday.", { date: null, dateRange: ["2023-11-20", "2023-11-22"], timePrecision: 2 }],
  ])("time_precision_of_an_event_date: %s", (text, wanted) => {
    expectEvents(text, [wanted]);
  });

  it.each([["U.S. forces at al-Tanf were attacked in October, officials said."], ["American troops in Syria came under rocket fire several times in 2020."]])(
    "time_precision_month_or_coarser_events_are_left_out: %s",
    (text) => {
      expectNoEvents(text);
    },
  );

  it.each<[string, DateMention | undefined, 1 | 2 | 3 | null]>([
    ["a day", mention({ date: "2023-11-21" }), 1],
    ["a three-day window", mention({ precision: "range", range: ["2023-11-20", "2023-11-22"] }), 2],
    ["a month", mention({ precision: "month", range: ["2023-10-01", "2023-10-31"] }), 3],
    ["a month without a window", mention({ precision: "month" }), 3],
    ["no date", undefined, null],
  ])("time_precision_function_gives_%s", (_what, date, want) => {
    expect(timePrecisionOf(date)).toBe(want);
  });
});

describe("geoPrecision", () => {
  it.each<[string, Partial<EventView>]>([
    ["Rockets targeted U.S. forces at Erbil Air Base on Tuesday.", { place: "Erbil Air Base", geoPrecision: 1 }],
    ["A drone struck the U.S. Embassy compound in Baghdad on Friday.", { place: "US Embassy Baghdad", geoPrecision: 1 }],
    ["U.S. jets struck a militia headquarters in Jurf al-Sakhar on Tuesday.", { place: "Jurf al-Sakhar", geoPrecision: 1 }],
    ["A drone targeted U.S. forces near Erbil on Tuesday.", { place: "Erbil", geoPrecision: 2 }],
    ["Rockets struck south of Baghdad near a U.S. convoy on Tuesday.", { place: "Baghdad", geoPrecision: 2 }],
    ["U.S. aircraft struck a weapons depot outside Al-Qaim on Wednesday.", { place: "Al-Qaim", geoPrecision: 2 }],
    ["U.S. forces in Anbar province came under rocket attack on Monday.", { place: "Anbar", geoPrecision: 3 }],
    ["Drones targeted U.S. forces in western Iraq on Monday.", { place: null, country: "Iraq", geoPrecision: 3 }],
    ["U.S. warships shot down missiles in the Red Sea on Monday.", { place: null, country: "Red Sea", geoPrecision: 3 }],
    ["U.S. troops were targeted three times on Thursday, officials said.", { place: null, country: null, geoPrecision: null }],
  ])("geo_precision_of_an_event_place: %s", (text, wanted) => {
    expectEvents(text, [wanted]);
  });

  it("geo_precision_function_without_place_or_country_is_null", () => {
    expect(geoPrecisionOf(undefined, [])).toBeNull();
    expect(geoPrecisionOf(undefined, ["Yemen"])).toBe(3);
  });
});
