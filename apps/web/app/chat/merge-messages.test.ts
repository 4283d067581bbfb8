import type { ChatMessage } from "@hunar/chat/realtime/events";
import { describe, expect, it } from "vitest";
import { contiguousEnd, mergeMessages, visibleMessages } from "./merge-messages.ts";

function message(seq: number, body = `m${seq}`): ChatMessage {
  return {
    id: `id-${seq}`,
    conversationId: "c1",
    seq,
    senderId: "u1",
    clientMessageId: `client-${seq}`,
    kind: "TEXT",
    body,
    data: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
    attachments: [],
    about: { gigId: null, proposalId: null, offerId: null, orderId: null },
  };
}

const seqs = (messages: ChatMessage[]) => messages.map((m) => m.seq);

describe("merging a conversation's messages by seq", () => {
  it("keeps one copy of each seq in order whatever order pages and live events arrive in", () => {
    const held = [message(3), message(4)];
    const merged = mergeMessages(held, [message(6), message(4), message(5), message(1), message(2), message(6)]);
    expect(seqs(merged)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("lets the later copy of a seq win (the acknowledged copy over a stale one)", () => {
    const merged = mergeMessages([message(1, "old")], [message(1, "new")]);
    expect(merged.map((m) => m.body)).toEqual(["new"]);
  });

  it("resumes after the last seq without a gap, so a sync fetches what was missed", () => {
    // 5 arrived live while 3 and 4 were missed offline: sync must ask for everything after 2.
    const held = [message(1), message(2), message(5)];
    expect(contiguousEnd(held, 0)).toBe(2);
    expect(seqs(visibleMessages(held, 0))).toEqual([1, 2]);
    const synced = mergeMessages(held, [message(3), message(4), message(5)]);
    expect(contiguousEnd(synced, 0)).toBe(5);
    expect(seqs(visibleMessages(synced, 0))).toEqual([1, 2, 3, 4, 5]);
  });

  it("starts from the floor of the page the server rendered (older pages not loaded yet)", () => {
    const held = [message(41), message(42), message(44)];
    expect(contiguousEnd(held, 40)).toBe(42);
    expect(contiguousEnd([], 40)).toBe(40);
    expect(seqs(visibleMessages(held, 40))).toEqual([41, 42]);
  });
});
