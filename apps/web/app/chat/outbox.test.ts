// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { isDefinitiveRefusal, loadOutbox, outboxKey, saveOutbox, type OutboxItem } from "./outbox.ts";

const item = (clientMessageId: string, conversationId = "c1"): OutboxItem => ({
  clientMessageId,
  conversationId,
  body: "سلام، کیا آپ لوگو بنا سکتی ہیں؟",
  attachments: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  status: "sending",
  error: null,
});

describe("the outbox kept in local storage", () => {
  beforeEach(() => window.localStorage.clear());

  it("survives a reload per user and conversation, keeping each message's client id", () => {
    saveOutbox("u1", "c1", [item("a1b2c3d4-1"), item("a1b2c3d4-2")]);
    expect(loadOutbox("u1", "c1").map((i) => i.clientMessageId)).toEqual(["a1b2c3d4-1", "a1b2c3d4-2"]);
    // Another account on the same browser, or another conversation, never sees it.
    expect(loadOutbox("u2", "c1")).toEqual([]);
    expect(loadOutbox("u1", "c2")).toEqual([]);
  });

  it("forgets the key once empty and ignores damaged entries", () => {
    saveOutbox("u1", "c1", []);
    expect(window.localStorage.getItem(outboxKey("u1", "c1"))).toBeNull();
    window.localStorage.setItem(outboxKey("u1", "c1"), "{not json");
    expect(loadOutbox("u1", "c1")).toEqual([]);
    window.localStorage.setItem(outboxKey("u1", "c1"), JSON.stringify([{ body: 1 }, item("ok-123456")]));
    expect(loadOutbox("u1", "c1").map((i) => i.clientMessageId)).toEqual(["ok-123456"]);
  });

  it("retries a rate-limited send but gives up on a refusal that sending again cannot change", () => {
    expect(isDefinitiveRefusal({ code: "RATE_LIMITED", messageKey: "chat:errors.rateLimited" })).toBe(false);
    expect(isDefinitiveRefusal({ code: "BAD_INPUT", messageKey: "chat:errors.messageTooLong" })).toBe(true);
    expect(isDefinitiveRefusal({ code: "FORBIDDEN", messageKey: "chat:errors.blocked" })).toBe(true);
  });
});
