import { randomUUID } from "node:crypto";
import { createTestDb, type TestDb, testDbKinds } from "@hunar/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendMessage } from "./send-message.ts";
import { startConversation } from "./start-conversation.ts";
import { createChatUser, createPair, relaxedLimiter } from "./testing/chat-fixtures.ts";

// PGlite has one connection, so transactions there never overlap: races need PostgreSQL.
const onPostgres = testDbKinds().includes("postgres");

describe.runIf(onPostgres)("concurrent chat writes on PostgreSQL", () => {
  const kind = "postgres";
  let testDb: TestDb;
  const limiter = relaxedLimiter();
  beforeAll(async () => {
    testDb = await createTestDb(kind);
  });
  afterAll(() => testDb.close());

  it("stores one message with one seq when the same client id is sent several times at once", async () => {
    const pair = await createPair(testDb.db);
    for (let round = 0; round < 5; round++) {
      const input = { conversationId: pair.conversationId, clientMessageId: randomUUID(), body: `round ${round}` };
      const results = await Promise.all(Array.from({ length: 4 }, () => sendMessage(testDb.db, pair.a, input, { limiter })));
      expect(new Set(results.map((r) => r.message.id)).size).toBe(1);
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      expect(new Set(results.map((r) => r.message.seq))).toEqual(new Set([round + 1]));
    }
    const conversation = await testDb.db.conversation.findUniqueOrThrow({ where: { id: pair.conversationId } });
    expect(conversation.lastSeq).toBe(5);
    expect(await testDb.db.message.count({ where: { conversationId: pair.conversationId } })).toBe(5);
  });

  it("gives concurrent senders gap-free, distinct sequence numbers in commit order", async () => {
    const pair = await createPair(testDb.db);
    const sends = Array.from({ length: 30 }, (_, i) =>
      sendMessage(
        testDb.db,
        i % 2 ? pair.a : pair.b,
        { conversationId: pair.conversationId, clientMessageId: randomUUID(), body: `m${i}` },
        { limiter },
      ),
    );
    const results = await Promise.all(sends);
    expect(results.map((r) => r.message.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const rows = await testDb.db.message.findMany({ where: { conversationId: pair.conversationId }, orderBy: { seq: "asc" } });
    // Times follow the sequence: a later number never carries an earlier time.
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(rows[i - 1]!.createdAt.getTime());
  });

  it("creates one conversation when both people start it at the same moment", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createChatUser(testDb.db, "Ayesha");
      const b = await createChatUser(testDb.db, "Bilal");
      const ids = await Promise.all([
        startConversation(testDb.db, a, { otherUserId: b.userId }),
        startConversation(testDb.db, b, { otherUserId: a.userId }),
        startConversation(testDb.db, a, { otherUserId: b.userId }),
      ]);
      expect(new Set(ids).size).toBe(1);
      expect(await testDb.db.conversationParticipant.count({ where: { conversationId: ids[0] } })).toBe(2);
    }
  });
});
