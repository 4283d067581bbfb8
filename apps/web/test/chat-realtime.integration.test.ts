import { randomUUID } from "node:crypto";
import { createMessageLimiter } from "@hunar/chat/message-limiter";
import type { Ack, ChatMessage, ReadReceipt, SendMessageInput } from "@hunar/chat/realtime/events";
import { SOCKET_REJECTION } from "@hunar/chat/realtime/events";
import { sendMessage } from "@hunar/chat/send-message";
import { startConversation } from "@hunar/chat/start-conversation";
import { createTestDb, testDbKinds, type TestDb } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAppModule, type LoadedApp } from "./support/app-module.ts";
import { signedInPerson, type SignedInPerson } from "./support/chat-people.ts";
import { type ClientSocket, connectSocket, nextEvent, openTab, record } from "./support/sockets.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let loaded: LoadedApp;
beforeAll(async () => {
  loaded = await loadAppModule();
});
afterAll(async () => {
  await loaded.vite.close();
});

const send = (socket: ClientSocket, conversationId: string, body: string, clientMessageId = randomUUID()) =>
  socket.emitWithAck("message:send", { conversationId, clientMessageId, body } satisfies SendMessageInput);

function sent(result: Awaited<ReturnType<typeof send>>): ChatMessage {
  if (!result.ok) throw new Error(`send refused: ${result.error.messageKey}`);
  return result.data;
}

