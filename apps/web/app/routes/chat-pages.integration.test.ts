import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalDiskUploadStorage } from "@hunar/core/upload-storage";
import type { ReadReceipt } from "@hunar/chat/realtime/events";
import type { ChatPublisher } from "@hunar/chat/realtime/publish";
import type { SendMessageResult } from "@hunar/chat/send-message";
import { createChatUser, createPair, type Pair, relaxedLimiter, say } from "@hunar/chat/testing/chat-fixtures";
import { unreadTotal } from "@hunar/chat/unread-total";
import { testDbKinds } from "@hunar/db/testing";
import { setTestUserSuspended } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { samplePng } from "@hunar/gigs/images/testing/sample-images";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formPost, get, ORIGIN, runRoute, testContext } from "#app/test/action-context.ts";
import { sessionCookie } from "#app/test/gig-requests.ts";
import { action as conversationAction, loader as conversationLoader } from "./conversation.tsx";
import { loader as inboxLoader } from "./inbox.tsx";
import { action as startAction, loader as startLoader } from "./messages-start.tsx";

type Context = ReturnType<typeof testContext>["context"];
const run = runRoute;

/** The conversation page's send form as a browser without JavaScript posts it (multipart). */
function sendForm(
  path: string,
  fields: Record<string, string>,
  opts: { cookie: string; files?: { name: string; type: string; bytes: Uint8Array }[] },
): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries({ intent: "send", ...fields })) body.append(name, value);
  for (const file of opts.files ?? []) body.append("file", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  // A blank file input still sends an empty part, as browsers do.
  if (!opts.files) body.append("file", new File([], "", { type: "application/octet-stream" }));
  return new Request(`${ORIGIN}${path}`, { method: "POST", headers: { Origin: ORIGIN, Cookie: opts.cookie }, body });
}

