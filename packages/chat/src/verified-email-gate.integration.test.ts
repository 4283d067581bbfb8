import { randomUUID } from "node:crypto";
import { testDbKinds } from "@hunar/db/testing";
import { createTestUser } from "@hunar/db/testing/factories";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { sendMessage } from "./send-message.ts";
import { startConversation } from "./start-conversation.ts";
import { relaxedLimiter } from "./testing/chat-fixtures.ts";

const refusal = { code: "FORBIDDEN", messageKey: "errors:emailNotVerified" };

describe.each(testDbKinds())("first contact in chat waits for a verified e-mail, on %s", (kind) => {
  const t = useTestDb(kind);
  const send = (userId: string, conversationId: string, body: string) =>
    sendMessage(t.db, { userId }, { conversationId, clientMessageId: randomUUID(), body }, { limiter: relaxedLimiter() });

  it("an unverified account cannot open a conversation or write first, but may answer; once verified it may do both", async () => {
    const newcomer = await createTestUser(t.db, "Unverified Uzma", { emailVerified: false });
    const seller = await createTestUser(t.db, "Verified Saad");
    const other = await createTestUser(t.db, "Verified Sobia");

    await expect(startConversation(t.db, { userId: newcomer.userId }, { otherUserId: seller.userId })).rejects.toMatchObject(refusal);
    expect(await t.db.conversation.count({ where: { participants: { some: { userId: newcomer.userId } } } })).toBe(0);

    // The seller writes first: the newcomer may answer in that conversation.
    const conversationId = await startConversation(t.db, { userId: seller.userId }, { otherUserId: newcomer.userId });
    expect(await startConversation(t.db, { userId: newcomer.userId }, { otherUserId: seller.userId })).toBe(conversationId);
    await expect(send(newcomer.userId, conversationId, "Assalam o alaikum, I am first")).rejects.toMatchObject(refusal);
    await send(seller.userId, conversationId, "Salaam! How can I help?");
    await expect(send(newcomer.userId, conversationId, "Thank you, I need a logo")).resolves.toMatchObject({ replayed: false });

    // A conversation someone opened but never wrote in is still first contact for the newcomer.
    const silent = await startConversation(t.db, { userId: other.userId }, { otherUserId: newcomer.userId });
    await expect(send(newcomer.userId, silent, "Hello?")).rejects.toMatchObject(refusal);
    expect(await t.db.message.count({ where: { senderId: newcomer.userId } })).toBe(1);

    await t.db.user.update({ where: { id: newcomer.userId }, data: { emailVerifiedAt: new Date() } });
    await expect(send(newcomer.userId, silent, "Hello?")).resolves.toMatchObject({ replayed: false });
    const third = await createTestUser(t.db, "Verified Tahir");
    await expect(startConversation(t.db, { userId: newcomer.userId }, { otherUserId: third.userId })).resolves.toEqual(expect.any(String));
  });
});
