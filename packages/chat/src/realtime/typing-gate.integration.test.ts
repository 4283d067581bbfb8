import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { blockUser, createChatUser, createPair } from "../testing/chat-fixtures.ts";
import { createTypingGate, TYPING_INTERVAL_MS } from "./typing-gate.ts";

describe("the typing gate", () => {
  const t = useTestDb("pglite");

  it("lets one signal per interval through, to the other participant", async () => {
    const pair = await createPair(t.db);
    let clock = 1_000_000;
    const gate = createTypingGate(t.db, pair.a.userId, () => clock);
    expect(await gate.admit(pair.conversationId)).toBe(pair.b.userId);
    clock += TYPING_INTERVAL_MS - 1;
    expect(await gate.admit(pair.conversationId)).toBeNull();
    clock += 1;
    expect(await gate.admit(pair.conversationId)).toBe(pair.b.userId);
  });

  it("drops signals for conversations the user is not in, and between blocked people", async () => {
    const pair = await createPair(t.db);
    const stranger = await createChatUser(t.db, "Stranger");
    let clock = 0;
    const strangerGate = createTypingGate(t.db, stranger.userId, () => clock);
    expect(await strangerGate.admit(pair.conversationId)).toBeNull();
    await blockUser(t.db, pair.a.userId, pair.b.userId);
    clock += TYPING_INTERVAL_MS;
    const blockedGate = createTypingGate(t.db, pair.b.userId, () => clock);
    expect(await blockedGate.admit(pair.conversationId)).toBeNull();
  });
});
