import { afterAll, describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  isIsoDate,
  mondayOfWeek,
  weekdayOf,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from "../../src/dates/index.js";
import { resolve } from "./helpers.js";

describe("UTC date arithmetic", () => {
  const weekdays: [string, number][] = [
    ["2023-12-03", 0],
    ["2023-11-24", 5],
    ["2024-02-29", 4],
    ["2023-10-07", 6],
  ];
  for (const [date, weekday] of weekdays) it(`weekdayOf ${date} = ${weekday}`, () => expect(weekdayOf(date)).toBe(weekday));

  it("adds days across month, year and DST boundaries", () => {
    expect(addDays("2023-10-31", 1)).toBe("2023-11-01");
    expect(addDays("2024-01-01", -1)).toBe("2023-12-31");
    expect(addDays("2023-03-26", 1)).toBe("2023-03-27");
    expect(addDays("2023-11-05", 1)).toBe("2023-11-06");
    expect(daysBetween("2023-10-17", "2023-12-15")).toBe(59);
  });

  it("clamps months", () => {
    expect(addMonths("2023-03-31", -1)).toBe("2023-02-28");
    expect(addMonths("2024-01-15", -1)).toBe("2023-12-15");
  });

  it("finds weeks and weekdays", () => {
    expect(mondayOfWeek("2023-10-27")).toBe("2023-10-23");
    expect(mondayOfWeek("2023-10-22")).toBe("2023-10-16");
    expect(weekdayOnOrBefore("2023-11-24", 5)).toBe("2023-11-24");
    expect(weekdayOnOrBefore("2023-11-24", 1)).toBe("2023-11-20");
    expect(weekdayOnOrAfter("2023-12-03", 1)).toBe("2023-12-04");
  });

  it("validates ISO dates", () => {
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-1-5")).toBe(false);
  });
});

describe("time zone independence", () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });
  for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles"]) {
    it(`resolves the same in ${tz}`, () => {
      process.env.TZ = tz;
      const mentions = resolve(
        ["Rockets hit the base late Monday.", "The day before, a drone was downed.", "The attack came last night."],
        "2023-11-24",
      );
      expect(mentions.map((m) => m.date)).toEqual(["2023-11-20", "2023-11-19", "2023-11-23"]);
      expect(weekdayOf("2023-11-24")).toBe(5);
    });
  }
});
