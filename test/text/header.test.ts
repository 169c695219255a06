import { describe, it, expect } from "vitest";
import { splitDateHeader } from "../../src/text/header.js";

describe("splitDateHeader", () => {
  const cases: Array<[string, string, string | null, string]> = [
    ["header and body on one line", " date 2024-03-02 Militants shelled the port.", "2024-03-02", "Militants shelled the port."],
    ["no leading space", "date 2021-07-15 A drone fell.", "2021-07-15", "A drone fell."],
    ["header on its own line", "date 2022-01-31\nThe convoy was ambushed.\nNo one was hurt.", "2022-01-31", "The convoy was ambushed.\nNo one was hurt."],
    ["leading blank lines", "\n\n  date 2020-02-29  Rockets fell.", "2020-02-29", "Rockets fell."],
    ["no header", "Rockets fell on 2023-05-01.", null, "Rockets fell on 2023-05-01."],
    ["date word later in text", "The date 2023-05-01 was chosen.", null, "The date 2023-05-01 was chosen."],
    ["impossible date", " date 2023-02-30 Rockets fell.", null, " date 2023-02-30 Rockets fell."],
    ["not an ISO date", " date 2023-5-1 Rockets fell.", null, " date 2023-5-1 Rockets fell."],
    ["date glued to more digits", " date 2023-05-011 Rockets fell.", null, " date 2023-05-011 Rockets fell."],
  ];
  it.each(cases)("%s", (_name, raw, published, body) => {
    expect(splitDateHeader(raw)).toEqual({ published, body });
  });
});
