import { Prisma, type Db, type MessageKind } from "@hunar/db/types";
import { z } from "zod";
import type { ConversationPerson } from "./get-conversation.ts";
import { containsPattern, decodeInboxCursor, encodeInboxCursor, type InboxPosition } from "./inbox-cursor.ts";
import { parseChatInput } from "./parse-chat-input.ts";
import { toChatMessage } from "./to-chat-message.ts";

export const ZListInbox = z.object({
  q: z.string().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type ListInboxInput = z.input<typeof ZListInbox>;

export const PREVIEW_LENGTH = 140;

export interface InboxItem {
  conversationId: string;
  other: ConversationPerson;
  lastMessage: {
    seq: number;
    senderId: string;
    kind: MessageKind;
    /** TEXT: the start of the body; SYSTEM: the i18n key, rendered with `data`. */
    preview: string;
    data: Record<string, string | number> | null;
    attachmentCount: number;
    createdAt: string;
  } | null;
  lastMessageAt: string;
  unread: number;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
}

/**
 * The user's conversations with at least one message, newest first, in keyset pages. `q` finds
 * conversations whose other person's name or handle, or any typed message, contains it; only the
 * user's own conversations are ever searched.
 */
export async function listInbox(db: Db, userId: string, values: ListInboxInput = {}): Promise<InboxPage> {
  const input = parseChatInput(ZListInbox, values);
  const q = input.q?.trim();
  const after = input.cursor ? decodeInboxCursor(input.cursor) : null;
  const page = await pageOfConversations(db, userId, { q: q ? containsPattern(q) : null, after, take: input.limit + 1 });
  const more = page.length > input.limit;
  const rows = page.slice(0, input.limit);
  const items = await inboxItems(
    db,
    userId,
    rows.map((row) => row.id),
  );
  const last = rows.at(-1);
  return { items, nextCursor: more && last ? encodeInboxCursor(last) : null };
}

// Each side of the pair has its own index (userXId, lastMessageAt DESC, id DESC): both halves
// read just one page in order, and the merge keeps the first `take`.
async function pageOfConversations(
  db: Db,
  userId: string,
  { q, after, take }: { q: string | null; after: InboxPosition | null; take: number },
): Promise<InboxPosition[]> {
  const half = (mine: "userAId" | "userBId", theirs: "userAId" | "userBId") => {
    const cursor = after ? Prisma.sql`AND (c."lastMessageAt", c."id") < (${after.lastMessageAt}, ${after.id})` : Prisma.empty;
    const search = q
      ? Prisma.sql`AND (
          EXISTS (SELECT 1 FROM "User" u WHERE u."id" = c.${Prisma.raw(`"${theirs}"`)} AND (u."displayName" ILIKE ${q} OR u."handle" ILIKE ${q}))
          OR EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c."id" AND m."kind" = 'TEXT' AND m."deletedAt" IS NULL AND m."body" ILIKE ${q}))`
      : Prisma.empty;
    return Prisma.sql`(SELECT c."id", c."lastMessageAt" FROM "Conversation" c
      WHERE c.${Prisma.raw(`"${mine}"`)} = ${userId} AND c."lastMessageAt" IS NOT NULL ${cursor} ${search}
      ORDER BY c."lastMessageAt" DESC, c."id" DESC LIMIT ${take})`;
  };
  return db.$queryRaw<InboxPosition[]>`
    SELECT "id", "lastMessageAt" FROM (${half("userAId", "userBId")} UNION ALL ${half("userBId", "userAId")}) AS page
    ORDER BY "lastMessageAt" DESC, "id" DESC LIMIT ${take}`;
}

async function inboxItems(db: Db, userId: string, ids: string[]): Promise<InboxItem[]> {
  if (ids.length === 0) return [];
  const person = { select: { id: true, displayName: true, handle: true } } as const;
  const conversations = await db.conversation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      lastSeq: true,
      lastMessageAt: true,
      userA: person,
      userB: person,
      participants: { where: { userId }, select: { lastReadSeq: true } },
    },
  });
  const lastMessages = await db.message.findMany({
    where: { OR: conversations.map((c) => ({ conversationId: c.id, seq: c.lastSeq })) },
    select: {
      id: true,
      conversationId: true,
      seq: true,
      senderId: true,
      clientMessageId: true,
      kind: true,
      body: true,
      data: true,
      createdAt: true,
      deletedAt: true,
      gigId: true,
      proposalId: true,
      offerId: true,
      orderId: true,
      _count: { select: { attachments: true } },
    },
  });
  const byId = new Map(conversations.map((c) => [c.id, c]));
  const lastByConversation = new Map(lastMessages.map((m) => [m.conversationId, m]));
  return ids.flatMap((id) => {
    const c = byId.get(id);
    if (!c?.lastMessageAt) return [];
    const message = lastByConversation.get(id);
    const wire = message ? toChatMessage(message, []) : null;
    return [
      {
        conversationId: id,
        other: c.userA.id === userId ? c.userB : c.userA,
        lastMessage:
          message && wire
            ? {
                seq: wire.seq,
                senderId: wire.senderId,
                kind: wire.kind,
                preview: wire.kind === "TEXT" ? [...wire.body].slice(0, PREVIEW_LENGTH).join("") : wire.body,
                data: wire.data,
                attachmentCount: message._count.attachments,
                createdAt: wire.createdAt,
              }
            : null,
        lastMessageAt: c.lastMessageAt.toISOString(),
        unread: Math.max(0, c.lastSeq - (c.participants[0]?.lastReadSeq ?? 0)),
      },
    ];
  });
}
