import { isAppError } from "@hunar/core/app-error";
import type { Db } from "@hunar/db/types";
import { findParticipation } from "../find-participation.ts";
import { isBlockedBetween } from "../safety/blocks.ts";

/** One typing signal per socket per this many ms; a keystroke stream becomes a trickle. */
export const TYPING_INTERVAL_MS = 2000;
/** How long a membership answer is trusted: a block or a new conversation shows within this. */
const MEMBERSHIP_TTL_MS = 30_000;

/**
 * Decides, per socket, whether a typing signal goes out and to whom. Typing is the chattiest
 * event there is, so membership answers are cached briefly instead of asking the database on
 * every keystroke, and signals faster than one per interval are dropped.
 */
export interface TypingGate {
  /** The user to tell, or null to drop the signal (too soon, not a member, blocked). */
  admit(conversationId: string): Promise<string | null>;
}

export function createTypingGate(db: Db, userId: string, now: () => number): TypingGate {
  const recipients = new Map<string, { otherUserId: string | null; until: number }>();
  let lastSentAt = Number.NEGATIVE_INFINITY;

  async function recipientFor(conversationId: string): Promise<string | null> {
    const cached = recipients.get(conversationId);
    if (cached && cached.until > now()) return cached.otherUserId;
    let otherUserId: string | null = null;
    try {
      const participation = await findParticipation(db, userId, conversationId);
      if (!(await isBlockedBetween(db, userId, participation.otherUserId))) otherUserId = participation.otherUserId;
    } catch (error) {
      if (!isAppError(error)) throw error; // not a participant (NOT_FOUND): nobody to tell
    }
    if (recipients.size > 200) recipients.clear();
    recipients.set(conversationId, { otherUserId, until: now() + MEMBERSHIP_TTL_MS });
    return otherUserId;
  }

  return {
    async admit(conversationId: string): Promise<string | null> {
      const at = now();
      if (at - lastSentAt < TYPING_INTERVAL_MS) return null;
      lastSentAt = at;
      return recipientFor(conversationId);
    },
  };
}
