import type { Prisma, Tx } from "@hunar/db/types";
import { kindDefinition, type NotificationData, type NotificationKind } from "./kinds.ts";

export interface NotifyInput<K extends NotificationKind> {
  userId: string;
  kind: K;
  data: NotificationData<K>;
  /** In-app path to open ("/orders/<id>"); never an absolute URL. */
  link?: string | null;
  /** Names the event, e.g. `payout:<id>:paid`: a second notify with it for the same user is a no-op. */
  dedupeKey: string;
}

const SAFE_PATH = /^\/(?![/\\])[^\s]*$/;

/**
 * Records a notification inside the caller's transaction: delivered (live and by e-mail) only
 * once that transaction commits, never if it rolls back. A repeated event (a retried
 * transaction, a second code path reaching the same outcome) is skipped by its dedupe key with
 * ON CONFLICT DO NOTHING, which unlike a caught unique violation leaves the transaction usable.
 * Bad data is a programming error and throws.
 */
export async function notify<K extends NotificationKind>(tx: Tx, input: NotifyInput<K>): Promise<{ notificationId: string | null }> {
  const data = kindDefinition(input.kind).data.parse(input.data) as Prisma.InputJsonObject;
  const link = input.link ?? null;
  if (link !== null && !SAFE_PATH.test(link)) throw new Error(`notify: link must be an in-app path, got ${link}`);
  if (input.dedupeKey.trim() === "" || input.dedupeKey.length > 200) throw new Error("notify: dedupeKey must be 1-200 characters");
  const created = await tx.notification.createManyAndReturn({
    data: [{ userId: input.userId, kind: input.kind, data, link, dedupeKey: input.dedupeKey }],
    skipDuplicates: true,
    select: { id: true },
  });
  return { notificationId: created[0]?.id ?? null };
}
