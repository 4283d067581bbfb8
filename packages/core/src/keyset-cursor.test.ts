import { describe, expect, it } from "vitest";
import { afterKeyset, decodeKeysetCursor, encodeKeysetCursor } from "./keyset-cursor.ts";

describe("keyset cursor", () => {
  it("round-trips a position", () => {
    const position = { at: new Date("2026-12-01T10:00:00.123Z"), id: "cmx1abc_DEF-9" };
    expect(decodeKeysetCursor(encodeKeysetCursor(position))).toEqual(position);
  });

  it("refuses anything it did not write", () => {
    for (const bad of ["", "abc", Buffer.from("12.").toString("base64url"), Buffer.from("x.y").toString("base64url"), "a".repeat(500)]) {
      expect(decodeKeysetCursor(bad)).toBeNull();
    }
    expect(decodeKeysetCursor(Buffer.from("1.a'; DROP TABLE").toString("base64url"))).toBeNull();
  });

  it("continues strictly after the position", () => {
    const at = new Date(5);
    expect(afterKeyset("createdAt", { at, id: "b" })).toEqual({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: "b" } }] });
  });
});
