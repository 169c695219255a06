import { describe, it, expect } from "vitest";
import { decodeArticleBytes } from "../../src/text/decode.js";

const SAMPLE = "Rockets hit the base at dawn. Two guards were hurt.";

function utf16le(s: string): Buffer {
  return Buffer.from(s, "utf16le");
}
function utf16be(s: string): Buffer {
  return Buffer.from(s, "utf16le").swap16();
}

describe("decodeArticleBytes_accepts_text", () => {
  const cases: Array<[string, Buffer, string, string, string | null]> = [
    ["plain UTF-8", Buffer.from(SAMPLE, "utf8"), SAMPLE, "utf-8", null],
    ["UTF-8 with accents", Buffer.from("Caf\u00E9 near the \u201Cred zone\u201D.", "utf8"), "Caf\u00E9 near the \u201Cred zone\u201D.", "utf-8", null],
    ["UTF-8 BOM stripped", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), SAMPLE, "utf-8", null],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(SAMPLE + " \u2014 \u00E9")]), SAMPLE + " \u2014 \u00E9", "utf-16le", "utf16le-bom"],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE + " \u2014 \u00E9")]), SAMPLE + " \u2014 \u00E9", "utf-16be", "utf16be-bom"],
    ["UTF-16LE without BOM", utf16le(SAMPLE), SAMPLE, "utf-16le", "utf16le-no-bom"],
    ["UTF-16BE without BOM", utf16be(SAMPLE), SAMPLE, "utf-16be", "utf16be-no-bom"],
    // "Café – 5 km" in Windows-1252: é = E9, en dash = 96.
    ["Latin-1 bytes", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x20, 0x6b, 0x6d]), "Caf\u00E9 \u2013 5 km", "windows-1252", "latin1-fallback"],
  ];
  it.each(cases)("%s", (_name, buf, text, encoding, warning) => {
    const r = decodeArticleBytes(buf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(text);
    expect(r.encoding).toBe(encoding);
    if (warning === null) expect(r.warnings).toEqual([]);
    else expect(r.warnings.map((w) => w.split(":")[0])).toEqual([warning]);
  });
});

describe("decodeArticleBytes_refuses", () => {
  const cases: Array<[string, Buffer, string, RegExp]> = [
    ["empty file", Buffer.alloc(0), "empty", /^file is empty \(0 bytes\)/],
    ["white space only", Buffer.from("  \n\t \r\n"), "empty", /white space/],
    ["BOM only", Buffer.from([0xef, 0xbb, 0xbf]), "empty", /empty/],
    ["UTF-16 BOM and spaces", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("   \n")]), "empty", /white space/],
    ["NUL bytes", Buffer.concat([Buffer.from("GIF89a header"), Buffer.from([0, 1, 2, 0, 0, 7, 0xff, 0, 0x10])]), "binary", /NUL bytes at offset 13/],
    ["control bytes", Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), "binary", /control bytes/],
  ];
  it.each(cases)("%s", (_name, buf, code, reason) => {
    const r = decodeArticleBytes(buf);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.reason).toMatch(reason);
  });
});
