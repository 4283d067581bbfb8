import type { Db } from "@hunar/db/types";
import { requireVerifiedEmail } from "@hunar/db/verified-email";
import { z } from "zod";
import type { ChatActor } from "./chat-actor.ts";
import { chatError, isUniqueViolation } from "./chat-errors.ts";
import { parseChatInput } from "./parse-chat-input.ts";
import { ZAbout, ZId } from "./message-rules.ts";
import { findMessageRecipient } from "./message-recipient.ts";
import { isBlockedBetween } from "./safety/blocks.ts";
import { verifyAbout } from "./verify-about.ts";
import type { ConversationSubjects } from "./conversation-subjects.ts";

export const ZStartConversation = z.object({ otherUserId: ZId, about: ZAbout.optional() });
export type StartConversationInput = z.input<typeof ZStartConversation>;

/** The two ids in the stored order: userAId < userBId, so one pair has one row whatever its order. */
export function orderedPair(one: string, two: string): { userAId: string; userBId: string } {
  return one < two ? { userAId: one, userBId: two } : { userAId: two, userBId: one };
}

/**
 * The conversation between the actor and another user, created on first contact. Exactly one
 * per pair whatever it is about (`about` is checked here so the page can refuse early; each
 * message carries its own; `subjects` answer for it). Two simultaneous first contacts end up in
 * the same row. Opening a new one is first contact, which waits for a verified e-mail
 * (@hunar/db/verified-email); an existing one is always returned.
 */
export async function startConversation(
  db: Db,
  actor: ChatActor,
  values: StartConversationInput,
  subjects?: ConversationSubjects,
): Promise<string> {
  const input = parseChatInput(ZStartConversation, values);
  if (input.otherUserId === actor.userId) throw chatError("INVALID_STATE", "cannotMessageSelf");
  if (!(await findMessageRecipient(db, input.otherUserId))) throw chatError("NOT_FOUND", "userNotFound");
  if (await isBlockedBetween(db, actor.userId, input.otherUserId)) throw chatError("FORBIDDEN", "blocked");
  await verifyAbout(db, input.about, [actor.userId, input.otherUserId], subjects);

  const pair = orderedPair(actor.userId, input.otherUserId);
  const existing = await db.conversation.findUnique({ where: { userAId_userBId: pair }, select: { id: true } });
  if (existing) return existing.id;
  await requireVerifiedEmail(db, actor.userId);
  try {
    const created = await db.conversation.create({
      data: { ...pair, participants: { create: [{ userId: pair.userAId }, { userId: pair.userBId }] } },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    // The other side (or another tab) created it between the lookup and the insert.
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.conversation.findUniqueOrThrow({ where: { userAId_userBId: pair }, select: { id: true } });
    return winner.id;
  }
}
