import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSessionToken, sessionIdFromToken } from "./session-token.ts";

describe("generateSessionToken", () => {
  it("encodes 20 random bytes as 32 lower-case base32 characters without padding", () => {
    const token = generateSessionToken();
    expect(token).toMatch(/^[a-z2-7]{32}$/);
  });

  it("never repeats", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
    expect(tokens.size).toBe(1000);
  });
});

describe("sessionIdFromToken", () => {
  it("is the hex SHA-256 of the token, so the stored id cannot be used as a cookie", () => {
    const token = generateSessionToken();
    const expected = createHash("sha256").update(token).digest("hex");
    expect(sessionIdFromToken(token)).toBe(expected);
    expect(sessionIdFromToken(token)).not.toContain(token);
  });
});
