import { describe, expect, it } from "vitest";
import {
  HOST_SESSION_COOKIE,
  SESSION_COOKIE,
  readCookie,
  readSessionCookie,
  serializeBlankSessionCookie,
  serializeSessionCookie,
  sessionCookieName,
} from "./cookie.ts";
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

describe("the session cookie's name", () => {
  const token = generateSessionToken();
  const expiresAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);

  it("is __Host-hunar_session under https, hunar_session over plain http (the default in tests)", () => {
    expect(sessionCookieName(true)).toBe("__Host-hunar_session");
    expect(sessionCookieName(false)).toBe("hunar_session");
    expect(sessionCookieName()).toBe(SESSION_COOKIE);
    expect(serializeSessionCookie(token, expiresAt).startsWith(`${SESSION_COOKIE}=${token}; `)).toBe(true);
  });

  it("under https has what browsers demand of a __Host- cookie: Secure, Path=/, no Domain", () => {
    // Even when the unprefixed cookie would not be Secure: without it browsers drop a __Host- cookie.
    for (const secure of [true, false]) {
      const cookie = serializeSessionCookie(token, expiresAt, { https: true, secure });
      expect(cookie.startsWith(`${HOST_SESSION_COOKIE}=${token}; `)).toBe(true);
      expect(attributes(cookie)).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Path=/", "Secure"]));
      expect(cookie).not.toMatch(/Domain=/i);
    }
    const blank = serializeBlankSessionCookie({ https: true });
    expect(blank.startsWith(`${HOST_SESSION_COOKIE}=;`)).toBe(true);
    expect(attributes(blank)).toEqual(expect.arrayContaining(["Max-Age=0", "Path=/", "Secure"]));
  });

  it("over plain http is hunar_session with no Domain either", () => {
    const cookie = serializeSessionCookie(token, expiresAt, { https: false, secure: false });
    expect(cookie.startsWith(`${SESSION_COOKIE}=${token}; `)).toBe(true);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Lax", "Path=/"]));
    expect(cookie).not.toMatch(/Secure|Domain=/i);
  });
});

describe("reading the token", () => {
  it("finds it among other cookies", () => {
    const token = generateSessionToken();
    expect(readSessionCookie(`lng=ur; ${SESSION_COOKIE}=${token}; theme=dark`)).toEqual({ token, prefixed: false });
    expect(readCookie(`lng=ur; ${SESSION_COOKIE}=${token}`, "lng")).toBe("ur");
  });

  it("takes the prefixed cookie first, and the unprefixed one when there is no usable prefixed one", () => {
    const [prefixed, plain] = [generateSessionToken(), generateSessionToken()];
    expect(readSessionCookie(`${HOST_SESSION_COOKIE}=${prefixed}`)).toEqual({ token: prefixed, prefixed: true });
    expect(readSessionCookie(`${SESSION_COOKIE}=${plain}; ${HOST_SESSION_COOKIE}=${prefixed}`)).toEqual({
      token: prefixed,
      prefixed: true,
    });
    expect(readSessionCookie(`${HOST_SESSION_COOKIE}=; ${SESSION_COOKIE}=${plain}`)).toEqual({ token: plain, prefixed: false });
  });

  it("ignores absent, empty and malformed values", () => {
    expect(readSessionCookie(undefined)).toBeNull();
    expect(readSessionCookie("lng=en")).toBeNull();
    expect(readSessionCookie(`${SESSION_COOKIE}=`)).toBeNull();
    expect(readSessionCookie(`${SESSION_COOKIE}=abc'; drop table`)).toBeNull();
    expect(readSessionCookie(`${HOST_SESSION_COOKIE}=abc'; drop table`)).toBeNull();
    expect(readSessionCookie(`x${SESSION_COOKIE}=${generateSessionToken()}`)).toBeNull();
    // Cookie names are case-sensitive: a look-alike is not the prefixed cookie.
    expect(readSessionCookie(`__host-hunar_session=${generateSessionToken()}`)).toBeNull();
  });
});
