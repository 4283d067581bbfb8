import { describe, expect, it } from "vitest";
import { SESSION_DURATION_MS, SESSION_MAX_AGE_MS, sessionEndsAt, sessionExpiresAt, sessionState } from "./session-expiry.ts";

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const now = new Date("2026-03-01T12:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * DAY);
// A session created today, unless a test says when.
const session = (expiresAt: Date, createdAt = now) => ({ createdAt, expiresAt });

describe("session expiry", () => {
  it("lasts 30 days from now, and at most 90 days from its creation", () => {
    expect(SESSION_DURATION_MS).toBe(30 * DAY);
    expect(SESSION_MAX_AGE_MS).toBe(90 * DAY);
    expect(sessionExpiresAt(now, now)).toEqual(inDays(30));
    expect(sessionEndsAt(now)).toEqual(inDays(90));
  });

  it("is fresh while at least 15 days remain", () => {
    expect(sessionState(session(inDays(30)), now)).toBe("fresh");
    expect(sessionState(session(inDays(15)), now)).toBe("fresh");
  });

  it("slides once less than 15 days remain", () => {
    expect(sessionState(session(new Date(inDays(15).getTime() - 1)), now)).toBe("renew");
    expect(sessionState(session(inDays(1)), now)).toBe("renew");
    expect(sessionState(session(new Date(now.getTime() + 1)), now)).toBe("renew");
  });

  it("is expired at and after its expiry instant", () => {
    expect(sessionState(session(now), now)).toBe("expired");
    expect(sessionState(session(inDays(-1)), now)).toBe("expired");
  });
});

describe("the absolute lifetime", () => {
  it("ends a session 90 days after its creation even though it was used a minute ago", () => {
    // Used every day since it began: renewed a minute ago, 29 days of idle life left.
    const createdAt = inDays(-90);
    const usedAMinuteAgo = new Date(now.getTime() - MINUTE);
    const stored = session(new Date(usedAMinuteAgo.getTime() + 29 * DAY), createdAt);
    expect(sessionState(stored, new Date(sessionEndsAt(createdAt).getTime() - 1))).toBe("fresh");
    expect(sessionState(stored, now)).toBe("expired");
    expect(sessionState(stored, inDays(1))).toBe("expired");
  });

  it("renews no further than the absolute end", () => {
    const createdAt = inDays(-80);
    // 10 days left of both: the slide stops at the absolute end, not 30 days on.
    expect(sessionExpiresAt(createdAt, now)).toEqual(inDays(10));
    expect(sessionExpiresAt(createdAt, now)).toEqual(sessionEndsAt(createdAt));
    // Expiring before the end: slides up to it, once.
    expect(sessionState(session(inDays(5), createdAt), now)).toBe("renew");
    // Already expiring at the end: nothing to slide, so no write on every request.
    expect(sessionState(session(inDays(10), createdAt), now)).toBe("fresh");
  });

  it("slides the full 30 days while the absolute end is further away", () => {
    const createdAt = inDays(-50);
    expect(sessionExpiresAt(createdAt, now)).toEqual(inDays(30));
    expect(sessionState(session(inDays(10), createdAt), now)).toBe("renew");
  });
});
