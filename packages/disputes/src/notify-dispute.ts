import type { Tx } from "@hunar/db/types";
import { notify } from "@hunar/notifications/notify";
import type { NotificationData, NotificationKind } from "@hunar/notifications/kinds";
import { disputeHref } from "./dispute-link.ts";

type DisputeKind = Extract<NotificationKind, `dispute.${string}`>;
type Base = "disputeId" | "orderId" | "orderNumber" | "title";

export interface DisputeSubject {
  dispute: { id: string };
  order: { id: string; number: number; title: string };
}

/** Tells each of `userIds` about the dispute, in their language, linking to its page. `event` names it for dedupe. */
export async function notifyDispute<K extends DisputeKind>(
  tx: Tx,
  subject: DisputeSubject,
  userIds: string[],
  kind: K,
  data: Omit<NotificationData<K>, Base>,
  event: string,
): Promise<void> {
  const base = { disputeId: subject.dispute.id, orderId: subject.order.id, orderNumber: subject.order.number, title: subject.order.title };
  for (const userId of userIds) {
    await notify(tx, {
      userId,
      kind,
      data: { ...base, ...data } as NotificationData<K>,
      link: disputeHref(subject.dispute.id),
      dedupeKey: `dispute:${subject.dispute.id}:${event}`,
    });
  }
}

export const displayName = async (tx: Tx, userId: string) =>
  (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { displayName: true } })).displayName;
