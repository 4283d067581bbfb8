import { AppError } from "@hunar/core/app-error";
import { afterKeyset, decodeKeysetCursor, encodeKeysetCursor } from "@hunar/core/keyset-cursor";
import { parseInput } from "@hunar/core/parse-input";
import type { Db, Tx } from "@hunar/db/types";
import { z } from "zod";

export const ZListNotifications = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});
export type ListNotificationsInput = z.input<typeof ZListNotifications>;

/** A stored notification as its reader's list shows it; render-notification.ts turns it into words. */
export interface InboxNotification {
  id: string;
  kind: string;
  data: unknown;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface NotificationPage {
  notifications: InboxNotification[];
  /** The next (older) page, or null when this one is the last. */
  nextCursor: string | null;
}

const SELECT = { id: true, kind: true, data: true, link: true, readAt: true, createdAt: true } as const;

/**
 * The user's own notifications, newest first, a keyset page at a time (index userId, createdAt
 * DESC). Only rows of `userId` are ever read; a cursor cannot widen that.
 */
export async function listNotifications(db: Db | Tx, userId: string, values: ListNotificationsInput = {}): Promise<NotificationPage> {
  const input = parseInput(ZListNotifications, values, { formKey: "notifications:errors.cursorInvalid" });
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null;
  if (input.cursor && !after) throw new AppError("BAD_INPUT", "notifications:errors.cursorInvalid");
  // Strictly after the cursor in (createdAt desc, id desc) order: rows sharing the cursor's
  // millisecond are told apart by id, so a page boundary inside a burst neither skips nor repeats.
  const rows = await db.notification.findMany({
    where: { userId, ...(after ? afterKeyset("createdAt", after) : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: SELECT,
  });
  const notifications = rows.slice(0, input.limit);
  const last = notifications.at(-1);
  return { notifications, nextCursor: rows.length > input.limit && last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null };
}
