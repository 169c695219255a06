/** The events table's renderer: every line the same width, words wrapped, colour marks closed at each line end. */
import { describe, expect, it } from "vitest";
import { renderTable, visibleWidth, wrap } from "../../src/query/textTable.js";

describe("text table", () => {
  it("wraps_at_spaces_and_cuts_overlong_words", () => {
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrap("abcdefghijkl xy", 5)).toEqual(["abcde", "fghij", "kl xy"]);
    expect(wrap("a\nb c", 10)).toEqual(["a", "b c"]);
    expect(wrap("  — key, sentence 4", 40)).toEqual(["  — key, sentence 4"]);
  });

  it("a_mark_that_wraps_is_closed_and_reopened", () => {
    const lines = wrap("before \x1b[7mmarked words here\x1b[27m after", 14);
    for (const l of lines) expect(visibleWidth(l)).toBeLessThanOrEqual(14);
    expect(lines[0]).toMatch(/\x1b\[0m$/);
    expect(lines[1]).toMatch(/^\x1b\[7m/);
  });

  it("every_line_has_the_table_s_width_and_spanning_rows_hold_the_text", () => {
    const widths = [6, 12, 10];
    const out = renderTable(["id", "where", "who"], [["#1", "al-Asad Air Base, Iraq", "Islamic Resistance"], { span: "A long sentence that must wrap over several lines of the table to fit." }, ["#2", "Syria", "?"]], { widths, tty: false });
    const lines = out.split("\n");
    const total = widths.reduce((a, b) => a + b, 0) + widths.length + 1;
    for (const l of lines) expect(visibleWidth(l), l).toBe(total);
    expect(lines[0]).toMatch(/^┌─+┬─+┬─+┐$/);
    expect(out.replace(/[│\s]+/g, " ")).toContain("A long sentence that must wrap over several lines of the table to fit.");
    expect(lines.at(-1)).toMatch(/^└─+┴─+┴─+┘$/);
  });

  it("renders_thousands_of_rows_in_linear_time", () => {
    // Not a timing assert: the rows are all there, and each costs the same.
    const rows = Array.from({ length: 3000 }, (_, i) => [`#${i}`, "Erbil, Iraq", "Houthis"]);
    expect(renderTable(["id", "where", "who"], rows, { widths: [8, 14, 10], tty: true }).split("\n").length).toBe(3000 * 2 + 3);
  });
});
