import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type SearchCursor } from "./search-cursor.ts";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("search cursor", () => {
  it("round-trips every order's keys exactly", () => {
    const cursors: SearchCursor[] = [
      { o: "text", k: [6.123456789012345], id: "g1", n: 40 },
      { o: "boost", k: [5.929053519332903], id: "g2", n: 0 },
      { o: "price_asc", k: [500_000], id: "g3", n: 7 },
      { o: "rating", k: [4.833333333333333, 12], id: "g4", n: 12 },
      { o: "newest", k: [1_767_225_600_123], id: "g5", n: 100_000 },
    ];
    for (const cursor of cursors) expect(decodeCursor(encodeCursor(cursor), cursor.o)).toEqual(cursor);
  });

  it("is URL-safe text", () => {
    expect(encodeCursor({ o: "text", k: [1.5], id: "ÿÿÿ?>>", n: 3 })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ["not base64 JSON", "%%%", "price_asc"],
    ["JSON that is not a cursor", encode({ hello: 1 }), "price_asc"],
    ["a text key for a number", encode({ o: "price_asc", k: ["1; DROP TABLE x"], id: "a" }), "price_asc"],
    ["a fractional price", encode({ o: "price_asc", k: [1.5], id: "a" }), "price_asc"],
    ["a price beyond int4", encode({ o: "price_asc", k: [2 ** 31], id: "a" }), "price_asc"],
    ["a date beyond year 9999", encode({ o: "newest", k: [9e15], id: "a" }), "newest"],
    ["a missing id", encode({ o: "boost", k: [1] }), "boost"],
    ["too many keys", encode({ o: "boost", k: [1, 2], id: "a" }), "boost"],
    ["a rating without its review count", encode({ o: "rating", k: [4.5], id: "a", n: 1 }), "rating"],
    ["a negative count", encode({ o: "boost", k: [1], id: "a", n: -1 }), "boost"],
    ["no count", encode({ o: "boost", k: [1], id: "a" }), "boost"],
  ] as const)("rejects %s as BAD_INPUT on the cursor field", (_, value, order) => {
    expect(() => decodeCursor(value, order)).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { cursor: { key: "search:errors.cursor" } } }),
    );
  });

  it("rejects a cursor of another order", () => {
    expect(() => decodeCursor(encodeCursor({ o: "price_asc", k: [100], id: "a", n: 3 }), "price_desc")).toThrow(
      expect.objectContaining({ code: "BAD_INPUT" }),
    );
  });
});
