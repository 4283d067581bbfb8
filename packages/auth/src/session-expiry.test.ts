import { describe, expect, it } from "vitest";
import { SESSION_DURATION_MS, sessionExpiresAt, sessionState } from "./session-expiry.ts";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-03-01T12:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * DAY);

describe("session expiry", () => {
  it("lasts 30 days from now", () => {
    expect(SESSION_DURATION_MS).toBe(30 * DAY);
    expect(sessionExpiresAt(now)).toEqual(inDays(30));
  });

  it("is fresh while at least 15 days remain", () => {
    expect(sessionState(inDays(30), now)).toBe("fresh");
    expect(sessionState(inDays(15), now)).toBe("fresh");
  });

  it("slides once less than 15 days remain", () => {
    expect(sessionState(new Date(inDays(15).getTime() - 1), now)).toBe("renew");
    expect(sessionState(inDays(1), now)).toBe("renew");
    expect(sessionState(new Date(now.getTime() + 1), now)).toBe("renew");
  });

  it("is expired at and after its expiry instant", () => {
    expect(sessionState(now, now)).toBe("expired");
    expect(sessionState(inDays(-1), now)).toBe("expired");
  });
});