describe.each(testDbKinds())("chat pages on %s", (kind) => {
  const t = useTestDb(kind);
  let uploads: string;
  let context: Context;
  let pair: Pair;
  let cookieA: string;
  let cookieB: string;
  let page: string;
  // What the pages handed to live delivery (the socket side has its own tests).
  let published: { sent: SendMessageResult[]; read: [ReadReceipt, readonly string[]][]; unread: string[] };
  const params = () => ({ conversationId: pair.conversationId });

  beforeAll(async () => {
    uploads = await mkdtemp(join(tmpdir(), "hunar-chat-route-"));
  });
  afterAll(async () => {
    await rm(uploads, { recursive: true, force: true });
  });
  beforeEach(async () => {
    published = { sent: [], read: [], unread: [] };
    const publisher: ChatPublisher = {
      message: () => undefined,
      read: (receipt, userIds) => void published.read.push([receipt, userIds]),
      unread: (userId) => Promise.resolve(void published.unread.push(userId)),
      sent: (result) => Promise.resolve(void published.sent.push(result)),
    };
    context = {
      ...testContext(t.db).context,
      chat: { publisher, limiter: relaxedLimiter(), attachmentStorage: new LocalDiskUploadStorage(uploads, "chat") },
    };
    pair = await createPair(t.db, ["Sana Tariq", "Ayesha Khan"]);
    cookieA = await sessionCookie(t.db, pair.a.userId);
    cookieB = await sessionCookie(t.db, pair.b.userId);
    page = `/inbox/${pair.conversationId}`;
  });

  const stored = () =>
    t.db.message.findMany({ where: { conversationId: pair.conversationId }, orderBy: { seq: "asc" }, include: { attachments: true } });

  it("sends a message without JavaScript, redirects back to the conversation, and stores a re-posted form once", async () => {
    const clientMessageId = randomUUID();
    const body = "السلام علیکم! کیا آپ میرے کاروبار کے لیے logo بنا سکتی ہیں؟";
    const first = await run(conversationAction, sendForm(page, { clientMessageId, body }, { cookie: cookieA }), context, params());
    expect(first.status).toBe(302);
    expect(first.location).toBe(`${page}#latest`);
    // The same rendered form posted again (a double click, a resubmitted page) is one message.
    const again = await run(conversationAction, sendForm(page, { clientMessageId, body }, { cookie: cookieA }), context, params());
    expect(again.status).toBe(302);
    expect((await stored()).map((m) => [m.seq, m.body, m.senderId])).toEqual([[1, body, pair.a.userId]]);
    // Delivered live once; the re-post is a replay, which the publisher does not send again.
    expect(published.sent.map((result) => [result.message.seq, result.replayed, result.recipientId])).toEqual([
      [1, false, pair.b.userId],
      [1, true, pair.b.userId],
    ]);

    // The other person's page shows it (oldest first) and reading it clears their unread count.
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(1);
    const view = await run(conversationLoader, get(page, cookieB), context, params());
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      messages: [{ seq: 1, body }],
      conversation: { other: { displayName: "Sana Tariq" }, myLastReadSeq: 1 },
    });
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(0);
    // Reading without JavaScript still tells the sender's open page and recounts the badge.
    expect(published.read).toEqual([
      [{ conversationId: pair.conversationId, userId: pair.b.userId, lastReadSeq: 1 }, [pair.b.userId, pair.a.userId]],
    ]);
    expect(published.unread).toEqual([pair.b.userId]);
  });

  it("sends an image with the form and shows it as an attachment", async () => {
    const png = await samplePng(640, 480);
    const result = await run(
      conversationAction,
      sendForm(
        page,
        { clientMessageId: randomUUID(), body: "" },
        { cookie: cookieA, files: [{ name: "sketch.png", type: "image/png", bytes: png }] },
      ),
      context,
      params(),
    );
    expect(result.status).toBe(302);
    const [message] = await stored();
    expect(message?.attachments).toHaveLength(1);
    const view = await run(conversationLoader, get(page, cookieB), context, params());
    const attachment = (view.body as { messages: { attachments: { isImage: boolean; url: string; mimeType: string }[] }[] }).messages[0]
      ?.attachments[0];
    expect(attachment).toMatchObject({ isImage: true, mimeType: "image/webp" });
    expect(attachment?.url).toMatch(/^\/attachments\//);
  });

  it("refuses an empty or too long message with a clear error, keeps the text, and stores nothing", async () => {
    const empty = await run(
      conversationAction,
      sendForm(page, { clientMessageId: randomUUID(), body: "   " }, { cookie: cookieA }),
      context,
      params(),
    );
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ intent: "send", errors: { fields: { body: { key: "chat:errors.messageEmpty" } } } });

    const long = "ب".repeat(5001);
    const tooLong = await run(
      conversationAction,
      sendForm(page, { clientMessageId: randomUUID(), body: long }, { cookie: cookieA }),
      context,
      params(),
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      body: long,
      errors: { fields: { body: { key: "chat:errors.messageTooLong", params: { max: 5000 } } } },
    });

    const big = new Uint8Array(11 * 1024 * 1024).fill(7);
    const tooLarge = await run(
      conversationAction,
      sendForm(
        page,
        { clientMessageId: randomUUID(), body: "file" },
        { cookie: cookieA, files: [{ name: "big.pdf", type: "application/pdf", bytes: big }] },
      ),
      context,
      params(),
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body).toMatchObject({
      errors: { fields: { file: { key: "chat:errors.attachments.tooLarge", params: { maxMb: 10 } } } },
    });

    const badId = await run(
      conversationAction,
      sendForm(page, { clientMessageId: "", body: "hello" }, { cookie: cookieA }),
      context,
      params(),
    );
    expect(badId.status).toBe(400);
    expect(await stored()).toEqual([]);
  });

  it("answers 404 for someone else's conversation or one that does not exist, to the page and to every form", async () => {
    await say(t.db, pair, "a", "private");
    const stranger = await createChatUser(t.db, "Stranger");
    const cookie = await sessionCookie(t.db, stranger.userId);
    expect((await run(conversationLoader, get(page, cookie), context, params())).status).toBe(404);
    const send = await run(
      conversationAction,
      sendForm(page, { clientMessageId: randomUUID(), body: "hi" }, { cookie }),
      context,
      params(),
    );
    expect(send.status).toBe(404);
    const block = await run(conversationAction, formPost(page, { intent: "block" }, { cookie }), context, params());
    expect(block.status).toBe(404);
    expect((await run(conversationLoader, get("/inbox/nope", cookieA), context, { conversationId: "nope" })).status).toBe(404);
    expect(await stored()).toHaveLength(1);
    expect(await t.db.block.count()).toBe(0);
  });

  it("blocks and unblocks from the page; while blocked, sending is refused", async () => {
    const blocked = await run(conversationAction, formPost(page, { intent: "block" }, { cookie: cookieB }), context, params());
    expect(blocked.body).toMatchObject({ done: "block" });
    const view = await run(conversationLoader, get(page, cookieB), context, params());
    expect(view.body).toMatchObject({ conversation: { blockedByMe: true, canMessage: false } });

    const refused = await run(
      conversationAction,
      sendForm(page, { clientMessageId: randomUUID(), body: "hello?" }, { cookie: cookieA }),
      context,
      params(),
    );
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errors: { form: { key: "chat:errors.blocked" } } });

    const unblocked = await run(conversationAction, formPost(page, { intent: "unblock" }, { cookie: cookieB }), context, params());
    expect(unblocked.body).toMatchObject({ done: "unblock" });
    const sent = await run(
      conversationAction,
      sendForm(page, { clientMessageId: randomUUID(), body: "hello again" }, { cookie: cookieA }),
      context,
      params(),
    );
    expect(sent.status).toBe(302);
  });

  it("reports the other person's message, refuses a made-up reason, and never answers 500 to odd posts", async () => {
    const { message } = await say(t.db, pair, "a", "Pay me on JazzCash directly, outside the site");
    const reported = await run(
      conversationAction,
      formPost(page, { intent: "report", messageId: message.id, reason: "OFF_PLATFORM_PAYMENT", details: "" }, { cookie: cookieB }),
      context,
      params(),
    );
    expect(reported.body).toMatchObject({ done: "report" });
    expect(await t.db.report.count({ where: { targetType: "MESSAGE", targetId: message.id } })).toBe(1);

    const badReason = await run(
      conversationAction,
      formPost(page, { intent: "report", messageId: message.id, reason: "BORED" }, { cookie: cookieB }),
      context,
      params(),
    );
    expect(badReason.status).toBe(400);
    expect(badReason.body).toMatchObject({ errors: { fields: { reason: { key: "chat:errors.safety.reportReasonInvalid" } } } });

    const unknown = await run(conversationAction, formPost(page, { intent: "delete-everything" }, { cookie: cookieB }), context, params());
    expect(unknown.status).toBe(400);
    const foreign = await run(
      conversationAction,
      formPost(page, { intent: "block" }, { cookie: cookieB, origin: "https://evil.example" }),
      context,
      params(),
    );
    expect(foreign.status).toBe(403);
    expect(await t.db.block.count()).toBe(0);
  });

  it("pages back with ?before= without moving the read mark, and ignores a malformed one", async () => {
    for (let i = 1; i <= 35; i++) await say(t.db, pair, "a", `message ${i}`);
    const latest = await run(conversationLoader, get(`${page}?before=abc`, cookieB), context, params());
    const body = latest.body as { messages: { seq: number }[]; hasEarlier: boolean; floor: number };
    expect(body.messages.map((m) => m.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 6));
    expect([body.hasEarlier, body.floor]).toEqual([true, 5]);

    await t.db.conversationParticipant.update({
      where: { conversationId_userId: { conversationId: pair.conversationId, userId: pair.b.userId } },
      data: { lastReadSeq: 0 },
    });
    const older = await run(conversationLoader, get(`${page}?before=6`, cookieB), context, params());
    expect((older.body as { messages: { seq: number }[] }).messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(await unreadTotal(t.db, pair.b.userId)).toBe(35);
  });

  it("lists only my conversations in the inbox, searches within them, and refuses a forged cursor with 400", async () => {
    await say(t.db, pair, "a", "Logo ka draft bhej diya hai");
    const other = await createPair(t.db, ["Bilal Ahmed", "Hina Raza"]);
    await say(t.db, other, "a", "Logo for Hina");

    const inbox = await run(inboxLoader, get("/inbox", cookieB), context);
    expect(inbox.body).toMatchObject({ items: [{ conversationId: pair.conversationId, unread: 1, other: { displayName: "Sana Tariq" } }] });
    expect((await run(inboxLoader, get("/inbox?q=draft", cookieB), context)).body).toMatchObject({
      items: [{ conversationId: pair.conversationId }],
    });
    expect((await run(inboxLoader, get("/inbox?q=Hina", cookieB), context)).body).toMatchObject({ items: [] });
    expect((await run(inboxLoader, get("/inbox?cursor=%%%", cookieB), context)).status).toBe(400);
    expect((await run(inboxLoader, get("/inbox"), context)).location).toBe("/login?redirectTo=%2Finbox");
  });

  it("starts a conversation from a form post and lands in it; asks signed-out people to log in and come back", async () => {
    const client = await createChatUser(t.db, "Saad Rehman");
    const cookie = await sessionCookie(t.db, client.userId);
    const started = await run(startAction, formPost("/messages/start", { otherUserId: pair.b.userId }, { cookie }), context);
    expect(started.status).toBe(302);
    const conversation = await t.db.conversation.findFirstOrThrow({ where: { participants: { some: { userId: client.userId } } } });
    expect(started.location).toBe(`/inbox/${conversation.id}`);
    // One conversation per pair: starting again lands in the same one.
    expect((await run(startAction, formPost("/messages/start", { otherUserId: pair.b.userId }, { cookie }), context)).location).toBe(
      `/inbox/${conversation.id}`,
    );

    const self = await run(startAction, formPost("/messages/start", { otherUserId: client.userId }, { cookie }), context);
    expect(self.status).toBe(409);
    const nobody = await run(startAction, formPost("/messages/start", { otherUserId: "nobody" }, { cookie }), context);
    expect(nobody.status).toBe(404);

    const confirm = await run(startLoader, get(`/messages/start?otherUserId=${pair.b.userId}`, cookie), context);
    expect(confirm.body).toMatchObject({ other: { id: pair.b.userId, displayName: "Ayesha Khan" }, gig: null });
    expect((await run(startLoader, get("/messages/start?otherUserId=nobody", cookie), context)).status).toBe(404);
    const signedOut = await run(startLoader, get(`/messages/start?otherUserId=${pair.b.userId}`), context);
    expect(signedOut.location).toBe(`/login?redirectTo=${encodeURIComponent(`/messages/start?otherUserId=${pair.b.userId}`)}`);
  });

  it("will not start a conversation with a suspended account or name its gig, and will again once it is restored", async () => {
    const client = await createChatUser(t.db, "Zara Shah");
    const cookie = await sessionCookie(t.db, client.userId);
    const category = await t.db.category.create({ data: { slug: `chat-${randomUUID()}`, nameEn: "Logos", nameUr: "لوگو" } });
    const gig = await t.db.gig.create({
      data: {
        slug: `gig-${randomUUID()}`,
        freelancerId: pair.b.userId,
        categoryId: category.id,
        titleEn: "Logo design",
        status: "PUBLISHED",
      },
    });
    const start = `/messages/start?otherUserId=${pair.b.userId}&gigId=${gig.id}`;
    expect((await run(startLoader, get(start, cookie), context)).body).toMatchObject({
      other: { id: pair.b.userId },
      gig: { id: gig.id, titleEn: "Logo design" },
    });

    await setTestUserSuspended(t.db, pair.b.userId, true);
    expect((await run(startLoader, get(start, cookie), context)).status).toBe(404);
    const refused = await run(startAction, formPost("/messages/start", { otherUserId: pair.b.userId, gigId: gig.id }, { cookie }), context);
    expect(refused.status).toBe(404);
    expect(await t.db.conversation.count({ where: { participants: { some: { userId: client.userId } } } })).toBe(0);

    await setTestUserSuspended(t.db, pair.b.userId, false);
    expect((await run(startLoader, get(start, cookie), context)).body).toMatchObject({ other: { id: pair.b.userId }, gig: { id: gig.id } });
  });
});
