import { testDbKinds } from "@hunar/db/testing";
import { createTestGig } from "@hunar/db/testing/factories";
import type { ConversationSubjects } from "./conversation-subjects.ts";
import type { MessageAbout } from "./message-rules.ts";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { getConversation } from "./get-conversation.ts";
import { listMessages } from "./list-messages.ts";
import { markRead } from "./mark-read.ts";
import { postSystemMessage } from "./post-system-message.ts";
import { startConversation } from "./start-conversation.ts";
import { blockUser, createChatUser, createPair, relaxedLimiter, say } from "./testing/chat-fixtures.ts";
import { unreadTotal } from "./unread-total.ts";

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: { code: string; messageKey: string }) => ({ code: error.code, messageKey: error.messageKey }),
  );

describe.each(testDbKinds())("conversations on %s", (kind) => {
  const t = useTestDb(kind);
  const limiter = relaxedLimiter();

  it("keeps one conversation per pair, whoever starts it, with both participants", async () => {
    const a = await createChatUser(t.db, "Ayesha");
    const b = await createChatUser(t.db, "Bilal");
    const first = await startConversation(t.db, a, { otherUserId: b.userId });
    expect(await startConversation(t.db, b, { otherUserId: a.userId })).toBe(first);
    const row = await t.db.conversation.findUniqueOrThrow({ where: { id: first }, include: { participants: true } });
    expect(row.userAId < row.userBId).toBe(true);
    expect(row.participants.map((p) => p.userId).sort()).toEqual([a.userId, b.userId].sort());
  });

  it("refuses yourself, unknown or suspended people, and blocked pairs", async () => {
    const a = await createChatUser(t.db, "Ayesha");
    const suspended = await createChatUser(t.db, "Gone", { suspended: true });
    const blocker = await createChatUser(t.db, "Blocker");
    await blockUser(t.db, blocker.userId, a.userId);
    expect(await refusal(startConversation(t.db, a, { otherUserId: a.userId }))).toEqual({
      code: "INVALID_STATE",
      messageKey: "chat:errors.cannotMessageSelf",
    });
    expect(await refusal(startConversation(t.db, a, { otherUserId: "nobody" }))).toEqual({
      code: "NOT_FOUND",
      messageKey: "chat:errors.userNotFound",
    });
    expect(await refusal(startConversation(t.db, a, { otherUserId: suspended.userId }))).toEqual({
      code: "NOT_FOUND",
      messageKey: "chat:errors.userNotFound",
    });
    expect(await refusal(startConversation(t.db, a, { otherUserId: blocker.userId }))).toEqual({
      code: "FORBIDDEN",
      messageKey: "chat:errors.blocked",
    });
    expect(await t.db.conversation.count({ where: { OR: [{ userAId: a.userId }, { userBId: a.userId }] } })).toBe(0);
  });

  it("links what one of the two is party to, as its owner answers, and refuses anything else", async () => {
    const a = await createChatUser(t.db, "Client");
    const b = await createChatUser(t.db, "Freelancer");
    const c = await createChatUser(t.db, "Someone Else");
    // The owners' answers (gigs, orders, proposals compose this above chat; see the API's
    // conversation-subjects test for the real ones): b's gig and c's gig, nothing else.
    const [bGig, cGig] = [(await createTestGig(t.db, b.userId)).gigId, (await createTestGig(t.db, c.userId)).gigId];
    const gigs: Record<string, string[]> = { [bGig]: [b.userId], [cGig]: [c.userId] };
    // An order between the two, and one the client has with someone else.
    const orders: Record<string, string[]> = { "order-ab": [a.userId, b.userId], "order-ac": [a.userId, c.userId] };
    const none = () => Promise.resolve(null);
    const subjects: ConversationSubjects = {
      gigId: (_db, id) => Promise.resolve(gigs[id] ?? null),
      proposalId: none,
      offerId: none,
      orderId: (_db, id) => Promise.resolve(orders[id] ?? null),
    };
    const start = (about: MessageAbout, given: ConversationSubjects | null = subjects) =>
      startConversation(t.db, a, { otherUserId: b.userId, about }, given ?? undefined);
    const id = await start({ gigId: bGig });
    expect(id).toBeTruthy();
    const notFound = { code: "NOT_FOUND", messageKey: "chat:errors.aboutNotFound" };
    expect(await refusal(start({ gigId: cGig }))).toEqual(notFound);
    expect(await refusal(start({ orderId: "missing" }))).toEqual(notFound);
    // One of the two is a party to it, but it is not between them.
    expect(await refusal(start({ orderId: "order-ac" }))).toEqual(notFound);
    expect(await start({ orderId: "order-ab" })).toBe(id);
    // Nothing to vouch for a link: refused, never waved through.
    expect(await refusal(start({ gigId: bGig }, null))).toEqual(notFound);
    const { sendMessage } = await import("./send-message.ts");
    const send = (clientMessageId: string, given?: ConversationSubjects) =>
      sendMessage(
        t.db,
        a,
        { conversationId: id, clientMessageId, body: "Is this available?", about: { gigId: bGig } },
        { limiter, subjects: given },
      );
    expect((await send("about-gig-1", subjects)).message.about).toEqual({
      gigId: bGig,
      proposalId: null,
      offerId: null,
      orderId: null,
    });
    expect(await refusal(send("about-gig-2"))).toEqual(notFound);
  });

  it("pages history backwards and catches up forwards, oldest first, within 100 per page", async () => {
    const pair = await createPair(t.db);
    for (let i = 1; i <= 7; i++) await say(t.db, pair, i % 2 ? "a" : "b", `message ${i}`, limiter);
    const seqs = (page: { messages: { seq: number }[] }) => page.messages.map((m) => m.seq);
    const latest = await listMessages(t.db, pair.a.userId, pair.conversationId, { limit: 3 });
    expect([seqs(latest), latest.hasMore]).toEqual([[5, 6, 7], true]);
    const older = await listMessages(t.db, pair.a.userId, pair.conversationId, { beforeSeq: 5, limit: 3 });
    expect([seqs(older), older.hasMore]).toEqual([[2, 3, 4], true]);
    const after = await listMessages(t.db, pair.b.userId, pair.conversationId, { afterSeq: 4, limit: 2 });
    expect([seqs(after), after.hasMore]).toEqual([[5, 6], true]);
    const rest = await listMessages(t.db, pair.b.userId, pair.conversationId, { afterSeq: 6, limit: 100 });
    expect([seqs(rest), rest.hasMore]).toEqual([[7], false]);
    expect(await refusal(listMessages(t.db, pair.a.userId, pair.conversationId, { limit: 101 }))).toMatchObject({ code: "BAD_INPUT" });
  });

  it("moves read marks only forward and never past the last message; counts unread over all conversations", async () => {
    const pair = await createPair(t.db);
    const c = await createChatUser(t.db, "Third");
    const other = { a: c, b: pair.b, conversationId: await startConversation(t.db, c, { otherUserId: pair.b.userId }) };
    await say(t.db, other, "a", "from someone else", limiter);
    for (let i = 0; i < 4; i++) await say(t.db, pair, "a", `m${i}`, limiter);
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(5);
    await markRead(t.db, pair.b.userId, other.conversationId, 1);
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(4);
    expect((await markRead(t.db, pair.b.userId, pair.conversationId, 3)).lastReadSeq).toBe(3);
    expect((await markRead(t.db, pair.b.userId, pair.conversationId, 1)).lastReadSeq).toBe(3);
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(1);
    expect((await markRead(t.db, pair.b.userId, pair.conversationId, 999)).lastReadSeq).toBe(4);
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(0);
    await say(t.db, pair, "a", "after reading", limiter);
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(1);
    expect(await refusal(markRead(t.db, pair.b.userId, pair.conversationId, -1))).toMatchObject({ code: "BAD_INPUT" });
  });

  it("posts system messages as i18n keys with data, once per dedupe key, unread for both unless one caused it", async () => {
    const pair = await createPair(t.db);
    await say(t.db, pair, "a", "hello", limiter);
    const posted = await postSystemMessage(t.db, {
      conversationId: pair.conversationId,
      key: "chat:system.offerSent",
      data: { amount: 500000, title: "لوگو" },
      actorId: pair.a.userId,
      dedupeKey: "offer-1-sent",
    });
    expect(posted.message).toMatchObject({
      kind: "SYSTEM",
      seq: 2,
      body: "chat:system.offerSent",
      data: { amount: 500000, title: "لوگو" },
    });
    const again = await postSystemMessage(t.db, {
      conversationId: pair.conversationId,
      key: "chat:system.offerSent",
      dedupeKey: "offer-1-sent",
    });
    expect([again.replayed, again.message.id]).toEqual([true, posted.message.id]);
    const view = await getConversation(t.db, pair.a.userId, pair.conversationId);
    expect([view.lastSeq, view.unread]).toEqual([2, 0]);
    expect((await getConversation(t.db, pair.b.userId, pair.conversationId)).unread).toBe(2);
    // Inside a caller's transaction it commits or rolls back with it.
    await t.db
      .$transaction(async (tx) => {
        await postSystemMessage(tx, { conversationId: pair.conversationId, key: "chat:system.orderFunded" });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect((await getConversation(t.db, pair.a.userId, pair.conversationId)).lastSeq).toBe(2);
  });
});
