import { randomUUID } from "node:crypto";
import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { getConversation } from "./get-conversation.ts";
import { listMessages } from "./list-messages.ts";
import { markRead } from "./mark-read.ts";
import { createMessageLimiter } from "./message-limiter.ts";
import { sendMessage } from "./send-message.ts";
import { startConversation } from "./start-conversation.ts";
import { blockUser, createChatUser, createPair, relaxedLimiter, say } from "./testing/chat-fixtures.ts";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { code: string; messageKey: string; params?: unknown }) => ({
      code: error.code,
      messageKey: error.messageKey,
      params: error.params,
    }),
  );

describe.each(testDbKinds())("sending messages on %s", (kind) => {
  const t = useTestDb(kind);
  const limiter = relaxedLimiter();

  it("numbers messages 1, 2, 3 per conversation and marks them read for the sender only", async () => {
    const pair = await createPair(t.db);
    for (const [from, body] of [
      ["a", "Salam"],
      ["b", "Wa alaikum salam"],
      ["a", "Logo ka kaam?"],
    ] as const) {
      await say(t.db, pair, from, body, limiter);
    }
    const { messages } = await listMessages(t.db, pair.a.userId, pair.conversationId);
    expect(messages.map((m) => [m.seq, m.body])).toEqual([
      [1, "Salam"],
      [2, "Wa alaikum salam"],
      [3, "Logo ka kaam?"],
    ]);
    const forA = await getConversation(t.db, pair.a.userId, pair.conversationId);
    const forB = await getConversation(t.db, pair.b.userId, pair.conversationId);
    expect([forA.lastSeq, forA.myLastReadSeq, forA.unread]).toEqual([3, 3, 0]);
    expect([forB.myLastReadSeq, forB.unread, forB.otherLastReadSeq]).toEqual([2, 1, 3]);
  });

  it("stores Urdu mixed with English, numbers and emoji exactly as typed (only outer space trimmed)", async () => {
    const pair = await createPair(t.db);
    const typed = "میں نے logo کا پہلا draft بھیج دیا ہے، Rs 5,000 میں 3 revisions 👍\nکیا آپ دیکھ سکتے ہیں؟ (v2.1)";
    const { message } = await say(t.db, pair, "a", `  ${typed}\r\n `, limiter);
    expect(message.body).toBe(typed);
    const stored = await t.db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(Buffer.from(stored.body).equals(Buffer.from(typed))).toBe(true);
  });

  it("refuses 5,001 characters with the limit in the error, and accepts 5,000", async () => {
    const pair = await createPair(t.db);
    expect(await refusal(say(t.db, pair, "a", "ب".repeat(5001), limiter))).toEqual({
      code: "BAD_INPUT",
      messageKey: "chat:errors.messageTooLong",
      params: { max: 5000, length: 5001 },
    });
    const { message } = await say(t.db, pair, "a", "ب".repeat(5000), limiter);
    expect([...message.body]).toHaveLength(5000);
    expect(await t.db.message.count({ where: { conversationId: pair.conversationId } })).toBe(1);
  });

  it("refuses empty text and control characters, keeps newlines, and stores nothing", async () => {
    const pair = await createPair(t.db);
    expect((await refusal(say(t.db, pair, "a", "  \n ", limiter))).messageKey).toBe("chat:errors.messageEmpty");
    expect((await refusal(say(t.db, pair, "a", "bell\u0007", limiter))).messageKey).toBe("chat:errors.controlCharacters");
    expect((await refusal(say(t.db, pair, "a", "nul\u0000", limiter))).messageKey).toBe("chat:errors.controlCharacters");
    expect(await t.db.message.count({ where: { conversationId: pair.conversationId } })).toBe(0);
    const { message } = await say(t.db, pair, "a", "line one\nline two", limiter);
    expect(message.body).toBe("line one\nline two");
    expect(message.seq).toBe(1);
  });

  it("answers NOT_FOUND for someone else's conversation, whatever the action", async () => {
    const pair = await createPair(t.db);
    await say(t.db, pair, "a", "private", limiter);
    const stranger = await createChatUser(t.db, "Stranger");
    const notFound = { code: "NOT_FOUND", messageKey: "chat:errors.conversationNotFound", params: undefined };
    const send = sendMessage(
      t.db,
      stranger,
      { conversationId: pair.conversationId, clientMessageId: randomUUID(), body: "hi" },
      { limiter },
    );
    expect(await refusal(send)).toEqual(notFound);
    expect(await refusal(listMessages(t.db, stranger.userId, pair.conversationId))).toEqual(notFound);
    expect(await refusal(getConversation(t.db, stranger.userId, pair.conversationId))).toEqual(notFound);
    expect(await refusal(markRead(t.db, stranger.userId, pair.conversationId, 1))).toEqual(notFound);
    expect(await refusal(listMessages(t.db, stranger.userId, "no-such-conversation"))).toEqual(notFound);
  });

  it("counts only messages that go through against the limit: refused sends hand their point back", async () => {
    const pair = await createPair(t.db);
    const other = await createPair(t.db, ["Sana Malik", "Usman Tariq"]);
    const tight = createMessageLimiter({ points: 2, keyPrefix: `test:refund:${randomUUID()}` });
    const strangerSend = () =>
      sendMessage(t.db, pair.a, { conversationId: other.conversationId, clientMessageId: randomUUID(), body: "hi" }, { limiter: tight });
    for (let i = 0; i < 3; i += 1) expect((await refusal(strangerSend())).code).toBe("NOT_FOUND");
    await blockUser(t.db, pair.b.userId, pair.a.userId);
    expect((await refusal(say(t.db, pair, "a", "blocked", tight))).code).toBe("FORBIDDEN");
    await t.db.block.deleteMany({ where: { blockerId: pair.b.userId } });
    await say(t.db, pair, "a", "one", tight);
    await say(t.db, pair, "a", "two", tight);
    expect((await refusal(say(t.db, pair, "a", "three", tight))).code).toBe("RATE_LIMITED");
  });

  it("returns the stored message on a retry with the same client id: no new row, no new seq", async () => {
    const pair = await createPair(t.db);
    const input = { conversationId: pair.conversationId, clientMessageId: randomUUID(), body: "once" };
    const first = await sendMessage(t.db, pair.a, input, { limiter });
    const again = await sendMessage(t.db, pair.a, input, { limiter });
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect(again.recipientId).toBe(pair.b.userId);
    const conversation = await t.db.conversation.findUniqueOrThrow({ where: { id: pair.conversationId } });
    expect(conversation.lastSeq).toBe(1);
  });

  it("refuses a malformed client id, and one already used in another conversation", async () => {
    const pair = await createPair(t.db);
    const bad = sendMessage(t.db, pair.a, { conversationId: pair.conversationId, clientMessageId: "short", body: "x" }, { limiter });
    expect(await refusal(bad)).toMatchObject({ code: "BAD_INPUT", messageKey: "chat:errors.clientMessageIdInvalid" });
    const clientMessageId = randomUUID();
    await sendMessage(t.db, pair.a, { conversationId: pair.conversationId, clientMessageId, body: "here" }, { limiter });
    const third = await createChatUser(t.db, "Third");
    const conversationId = await startConversation(t.db, pair.a, { otherUserId: third.userId });
    const clash = sendMessage(t.db, pair.a, { conversationId, clientMessageId, body: "here" }, { limiter });
    expect(await refusal(clash)).toMatchObject({ code: "CONFLICT", messageKey: "chat:errors.clientMessageIdReused" });
  });

  it("refuses to send either way once either person blocked the other", async () => {
    const pair = await createPair(t.db);
    await blockUser(t.db, pair.b.userId, pair.a.userId);
    for (const from of ["a", "b"] as const) {
      expect(await refusal(say(t.db, pair, from, "hello", limiter))).toMatchObject({
        code: "FORBIDDEN",
        messageKey: "chat:errors.blocked",
      });
    }
    await t.db.user.update({ where: { id: pair.b.userId }, data: { lastSeenAt: new Date() } });
    const view = await getConversation(t.db, pair.a.userId, pair.conversationId);
    // Blocked either way: no sending, and no "last seen" either.
    expect([view.blockedByMe, view.canMessage, view.other.lastSeenAt]).toEqual([false, false, null]);
    expect((await getConversation(t.db, pair.b.userId, pair.conversationId)).blockedByMe).toBe(true);
    expect(await t.db.message.count({ where: { conversationId: pair.conversationId } })).toBe(0);
  });

  it("refuses new messages to a suspended account (its conversation stays readable)", async () => {
    const pair = await createPair(t.db);
    await say(t.db, pair, "a", "before", limiter);
    await t.db.user.update({ where: { id: pair.b.userId }, data: { suspendedAt: new Date(), suspendedReason: "test" } });
    expect(await refusal(say(t.db, pair, "a", "after", limiter))).toMatchObject({
      code: "NOT_FOUND",
      messageKey: "chat:errors.userNotFound",
    });
    expect((await getConversation(t.db, pair.a.userId, pair.conversationId)).canMessage).toBe(false);
    expect((await listMessages(t.db, pair.a.userId, pair.conversationId)).messages.map((m) => m.body)).toEqual(["before"]);
  });

  it("limits each sender to the configured messages per window, telling how long to wait", async () => {
    const pair = await createPair(t.db);
    const tight = createMessageLimiter({ points: 3, durationSeconds: 10 });
    for (let i = 0; i < 3; i++) await say(t.db, pair, "a", `m${i}`, tight);
    const refused = await refusal(say(t.db, pair, "a", "one too many", tight));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.messageKey).toBe("chat:errors.rateLimited");
    expect((refused.params as { seconds: number }).seconds).toBeGreaterThanOrEqual(1);
    // The other person has an allowance of their own.
    await say(t.db, pair, "b", "my turn", tight);
    expect(await t.db.message.count({ where: { conversationId: pair.conversationId } })).toBe(4);
  });
});
