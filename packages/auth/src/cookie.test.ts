import { describe, expect, it } from "vitest";
import { SESSION_COOKIE, readCookie, readSessionToken, serializeBlankSessionCookie, serializeSessionCookie } from "./cookie.ts";
import { generateSessionToken } from "./session-token.ts";

const attributes = (cookie: string) => cookie.split("; ").slice(1);

describe("session cookie", () => {
  const token = generateSessionToken();
  const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);

  it("is HttpOnly, SameSite=Lax, Path=/ and Secure outside development", () => {
    const cookie = serializeSessionCookie(token, expiresAt, { secure: true });
    expect(cookie.startsWith(`${SESSION_COOKIE}=${token}; `)).toBe(true);
    expect(attributes(cookie)).toEqual(
      expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Path=/", "Secure", `Expires=${expiresAt.toUTCString()}`]),
    );
    const maxAge = Number(
      attributes(cookie)
        .find((a) => a.startsWith("Max-Age="))
        ?.slice(8),
    );
    expect(maxAge).toBeGreaterThan(29 * 24 * 3600);
  });

  it("drops Secure only when asked (development over plain http)", () => {
    expect(attributes(serializeSessionCookie(token, expiresAt, { secure: false }))).not.toContain("Secure");
  });

  it("is Secure by default in tests and production", () => {
    expect(attributes(serializeSessionCookie(token, expiresAt))).toContain("Secure");
  });

  it("blanks the cookie with an immediate expiry", () => {
    const blank = serializeBlankSessionCookie({ secure: true });
    expect(blank.startsWith(`${SESSION_COOKIE}=;`)).toBe(true);
    expect(attributes(blank)).toEqual(expect.arrayContaining(["Max-Age=0", "HttpOnly", "SameSite=Lax", "Path=/", "Secure"]));
  });
});

describe("reading the token", () => {
  it("finds it among other cookies", () => {
    const token = generateSessionToken();
    expect(readSessionToken(`lng=ur; ${SESSION_COOKIE}=${token}; theme=dark`)).toBe(token);
    expect(readCookie(`lng=ur; ${SESSION_COOKIE}=${token}`, "lng")).toBe("ur");
  });

  it("ignores absent, empty and malformed values", () => {
    expect(readSessionToken(undefined)).toBeNull();
    expect(readSessionToken("lng=en")).toBeNull();
    expect(readSessionToken(`${SESSION_COOKIE}=`)).toBeNull();
    expect(readSessionToken(`${SESSION_COOKIE}=abc'; drop table`)).toBeNull();
    expect(readSessionToken(`x${SESSION_COOKIE}=${generateSessionToken()}`)).toBeNull();
  });
});
