import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "./woff-to-sfnt.ts";

const fontRoot = dirname(createRequire(import.meta.url).resolve("@fontsource/noto-nastaliq-urdu/LICENSE"));

/** The table directory of an sfnt file: tag → [offset, length]. */
function tablesOf(sfnt: Buffer): Map<string, [number, number]> {
  const tables = new Map<string, [number, number]>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    const entry = 12 + i * 16;
    tables.set(sfnt.toString("latin1", entry, entry + 4), [sfnt.readUInt32BE(entry + 8), sfnt.readUInt32BE(entry + 12)]);
  }
  return tables;
}

describe("woffToSfnt", () => {
  it("unwraps the Urdu font the pages ship into a TrueType file with every table, each on a 4-byte boundary", async () => {
    const woff = await readFile(join(fontRoot, "files/noto-nastaliq-urdu-arabic-400-normal.woff"));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(sfnt.length).toBe(Math.ceil(woff.readUInt32BE(16) / 4) * 4);
    const tables = tablesOf(sfnt);
    // What shaping Nastaliq needs: glyphs, and the substitution and positioning rules.
    for (const tag of ["cmap", "glyf", "GSUB", "GPOS"]) expect(tables.has(tag)).toBe(true);
    for (const [offset, length] of tables.values()) {
      expect(offset % 4).toBe(0);
      expect(offset + length).toBeLessThanOrEqual(sfnt.length);
    }
  });

  it("refuses what is not WOFF 1.0, and a table that does not inflate to its stated length", () => {
    expect(() => woffToSfnt(Buffer.from("OTTO not a woff at all, not at all"))).toThrow("not a WOFF 1.0 font");
    const table = deflateSync(Buffer.from("abcdefgh"));
    const woff = Buffer.alloc(44 + 20 + table.length);
    woff.write("wOFF", 0, "latin1");
    woff.writeUInt16BE(1, 12);
    woff.write("test", 44, "latin1");
    woff.writeUInt32BE(64, 48);
    woff.writeUInt32BE(table.length, 52);
    woff.writeUInt32BE(9999, 56);
    table.copy(woff, 64);
    expect(() => woffToSfnt(woff)).toThrow("does not inflate");
  });
});
