import type { Db } from "@hunar/db/types";
import type { Presence } from "./events.ts";
import { type ChatServer, userRoom } from "./socket-types.ts";

/**
 * The people `userId` shares a conversation with (of those in `among`, when given), leaving out
 * pairs where either blocked the other: a block also hides whether someone is online.
 */
export async function conversationPartners(db: Db, userId: string, among?: readonly string[]): Promise<string[]> {
  const candidates = among ? { in: [...among] } : undefined;
  const conversations = await db.conversation.findMany({
    where: {
      OR: [
        { userAId: userId, ...(candidates ? { userBId: candidates } : {}) },
        { userBId: userId, ...(candidates ? { userAId: candidates } : {}) },
      ],
    },
    select: { userAId: true, userBId: true },
  });
  const partners = conversations.map((c) => (c.userAId === userId ? c.userBId : c.userAId));
  if (partners.length === 0) return [];
  const blocks = await db.block.findMany({
    where: {
      OR: [
        { blockerId: userId, blockedId: { in: partners } },
        { blockedId: userId, blockerId: { in: partners } },
      ],
    },
    select: { blockerId: true, blockedId: true },
  });
  const blocked = new Set(blocks.map((b) => (b.blockerId === userId ? b.blockedId : b.blockerId)));
  return partners.filter((id) => !blocked.has(id));
}

/** Open sockets of the user in all processes: fetchSockets asks every node through the adapter. */
export async function openSocketCount(io: ChatServer, userId: string): Promise<number> {
  return (await io.in(userRoom(userId)).fetchSockets()).length;
}

/** Online if any tab is open anywhere; otherwise when the last one closed. */
export async function presenceOf(io: ChatServer, db: Db, userIds: readonly string[]): Promise<Presence[]> {
  const counts = await Promise.all(userIds.map((id) => openSocketCount(io, id)));
  const offline = userIds.filter((_, i) => counts[i] === 0);
  const seen = offline.length ? await db.user.findMany({ where: { id: { in: offline } }, select: { id: true, lastSeenAt: true } }) : [];
  const lastSeen = new Map(seen.map((u) => [u.id, u.lastSeenAt?.toISOString() ?? null]));
  return userIds.map((userId, i) =>
    (counts[i] ?? 0) > 0 ? { userId, online: true, lastSeenAt: null } : { userId, online: false, lastSeenAt: lastSeen.get(userId) ?? null },
  );
}

/** Tells the user's partners they came online or went offline. */
export async function announcePresence(io: ChatServer, db: Db, presence: Presence): Promise<void> {
  const partners = await conversationPartners(db, presence.userId);
  if (partners.length > 0) io.to(partners.map(userRoom)).emit("presence", presence);
}
