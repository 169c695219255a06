/**
 * A box-drawn terminal table with word-wrapped cells and rows that span all
 * columns (for the sentence under each event). It replaces cli-table3 for
 * the events table: cli-table3 measures every piece of every cell with an
 * emoji regular expression built afresh each time, about 45 ms an event, so
 * `sitrep query` took minutes on a few thousand events. Widths count code
 * points; the only escape sequences in cells are SGR colour codes
 * (highlight.ts), which take no width and are closed and reopened where a
 * cell wraps, so that a mark never bleeds into the border.
 */

export type TableRow = string[] | { span: string };

export interface TextTableOptions {
  /** Column widths including one space of padding each side (as cli-table3's colWidths). */
  widths: number[];
  /** Grey borders and a cyan head on a terminal. */
  tty: boolean;
}

const SGR = /\x1b\[[0-9;]*m/g;

/** Visible width: code points, without colour codes. */
export function visibleWidth(text: string): number {
  let n = 0;
  for (const _ of text.replace(SGR, "")) n++;
  return n;
}

/** Splits `text` into lines of at most `width` visible characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Leading spaces (an indented line) are kept.
    const indent = /^ */.exec(paragraph)![0];
    let line = indent;
    let lineWidth = indent.length;
    for (const word of paragraph.slice(indent.length).split(" ")) {
      let w = word;
      let ww = visibleWidth(w);
      const sep = lineWidth > indent.length || (lineWidth > 0 && line !== indent) ? 1 : 0;
      if (line === indent && indent !== "" && lineWidth + ww <= width) {
        line += w;
        lineWidth += ww;
        continue;
      }
      if (sep && lineWidth + 1 + ww <= width) {
        line += " " + w;
        lineWidth += 1 + ww;
        continue;
      }
      if (lineWidth > 0) out.push(line);
      // A word longer than the line is cut.
      while (ww > width) {
        const [head, rest] = cut(w, width);
        out.push(head);
        w = rest;
        ww = visibleWidth(w);
      }
      line = w;
      lineWidth = ww;
    }
    out.push(line);
  }
  return carryMarks(out);
}

/** The first `width` visible characters of `text` (colour codes kept), and the rest. */
function cut(text: string, width: number): [string, string] {
  let i = 0;
  let seen = 0;
  while (i < text.length && seen < width) {
    SGR.lastIndex = i;
    const m = /^\x1b\[[0-9;]*m/.exec(text.slice(i));
    if (m) {
      i += m[0].length;
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    seen++;
  }
  return [text.slice(0, i), text.slice(i)];
}

/** A colour code open at the end of a line is closed there and reopened on the next line. */
function carryMarks(lines: string[]): string[] {
  let open: string | null = null;
  return lines.map((line) => {
    const text = (open ?? "") + line;
    for (const m of line.matchAll(SGR)) open = /^\x1b\[(0|27|39|49)?m$/.test(m[0]) ? null : m[0];
    return open ? text + "\x1b[0m" : text;
  });
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - visibleWidth(text)));
}

export function renderTable(head: string[], rows: TableRow[], options: TextTableOptions): string {
  const { widths, tty } = options;
  const border = (s: string): string => (tty ? `\x1b[90m${s}\x1b[39m` : s);
  const rule = (left: string, join: string | null, right: string): string =>
    border(left + (join === null ? "─".repeat(widths.reduce((a, b) => a + b, 0) + widths.length - 1) : widths.map((w) => "─".repeat(w)).join(join)) + right);
  const cells = (texts: string[], colour = false): string[] => {
    const wrapped = texts.map((t, i) => wrap(t, widths[i]! - 2));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, l) =>
      border("│") +
        wrapped.map((w, i) => ` ${pad(colour && tty ? `\x1b[36m${w[l] ?? ""}\x1b[39m` : (w[l] ?? ""), widths[i]! - 2)} `).join(border("│")) +
        border("│"),
    );
  };
  const spanWidth = widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  const lines: string[] = [rule("┌", "┬", "┐"), ...cells(head, true)];
  let previousSpan = false;
  for (const row of rows) {
    if (Array.isArray(row)) {
      lines.push(previousSpan ? rule("├", "┬", "┤") : rule("├", "┼", "┤"), ...cells(row));
      previousSpan = false;
    } else {
      lines.push(previousSpan ? rule("├", null, "┤") : rule("├", "┴", "┤"));
      for (const l of wrap(row.span, spanWidth - 2)) lines.push(border("│") + ` ${pad(l, spanWidth - 2)} ` + border("│"));
      previousSpan = true;
    }
  }
  lines.push(previousSpan ? rule("└", null, "┘") : rule("└", "┴", "┘"));
  return lines.join("\n");
}