describe.each(testDbKinds())("chat over socket.io on %s", (kind) => {
  let testDb: TestDb;
  let server: TestServer;
  const tabs: ClientSocket[] = [];
  const tab = async (person: SignedInPerson) => {
    const socket = await openTab(server.origin, person.cookie);
    tabs.push(socket);
    return socket;
  };
  /** Two people with a conversation between them. */
  const pair = async () => {
    const a = await signedInPerson(testDb.db, "Ayesha Khan");
    const b = await signedInPerson(testDb.db, "Bilal Ahmed");
    const conversationId = await startConversation(testDb.db, a, { otherUserId: b.userId });
    return { a, b, conversationId };
  };

  beforeAll(async () => {
    testDb = await createTestDb(kind);
    server = await startTestServer(loaded, testDb.db);
  });
  afterAll(async () => {
    for (const socket of tabs) socket.close();
    await server.close();
    await testDb.close();
  });

  it("refuses a socket without a session or from a foreign Origin", async () => {
    const { a } = await pair();
    expect(await connectSocket(server.origin, { origin: server.origin })).toEqual({
      accepted: false,
      reason: SOCKET_REJECTION.unauthenticated,
    });
    expect(await connectSocket(server.origin, { origin: "https://evil.example", cookie: a.cookie })).toEqual({
      accepted: false,
      reason: SOCKET_REJECTION.forbiddenOrigin,
    });
  });

  it("greets a tab with the real unread total", async () => {
    const { a, b, conversationId } = await pair();
    const limiter = createMessageLimiter();
    for (const body of ["one", "two"])
      await sendMessage(testDb.db, b, { conversationId, clientMessageId: randomUUID(), body }, { limiter });
    expect((await tab(a)).hello).toEqual({ userId: a.userId, unreadMessages: 2 });
  });

  it("stores, acknowledges, then delivers a message to every tab of both people", async () => {
    const { a, b, conversationId } = await pair();
    const [aFirst, aSecond, bOnly] = [await tab(a), await tab(a), await tab(b)];
    const arrivals = [aFirst, aSecond, bOnly].map((socket) => nextEvent(socket, "message:new"));
    const badge = nextEvent(bOnly, "unread");
    const text = "سلام! logo کا draft کل تک؟";
    const message = sent(await send(aFirst, conversationId, text));
    expect(message).toMatchObject({ conversationId, seq: 1, senderId: a.userId, body: text, kind: "TEXT" });
    // Persisted before the acknowledgement.
    expect(await testDb.db.message.count({ where: { id: message.id } })).toBe(1);
    expect(await Promise.all(arrivals)).toEqual([message, message, message]);
    expect(await badge).toEqual({ total: 1 });
    expect(await send(aFirst, conversationId, "x".repeat(5001))).toEqual({
      ok: false,
      error: { code: "BAD_INPUT", messageKey: "chat:errors.messageTooLong", params: { max: 5000, length: 5001 } },
    });
  });

  it("answers a retried send with the stored message and delivers it once", async () => {
    const { a, b, conversationId } = await pair();
    const [sender, receiver] = [await tab(a), await tab(b)];
    const received = record(receiver, "message:new");
    const clientMessageId = randomUUID();
    const first = sent(await send(sender, conversationId, "only once", clientMessageId));
    const retry = sent(await send(sender, conversationId, "only once", clientMessageId));
    expect(retry).toEqual(first);
    // Events on one connection arrive in order: once the next message is in, a second copy
    // of the first would have arrived before it.
    const barrier = sent(await send(sender, conversationId, "next"));
    await waitFor(() => received.some((m) => m.id === barrier.id));
    expect(received.map((m) => m.seq)).toEqual([1, 2]);
  });

  // PostgreSQL only: PGlite runs one transaction at a time (declared, not skipped, so CI reports no skips).
  if (kind === "postgres")
    it("stores one message when two tabs send the same client id at the same moment", async () => {
      const { a, b, conversationId } = await pair();
      const [one, two, receiver] = [await tab(a), await tab(a), await tab(b)];
      const received = record(receiver, "message:new");
      const input = { conversationId, clientMessageId: randomUUID(), body: "raced" };
      const [x, y] = (await Promise.all([one.emitWithAck("message:send", input), two.emitWithAck("message:send", input)])).map(sent);
      expect(x).toEqual(y);
      expect(x?.seq).toBe(1);
      expect(await testDb.db.message.count({ where: { conversationId } })).toBe(1);
      const barrier = sent(await send(one, conversationId, "after the race"));
      expect(barrier.seq).toBe(2);
      await waitFor(() => received.some((m) => m.id === barrier.id));
      expect(received.map((m) => m.seq)).toEqual([1, 2]);
    });

  it("sends read receipts to both people and the new unread total to the reader", async () => {
    const { a, b, conversationId } = await pair();
    const [writer, reader] = [await tab(a), await tab(b)];
    sent(await send(writer, conversationId, "one"));
    const second = sent(await send(writer, conversationId, "two"));
    const receiptAtWriter = nextEvent(writer, "conversation:read");
    const badge = nextEvent(reader, "unread", (e) => e.total === 0);
    // The acknowledgement is optional in the contract, so its type does not come through emitWithAck.
    const ack = (await reader.emitWithAck("conversation:read", { conversationId, seq: second.seq })) as Ack<ReadReceipt>;
    const receipt = { conversationId, userId: b.userId, lastReadSeq: 2 };
    expect(ack).toEqual({ ok: true, data: receipt });
    expect(await receiptAtWriter).toEqual(receipt);
    expect(await badge).toEqual({ total: 0 });
  });

  it("relays typing to the other person only, and not from outsiders", async () => {
    const { a, b, conversationId } = await pair();
    const outsider = await signedInPerson(testDb.db, "Outsider");
    const [typist, typistOtherTab, other, stranger] = [await tab(a), await tab(a), await tab(b), await tab(outsider)];
    const atOther = record(other, "typing");
    const atTypistTab = record(typistOtherTab, "typing");
    const messagesAtOther = record(other, "message:new");
    const messagesAtTypistTab = record(typistOtherTab, "message:new");
    stranger.emit("typing", { conversationId });
    typist.emit("typing", { conversationId });
    await waitFor(() => atOther.length > 0);
    // Barrier for both listeners: a message sent after the typing signals.
    const barrier = sent(await send(typist, conversationId, "done typing"));
    await waitFor(() => [messagesAtOther, messagesAtTypistTab].every((seen) => seen.some((m) => m.id === barrier.id)));
    expect(atOther).toEqual([{ conversationId, userId: a.userId }]);
    expect(atTypistTab).toEqual([]);
    expect(await testDb.db.message.count({ where: { conversationId } })).toBe(1);
  });

  it("catches a reconnecting tab up after its last seq with no gaps and no duplicates, 100 per page", async () => {
    const { a, b, conversationId } = await pair();
    const writer = await tab(a);
    let reader = await tab(b);
    const firstArrival = nextEvent(reader, "message:new");
    sent(await send(writer, conversationId, "before the outage"));
    const lastSeen = (await firstArrival).seq;
    reader.close();
    for (let i = 0; i < 3; i++) sent(await send(writer, conversationId, `while away ${i}`));
    // More than a page arrives while away (written directly: the socket path is rate limited).
    const limiter = createMessageLimiter({ points: 10_000 });
    for (let i = 0; i < 100; i++)
      await sendMessage(testDb.db, a, { conversationId, clientMessageId: randomUUID(), body: `bulk ${i}` }, { limiter });
    reader = await tab(b);
    expect(reader.hello.unreadMessages).toBe(104); // nothing was marked read
    const seqs: number[] = [];
    let after = lastSeen;
    for (;;) {
      const page = await reader.emitWithAck("message:sync", { conversationId, afterSeq: after });
      if (!page.ok) throw new Error(page.error.messageKey);
      seqs.push(...page.data.messages.map((m) => m.seq));
      after = page.data.messages.at(-1)?.seq ?? after;
      if (!page.data.hasMore) break;
      expect(page.data.messages).toHaveLength(100);
    }
    expect(seqs).toEqual(Array.from({ length: 103 }, (_, i) => i + 2));
  });

  it("refuses the 21st message within 10 seconds with the seconds to wait", async () => {
    const { a, conversationId } = await pair();
    const writer = await tab(a);
    const results = [];
    for (let i = 0; i < 21; i++) results.push(await send(writer, conversationId, `burst ${i}`));
    expect(results.slice(0, 20).every((r) => r.ok)).toBe(true);
    const refused = results[20];
    if (!refused || refused.ok) throw new Error("the 21st message was accepted");
    expect(refused.error).toMatchObject({ code: "RATE_LIMITED", messageKey: "chat:errors.rateLimited" });
    expect(refused.error.params?.seconds).toBeGreaterThanOrEqual(1);
    expect(await testDb.db.message.count({ where: { conversationId } })).toBe(20);
  });

  it("refuses messages between a blocked pair, and delivers nothing", async () => {
    const { a, b, conversationId } = await pair();
    await testDb.db.block.create({ data: { blockerId: b.userId, blockedId: a.userId } });
    const [writer, receiver] = [await tab(a), await tab(b)];
    const received = record(receiver, "message:new");
    for (const [socket, from] of [
      [writer, "a"],
      [receiver, "b"],
    ] as const) {
      const result = await send(socket, conversationId, `from ${from}`);
      expect(result).toEqual({ ok: false, error: { code: "FORBIDDEN", messageKey: "chat:errors.blocked" } });
    }
    expect(await testDb.db.message.count({ where: { conversationId } })).toBe(0);
    expect(received).toEqual([]);
  });

  it("acknowledges bad payloads and other people's conversations with errors, and keeps serving", async () => {
    const { conversationId } = await pair();
    const outsider = await tab(await signedInPerson(testDb.db, "Outsider"));
    const raw = outsider as unknown as { emitWithAck(event: string, ...args: unknown[]): Promise<unknown> };
    expect(await raw.emitWithAck("message:send", "not an object")).toEqual({
      ok: false,
      error: { code: "BAD_INPUT", messageKey: "chat:errors.invalid" },
    });
    expect(await raw.emitWithAck("message:sync", { conversationId, afterSeq: -5 })).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT" },
    });
    expect(await raw.emitWithAck("presence:query", { userIds: "everyone" })).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    const notFound = { ok: false, error: { code: "NOT_FOUND", messageKey: "chat:errors.conversationNotFound" } };
    expect(await send(outsider, conversationId, "let me in")).toEqual(notFound);
    expect(await outsider.emitWithAck("message:sync", { conversationId, afterSeq: 0 })).toEqual(notFound);
    expect(await outsider.emitWithAck("conversation:read", { conversationId, seq: 1 })).toEqual(notFound);
    expect(await raw.emitWithAck("message:send", { conversationId, clientMessageId: "x", body: "hi" })).toEqual({
      ok: false,
      error: { code: "BAD_INPUT", messageKey: "chat:errors.clientMessageIdInvalid" },
    });
    expect(outsider.connected).toBe(true);
    expect(server.logs.filter((line) => Number(line.level) >= 50)).toEqual([]);
  });

  it("shows a partner online while a tab is open, then offline with the time last seen", async () => {
    const { a, b } = await pair();
    const outsider = await signedInPerson(testDb.db, "Outsider");
    const watcher = await tab(a);
    const cameOnline = nextEvent(watcher, "presence", (p) => p.userId === b.userId && p.online);
    const [first, second] = [await tab(b), await tab(b)];
    await cameOnline;
    expect(await watcher.emitWithAck("presence:query", { userIds: [b.userId, outsider.userId] })).toEqual({
      ok: true,
      data: [{ userId: b.userId, online: true, lastSeenAt: null }],
    });
    const wentOffline = nextEvent(watcher, "presence", (p) => p.userId === b.userId && !p.online);
    first.close();
    // Still one tab open: online.
    const stillOnline = await watcher.emitWithAck("presence:query", { userIds: [b.userId] });
    expect(stillOnline.ok && stillOnline.data[0]?.online).toBe(true);
    second.close();
    const offline = await wentOffline;
    expect(offline.lastSeenAt).not.toBeNull();
    const stored = await testDb.db.user.findUniqueOrThrow({ where: { id: b.userId }, select: { lastSeenAt: true } });
    expect(stored.lastSeenAt?.toISOString()).toBe(offline.lastSeenAt);
    expect(await watcher.emitWithAck("presence:query", { userIds: [b.userId] })).toEqual({ ok: true, data: [offline] });
  });
});

/** Polls until `condition` holds (event arrival is asynchronous; no timing is asserted). */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error("condition not met");
}
