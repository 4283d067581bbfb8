import { testDbKinds } from "@hunar/db/testing";
import { useTestDb } from "@hunar/db/testing/use-test-db";
import { describe, expect, it } from "vitest";
import { listInbox } from "./list-inbox.ts";
import { markRead } from "./mark-read.ts";
import { startConversation } from "./start-conversation.ts";
import { createChatUser, relaxedLimiter, say, type Pair } from "./testing/chat-fixtures.ts";

describe.each(testDbKinds())("the inbox on %s", (kind) => {
  const t = useTestDb(kind);
  const limiter = relaxedLimiter();

  async function withPeople(names: string[]) {
    const me = await createChatUser(t.db, "Inbox Owner");
    const pairs: Pair[] = [];
    for (const name of names) {
      const other = await createChatUser(t.db, name);
      pairs.push({ a: me, b: other, conversationId: await startConversation(t.db, me, { otherUserId: other.userId }) });
    }
    return { me, pairs };
  }

  it("lists conversations with messages newest first, with the other person, a preview and unread counts", async () => {
    const { me, pairs } = await withPeople(["Ayesha", "Bilal", "Chand"]);
    const [ayesha, bilal, chand] = pairs as [Pair, Pair, Pair];
    await say(t.db, ayesha, "b", "first", limiter);
    await say(t.db, bilal, "b", "x".repeat(300), limiter);
    await say(t.db, bilal, "b", "second from Bilal", limiter);
    await say(t.db, ayesha, "a", "my reply", limiter);
    void chand; // no messages: not listed
    const { items, nextCursor } = await listInbox(t.db, me.userId);
    expect(items.map((i) => [i.other.displayName, i.unread, i.lastMessage?.preview])).toEqual([
      // Replying marks everything before the reply read.
      ["Ayesha", 0, "my reply"],
      ["Bilal", 2, "second from Bilal"],
    ]);
    expect(nextCursor).toBeNull();
    await markRead(t.db, me.userId, bilal.conversationId, 1);
    const after = await listInbox(t.db, me.userId);
    expect(after.items.map((i) => i.unread)).toEqual([0, 1]);
    const other = await listInbox(t.db, ayesha.b.userId);
    expect(other.items.map((i) => [i.other.id, i.unread])).toEqual([[me.userId, 1]]);
  });

  it("cuts long previews at 140 characters", async () => {
    const { me, pairs } = await withPeople(["Long"]);
    await say(t.db, pairs[0] as Pair, "b", "ب".repeat(300), limiter);
    const { items } = await listInbox(t.db, me.userId);
    expect([...(items[0]?.lastMessage?.preview ?? "")]).toHaveLength(140);
  });

  it("pages with a keyset cursor without repeats or gaps", async () => {
    const names = Array.from({ length: 7 }, (_, i) => `Person ${i}`);
    const { me, pairs } = await withPeople(names);
    for (const pair of pairs) await say(t.db, pair, "b", "hi", limiter);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await listInbox(t.db, me.userId, { limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...result.items.map((i) => i.other.displayName));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toEqual([...names].reverse());
    await expect(listInbox(t.db, me.userId, { cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("searches message text and the other person's name within the user's own conversations only", async () => {
    const { me, pairs } = await withPeople(["Zainab Ali", "Usman Tariq"]);
    const [zainab, usman] = pairs as [Pair, Pair];
    await say(t.db, zainab, "b", "لوگو کا ڈیزائن تیار ہے", limiter);
    await say(t.db, usman, "b", "invoice 100% paid_in_full", limiter);
    const outsider = await createChatUser(t.db, "Outsider");
    const zainabToOutsider = {
      a: zainab.b,
      b: outsider,
      conversationId: await startConversation(t.db, zainab.b, { otherUserId: outsider.userId }),
    };
    await say(t.db, zainabToOutsider, "a", "لوگو secret", limiter);

    const names = async (q: string, userId = me.userId) => (await listInbox(t.db, userId, { q })).items.map((i) => i.other.displayName);
    expect(await names("لوگو")).toEqual(["Zainab Ali"]);
    expect(await names("usman")).toEqual(["Usman Tariq"]);
    expect(await names("100%")).toEqual(["Usman Tariq"]);
    // Wildcards are literal: "%" alone must not match everything, "_" not any character.
    expect(await names("%")).toEqual(["Usman Tariq"]);
    expect(await names("paid_in")).toEqual(["Usman Tariq"]);
    expect(await names("paidxin")).toEqual([]);
    expect(await names("secret")).toEqual([]);
    expect(await names("secret", outsider.userId)).toEqual(["Zainab Ali"]);
  });
});
